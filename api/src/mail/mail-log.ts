import { requireViewer } from '../accounts/accounts.service.js';
import { forbidden } from '../errors.js';
import type { ServiceContext } from '../graphql/context.js';
import type { CaughtMessage } from './catcher.js';

export type MailState = 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';

export interface MailLogRow {
  id: string;
  to: string;
  kind: string;
  subject: string | null;
  state: MailState;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

function requireAdmin(ctx: ServiceContext) {
  const viewer = requireViewer(ctx);
  if (viewer.role !== 'admin') throw forbidden('Only admins can read the email log.');
}

/** Recent outbox rows, so delivery problems are visible without reading server logs. */
export async function mailLog(ctx: ServiceContext, limit: number, state: MailState | null): Promise<MailLogRow[]> {
  requireAdmin(ctx);
  return ctx.em.execute<MailLogRow[]>(
    `select id::text as id, to_address as "to", kind, subject, state, attempts, last_error as "lastError", created_at as "createdAt", sent_at as "sentAt"
     from mail_outbox ${state ? 'where state = ?' : ''} order by id desc limit ?`,
    state ? [state, limit] : [limit],
  );
}

/** What the embedded receiver caught; null when mail leaves through SMTP_URL. */
export function caughtMail(ctx: ServiceContext, limit: number): CaughtMessage[] | null {
  requireAdmin(ctx);
  return ctx.deps.mail.catcher?.messages().slice(0, limit) ?? null;
}
