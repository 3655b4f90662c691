import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMessage {
  id: number;
  envelopeTo: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Every header as sent (unfolded), by lower-cased name. */
  headers: Map<string, string>;
  messageId: string;
  links: string[];
  receivedAt: Date;
  raw: string;
}

const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;

/**
 * A real SMTP server (smtp-server) on 127.0.0.1 that keeps what it receives in memory. Without
 * SMTP_URL the forum sends its mail here, so nothing leaves the machine and admins read it on
 * /admin/email; tests read delivered messages from it.
 */
export class MailCatcher {
  private server: SMTPServer;
  private received: CaughtMessage[] = [];
  private waiters: Array<() => void> = [];
  private nextId = 1;
  port = 0;

  /** Messages received since start, including those no longer kept. */
  get total(): number {
    return this.nextId - 1;
  }

  constructor(private readonly keep = 500) {
    this.server = new SMTPServer({
      // Local only: no TLS to negotiate and no accounts to check.
      disabledCommands: ['STARTTLS', 'AUTH'],
      authOptional: true,
      size: MAX_MESSAGE_BYTES,
      logger: false,
      // Closing does not wait for senders' idle pooled connections.
      closeTimeout: 50,
      banner: 'Commons embedded mail receiver',
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw)
            .then((parsed) => {
              const text = parsed.text ?? '';
              this.received.push({
                id: this.nextId++,
                envelopeTo: session.envelope.rcptTo.map((r) => r.address),
                from: parsed.from?.text ?? '',
                subject: parsed.subject ?? '',
                text,
                html: typeof parsed.html === 'string' ? parsed.html : '',
                headers: new Map(parsed.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim()])),
                messageId: parsed.messageId ?? '',
                links: [...text.matchAll(/https?:\/\/[^\s<>"')\]]+/g)].map((m) => m[0]),
                receivedAt: new Date(),
                raw: raw.toString('utf8'),
              });
              if (this.received.length > this.keep) this.received.splice(0, this.received.length - this.keep);
              for (const wake of this.waiters.splice(0)) wake();
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
    return `smtp://${host}:${this.port}`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Newest first. */
  messages(): CaughtMessage[] {
    return [...this.received].reverse();
  }

  /** Messages to an address, oldest first. */
  to(address: string): CaughtMessage[] {
    const wanted = address.toLowerCase();
    return this.received.filter((m) => m.envelopeTo.some((a) => a.toLowerCase() === wanted));
  }

  /** Resolves once `count` messages match, or rejects after `timeoutMs`. */
  async waitFor(match: (m: CaughtMessage) => boolean, count = 1, timeoutMs = 10_000): Promise<CaughtMessage[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.filter(match);
      if (found.length >= count) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Expected ${count} matching message(s), got ${found.length} within ${timeoutMs} ms.`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 500));
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }
}
