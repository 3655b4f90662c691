import pg from 'pg';
import type { Logger } from '../logger.js';

/**
 * events: new live events; typing: indicators; deflection: new deflection signals (dashboards);
 * notifications: unread counts to re-read; sessions: a user whose rights or sessions changed;
 * mail: new rows in the mail outbox.
 */
export type BusChannel = 'events' | 'typing' | 'deflection' | 'notifications' | 'sessions' | 'mail';
const channels: BusChannel[] = ['events', 'typing', 'deflection', 'notifications', 'sessions', 'mail'];

/**
 * How API processes tell each other that something happened. It carries wake-up signals and
 * typing indicators only; the event table stays the source of truth. PostgreSQL NOTIFY needs
 * nothing extra; a busy deployment can put Redis or NATS pub/sub behind the same two methods.
 */
export interface LiveBus {
  publish(channel: BusChannel, payload: string): Promise<void>;
  /** Handlers also run once after the bus reconnects, so listeners can catch up on what they missed. */
  subscribe(channel: BusChannel, handler: (payload: string | null) => void): void;
  close(): Promise<void>;
}

const pgChannel = (channel: BusChannel) => `commons_${channel}`;

/** LISTEN on one dedicated connection; NOTIFY through the shared pool. */
export class PostgresNotifyBus implements LiveBus {
  private listener: pg.Client | null = null;
  private handlers = new Map<BusChannel, Array<(payload: string | null) => void>>();
  private closed = false;
  private reconnectDelay = 250;

  constructor(
    private readonly databaseUrl: string,
    private readonly notify: (channel: string, payload: string) => Promise<unknown>,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'commons-live-listener' });
    client.on('notification', (message) => {
      const channel = message.channel.replace(/^commons_/, '') as BusChannel;
      for (const handler of this.handlers.get(channel) ?? []) {
        // A handler that throws (a malformed payload) must not take the process down with it.
        try {
          handler(message.payload ?? null);
        } catch (err) {
          this.log.error({ err, channel }, 'a live bus handler failed');
        }
      }
    });
    client.on('error', (err) => {
      this.log.warn({ err }, 'live listener connection failed; reconnecting');
      void this.reconnect(client);
    });
    await client.connect();
    for (const channel of channels) await client.query(`LISTEN ${pgChannel(channel)}`);
    this.listener = client;
    this.reconnectDelay = 250;
  }

  private async reconnect(failed: pg.Client): Promise<void> {
    if (this.closed || this.listener !== failed) return;
    this.listener = null;
    await failed.end().catch(() => undefined);
    while (!this.closed) {
      await new Promise((r) => setTimeout(r, this.reconnectDelay));
      try {
        await this.connect();
        // Signals sent while we were away are lost: let every listener catch up from the table.
        for (const handlers of this.handlers.values()) for (const handler of handlers) handler(null);
        return;
      } catch (err) {
        this.reconnectDelay = Math.min(this.reconnectDelay * 2, 5_000);
        this.log.warn({ err }, 'live listener reconnect failed');
      }
    }
  }

  async publish(channel: BusChannel, payload: string): Promise<void> {
    await this.notify(pgChannel(channel), payload);
  }

  subscribe(channel: BusChannel, handler: (payload: string | null) => void): void {
    this.handlers.set(channel, [...(this.handlers.get(channel) ?? []), handler]);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
  }
}
