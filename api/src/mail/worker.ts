import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Transporter } from 'nodemailer';
import type { Logger } from '../logger.js';
import { messageIdFor, type MailSettings } from './outbox.js';
import type { MailContent } from './templates.js';
import { truncate } from '../validation.js';

export interface MailPolicy {
  /** Rows claimed at once by one worker. */
  batchSize: number;
  /** First retry after this; doubling up to maxRetryMs. */
  retryBaseMs: number;
  maxRetryMs: number;
  /** Attempts before a message is marked failed. */
  maxAttempts: number;
  /** A claimed row another worker may take over after this (its worker died mid-send). */
  leaseSeconds: number;
  /** Looks for due retries this often even when nothing wakes it. */
  pollMs: number;
  /** The email log keeps finished messages this long. */
  keepDays: number;
}

export const defaultMailPolicy: MailPolicy = {
  batchSize: 100,
  retryBaseMs: 30_000,
  maxRetryMs: 60 * 60_000,
  maxAttempts: 10,
  leaseSeconds: 300,
  pollMs: 5_000,
  keepDays: 30,
};

export interface ClaimedMail {
  id: string;
  messageKey: string;
  kind: string;
  userId: number | null;
  toAddress: string;
  notificationId: string | null;
  subject: string | null;
  textBody: string | null;
  htmlBody: string | null;
  headers: Record<string, string>;
  attempts: number;
}

/** A notification email's content, or null when it must not go (the post is hidden, the member gone). */
export type RenderedMail = { content: MailContent; headers: Record<string, string> } | null;
export type NotificationRenderer = (em: EntityManager, rows: ClaimedMail[]) => Promise<Map<string, RenderedMail>>;

const CLAIMED = `id::text as id, message_key as "messageKey", kind, user_id as "userId", to_address as "toAddress",
  notification_id::text as "notificationId", subject, text_body as "textBody", html_body as "htmlBody", headers, attempts`;

/**
 * Sends the outbox over SMTP. Every API process runs one: rows are claimed with FOR UPDATE SKIP
 * LOCKED (two workers never take the same row) under a lease, sent, and marked sent. A failure
 * waits with exponential backoff; a permanent refusal (5xx) or too many attempts marks it failed,
 * visible on the admin email log. A worker that dies mid-send leaves its lease to expire and the
 * message is sent again with the same Message-ID.
 */
export class MailWorker {
  private running: Promise<void> | null = null;
  private again = false;
  /** Nothing is sent before start (links in emails need the server's address) or after stop. */
  private started = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly transport: Transporter,
    private readonly settings: MailSettings,
    private readonly renderNotifications: NotificationRenderer,
    private readonly policy: MailPolicy,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.started = true;
    this.timer = setInterval(() => this.kick(), this.policy.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Something may be due: look now (coalesced with a run in progress). */
  kick(): void {
    if (!this.started || this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Resolves when nothing is being sent. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.idle();
    this.transport.close();
  }

  private lastPrune = 0;

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.sendBatch()) > 0);
      if (Date.now() - this.lastPrune > 3_600_000) {
        this.lastPrune = Date.now();
        await this.orm.em
          .fork()
          .execute(`delete from mail_outbox where state in ('sent', 'failed', 'cancelled') and created_at < now() - make_interval(days => ?)`, [this.policy.keepDays]);
      }
    } catch (err) {
      // The database is away: the poll tries again; nothing is lost, rows stay in the outbox.
      this.log.warn({ err }, 'mail worker could not read the outbox');
    }
  }

  /** Claims, renders and sends one batch; returns how many rows it claimed. */
  private async sendBatch(): Promise<number> {
    const em = this.orm.em.fork();
    // Immediate notification emails wait as flagged notifications (written with the post): one
    // statement moves a batch into the outbox, so each is admitted once, whichever worker runs it.
    await em.execute(
      `with admitted as (
         update notification set email_pending = false
         where id in (select id from notification where email_pending order by id limit ? for update skip locked)
         returning id, user_id)
       insert into mail_outbox (message_key, kind, user_id, to_address, notification_id)
       select 'notification.' || a.id, 'notification', a.user_id, u.email, a.id from admitted a join app_user u on u.id = a.user_id
       on conflict (message_key) do nothing`,
      [this.policy.batchSize],
    );
    const rows = await em.execute<ClaimedMail[]>(
      `update mail_outbox set state = 'sending', attempts = attempts + 1, locked_until = now() + make_interval(secs => ?)
       where id in (
         select id from mail_outbox
         where (state = 'pending' and next_attempt_at <= now()) or (state = 'sending' and locked_until < now())
         order by next_attempt_at, id limit ? for update skip locked)
       returning ${CLAIMED}`,
      [this.policy.leaseSeconds, this.policy.batchSize],
    );
    if (rows.length === 0) return 0;
    // Rendered at every attempt, as the recipient may see the post then: one hidden after a failed
    // attempt is not sent by the retry. The Message-ID stays, so it is still one message.
    const unrendered = rows.filter((r) => r.notificationId !== null);
    if (unrendered.length > 0) {
      const rendered = await this.renderNotifications(em, unrendered);
      for (const row of unrendered) {
        const mail = rendered.get(row.id) ?? null;
        if (!mail) {
          row.subject = null;
          continue;
        }
        Object.assign(row, { subject: mail.content.subject, textBody: mail.content.text, htmlBody: mail.content.html, headers: mail.headers });
      }
      // Stored for the email log.
      await em.execute(
        `update mail_outbox o set subject = r.subject, text_body = r.text, html_body = r.html, headers = r.headers::jsonb
         from json_to_recordset(?::json) as r(id bigint, subject text, text text, html text, headers text) where o.id = r.id`,
        [JSON.stringify(unrendered.filter((r) => r.subject !== null).map((r) => ({ id: r.id, subject: r.subject, text: r.textBody, html: r.htmlBody, headers: JSON.stringify(r.headers) })))],
      );
      const cancelled = unrendered.filter((r) => r.subject === null).map((r) => r.id);
      if (cancelled.length > 0) {
        await em.execute(`update mail_outbox set state = 'cancelled', locked_until = null, last_error = 'No longer visible to the recipient.' where id = any(?::bigint[])`, [`{${cancelled.join(',')}}`]);
      }
    }
    await Promise.all(rows.filter((r) => r.subject !== null).map((row) => this.send(em, row)));
    return rows.length;
  }

  private async send(em: EntityManager, row: ClaimedMail): Promise<void> {
    try {
      await this.transport.sendMail({
        from: this.settings.from,
        replyTo: this.settings.replyTo,
        to: row.toAddress,
        subject: row.subject!,
        text: row.textBody ?? '',
        html: row.htmlBody ?? undefined,
        messageId: messageIdFor(this.settings, row.messageKey),
        headers: row.headers,
      });
      // The log keeps who, what and when; the bodies (the bulk of the table) go once delivered.
      await em.execute(`update mail_outbox set state = 'sent', sent_at = now(), locked_until = null, last_error = null, text_body = null, html_body = null where id = ?`, [row.id]);
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      const permanent = code !== undefined && code >= 500 && code < 600;
      const giveUp = permanent || row.attempts >= this.policy.maxAttempts;
      const delay = Math.min(this.policy.maxRetryMs, this.policy.retryBaseMs * 2 ** (row.attempts - 1)) * (0.8 + Math.random() * 0.4);
      const message = truncate((error as Error).message ?? String(error), 500);
      this.log.warn({ id: row.id, kind: row.kind, attempts: row.attempts, giveUp, err: message }, 'email not sent');
      await em
        .execute(
          `update mail_outbox set state = ?, next_attempt_at = now() + make_interval(secs => ?), locked_until = null, last_error = ? where id = ?`,
          [giveUp ? 'failed' : 'pending', delay / 1000, message, row.id],
        )
        .catch((err) => this.log.warn({ err }, 'could not record a failed send; the lease will expire and it is retried'));
    }
  }
}
