import path from 'node:path';
import { z } from 'zod';
import type { EmbedderOptions } from './search/semantic/semantic.js';
import { stemmingLanguages } from './search/text.js';

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const url = (protocols: string[]) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.join(' or ')}//`);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
  MEILI_URL: url(['http:', 'https:']).optional(),
  MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  MEILI_INDEX: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'letters, digits, - and _ only').default('threads'),
  DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  EMBEDDED_MEILI_PORT: z.coerce.number().int().min(1).max(65535).default(7709),
  SEED_DEMO: boolean.optional(),
  COOKIE_SECURE: boolean.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(14),
  // The address people reach the forum at, for links in feeds, sitemaps and canonical tags. Unset:
  // taken from each request (fine locally; behind a proxy set it, so no Host header can change links).
  // Uploaded images: local disk under DATA_DIR (default) or S3-compatible object storage.
  STORAGE: z.enum(['local', 's3']).default('local'),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ENDPOINT: url(['http:', 'https:']).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: boolean.optional(),
  PUBLIC_URL: url(['http:', 'https:']).transform((v) => v.replace(/\/+$/, '')).optional(),
  // Email. Unset SMTP_URL: an embedded receiver keeps every message on this machine (admins read it).
  SMTP_URL: url(['smtp:', 'smtps:']).optional(),
  MAIL_FROM: z.string().min(3).max(200).regex(/@[^@\s>]+>?\s*$/, 'an address such as "Commons <support@example.com>"').optional(),
  MAIL_REPLY_TO: z.string().min(3).max(200).regex(/@[^@\s>]+>?\s*$/, 'an address such as support@example.com').optional(),
  EMBEDDED_SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(8),
  // The language most threads are written in: picks the stemmer that joins "restoring" with "restore".
  FORUM_LANGUAGE: z.enum(stemmingLanguages as [string, ...string[]]).default('english'),
  // The sentence embedder behind semantic search: the bundled encoder (default), none, or one of
  // Meilisearch's own embedder sources, configured by EMBEDDER_SETTINGS (JSON: url, model, apiKey...).
  EMBEDDER: z.enum(['bundled', 'none', 'rest', 'ollama', 'openAi', 'huggingFace']).default('bundled'),
  EMBEDDER_SETTINGS: z
    .string()
    .transform((text, ctx) => {
      try {
        const value: unknown = JSON.parse(text);
        if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object of Meilisearch embedder settings, such as {"url": "...", "model": "..."}' });
      return z.NEVER;
    })
    .optional(),
  // Express's "trust proxy": true, a hop count, or addresses/subnets ("loopback", "10.0.0.0/8").
  TRUST_PROXY: z
    .string()
    .regex(/^[\w.:/, -]{1,500}$/, 'true, false, a number of proxies, or addresses and subnets separated by commas')
    .transform((v): boolean | number | string => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v))
    .optional(),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Unset: run the embedded PostgreSQL under dataDir. */
  databaseUrl?: string;
  /** Unset: run the embedded Meilisearch under dataDir. */
  meiliUrl?: string;
  meiliMasterKey?: string;
  meiliIndex: string;
  dataDir: string;
  embeddedPgPort: number;
  embeddedMeiliPort: number;
  seedDemo: boolean;
  cookieSecure: boolean;
  logLevel: string;
  sessionDays: number;
  eventRetentionDays: number;
  trustProxy?: boolean | number | string;
  publicUrl?: string;
  smtpUrl?: string;
  mailFrom?: string;
  mailReplyTo?: string;
  embeddedSmtpPort: number;
  digestHourUtc: number;
  language: string;
  embedder: EmbedderOptions;
  storage: { kind: 'local' } | { kind: 's3'; bucket: string; region: string; endpoint?: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle?: boolean };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings from docker-compose or shell exports mean "not set".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration in environment variables:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    meiliUrl: e.MEILI_URL,
    meiliMasterKey: e.MEILI_MASTER_KEY,
    meiliIndex: e.MEILI_INDEX,
    dataDir: path.resolve(e.DATA_DIR),
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    embeddedMeiliPort: e.EMBEDDED_MEILI_PORT,
    // A demo community only where nobody chose a database: never into production data by accident.
    seedDemo: e.SEED_DEMO ?? !e.DATABASE_URL,
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
    sessionDays: e.SESSION_DAYS,
    eventRetentionDays: e.EVENT_RETENTION_DAYS,
    trustProxy: e.TRUST_PROXY,
    publicUrl: e.PUBLIC_URL,
    // Links in emails must point at the forum's real address: never guessed from a request.
    smtpUrl: e.SMTP_URL && !e.PUBLIC_URL ? raise('PUBLIC_URL is required with SMTP_URL: links in emails (password resets) point to it.') : e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mailReplyTo: e.MAIL_REPLY_TO,
    embeddedSmtpPort: e.EMBEDDED_SMTP_PORT,
    digestHourUtc: e.DIGEST_HOUR_UTC,
    language: e.FORUM_LANGUAGE,
    embedder:
      e.EMBEDDER === 'bundled' || e.EMBEDDER === 'none'
        ? { kind: e.EMBEDDER }
        : { kind: 'external', settings: { ...(e.EMBEDDER_SETTINGS ?? raise(`EMBEDDER_SETTINGS is required with EMBEDDER=${e.EMBEDDER}: the URL and model Meilisearch calls.`)), source: e.EMBEDDER } },
    storage:
      e.STORAGE === 's3'
        ? {
            kind: 's3',
            bucket: e.S3_BUCKET ?? raise('S3_BUCKET is required when STORAGE=s3.'),
            region: e.S3_REGION,
            endpoint: e.S3_ENDPOINT,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
          }
        : { kind: 'local' },
  };
}

function raise(message: string): never {
  throw new ConfigError(`Invalid configuration in environment variables:\n  ${message}`);
}
