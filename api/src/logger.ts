import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON lines in production (for log shippers), readable lines on a developer's terminal. */
export function createLogger(options: { level: string; pretty: boolean }): Logger {
  return pino({
    level: options.level,
    base: undefined,
    redact: ['req.headers.cookie', 'password', '*.password'],
    transport: options.pretty
      ? { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } }
      : undefined,
  });
}
