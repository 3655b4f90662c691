import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MailContent } from './templates.js';

export type MailKind =
  | 'verify_email'
  | 'reset_password'
  | 'change_email'
  | 'account_notice'
  | 'notification'
  | 'digest';

/** Where links in emails point and who they come from: never taken from a request's Host header. */
export interface MailSettings {
  from: string;
  replyTo: string;
  /** PUBLIC_URL, else the address the server listens on. */
  siteUrl(): string;
  /** The right-hand side of Message-IDs. */
  domain: string;
}

export interface OutgoingMail {
  to: string;
  kind: MailKind;
  userId: number | null;
  content: MailContent;
  headers?: Record<string, string>;
  /** Fixes the Message-ID (digests: one per member and period, however often the run restarts). */
  messageKey?: string;
}

export const messageIdFor = (settings: Pick<MailSettings, 'domain'>, key: string) => `<${key}@${settings.domain}>`;

/**
 * Writes an email into the outbox in the caller's transaction: it goes out only if the change that
 * caused it commits, and a slow or dead mail server never holds the request. Workers in every API
 * process hear of it at commit. False when a message with the same key exists already.
 */
export async function enqueueMail(em: EntityManager, mail: OutgoingMail): Promise<boolean> {
  return (await enqueueMails(em, [mail])) > 0;
}

/** Many at once (digests): one statement. Returns how many were new. */
export async function enqueueMails(em: EntityManager, mails: OutgoingMail[]): Promise<number> {
  if (mails.length === 0) return 0;
  const rows = mails.map((m) => ({
    key: m.messageKey ?? crypto.randomUUID(),
    kind: m.kind,
    user_id: m.userId,
    to: m.to,
    subject: m.content.subject,
    text: m.content.text,
    html: m.content.html,
    headers: m.headers ?? {},
  }));
  const inserted = await em.execute(
    `insert into mail_outbox (message_key, kind, user_id, to_address, subject, text_body, html_body, headers)
     select r.key, r.kind, r.user_id, r.to, r.subject, r.text, r.html, r.headers
     from json_to_recordset(?::json) as r(key text, kind text, user_id int, "to" text, subject text, text text, html text, headers jsonb)
     on conflict (message_key) do nothing returning 1`,
    [JSON.stringify(rows)],
  );
  await em.execute(`select pg_notify('commons_mail', '')`);
  return inserted.length;
}

/** The domain of an address such as "Commons <no-reply@forum.example>". */
export function domainOf(address: string): string {
  return /@([^>\s]+)>?\s*$/.exec(address)?.[1] ?? 'localhost';
}
