import { ifSessionLockFree, LOCKS } from '../db/advisory-lock.js';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Role } from '../accounts/user.entity.js';
import { toGlobalId } from '../graphql/ids.js';
import type { Logger } from '../logger.js';
import { enqueueMails, type MailSettings, type OutgoingMail } from '../mail/outbox.js';
import { render, type Block } from '../mail/templates.js';
import { canViewAnswer, canViewTopic } from '../topics/permissions.js';
import { unsubscribeHeaders, unsubscribeUrl } from './notification-mail.js';
import { DELETED_NAME } from '../accounts/display-name.js';
import { emailModeSql, notificationKinds, type NotificationKind } from './notifications.service.js';

export interface DigestPolicy {
  /** The hour (UTC) each daily digest covers up to and goes out at. */
  hourUtc: number;
  /** Members per transaction. */
  batchSize: number;
  /** How often a process checks whether a digest is due. */
  checkEveryMs: number;
}

export const defaultDigestPolicy: DigestPolicy = { hourUtc: 8, batchSize: 500, checkEveryMs: 5 * 60_000 };

/** The latest digest moment at or before `now`. */
export function periodEndAt(now: Date, hourUtc: number): Date {
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (end > now) end.setUTCDate(end.getUTCDate() - 1);
  return end;
}

interface DigestItem {
  userId: number;
  kind: NotificationKind;
  topicId: number;
  title: string;
  topicHidden: boolean;
  topicAuthorId: number;
  answerHidden: boolean | null;
  answerAuthorId: number | null;
  actorName: string | null;
  createdAt: Date;
}

interface Recipient {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  mailKey: string;
}

const lines: Record<NotificationKind, (actor: string) => string> = {
  answer_to_my_question: (actor) => `${actor} answered your question`,
  new_answer: (actor) => `New answer from ${actor}`,
  answer_accepted: () => 'Your answer was accepted',
  official_answer: () => 'Staff marked an official answer',
  mention: (actor) => `${actor} mentioned you`,
  new_topic: (actor) => `New question from ${actor}`,
};

/**
 * The daily digest: each member whose email for some kinds is "digest" gets one email with their
 * unread notifications of those kinds since the last digest, grouped by topic. However many API
 * processes run, one builds it (a PostgreSQL advisory lock); a run that stops half way (a restart)
 * is finished by the next check, and no member gets two: each digest's Message-ID key names the
 * member and the period, and the outbox keeps keys unique.
 */
export class DigestJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly databaseUrl: string,
    private readonly settings: MailSettings,
    private readonly policy: DigestPolicy,
    private readonly log: Logger,
  ) {}

  start(): void {
    const check = () => {
      if (this.running) return;
      this.running = this.runDue().catch((err) => this.log.warn({ err }, 'digest run failed; the next check tries again')).finally(() => (this.running = null));
    };
    this.timer = setInterval(check, this.policy.checkEveryMs);
    this.timer.unref();
    check();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /**
   * Builds the digest of the latest period if nobody has yet. `stopAfterBatches` ends the run early
   * (as a crash would), for tests. Returns the emails written, or null when there was nothing to do.
   */
  async runDue(now = new Date(), options: { stopAfterBatches?: number } = {}): Promise<{ periodEnd: Date; messages: number } | null> {
    const periodEnd = periodEndAt(now, this.policy.hourUtc);
    return ifSessionLockFree(this.databaseUrl, LOCKS.digest, () => this.build(periodEnd, options.stopAfterBatches));
  }

  private async build(periodEnd: Date, stopAfterBatches?: number): Promise<{ periodEnd: Date; messages: number } | null> {
    const em = this.orm.em.fork();
    const [done] = await em.execute<Array<{ finished: boolean }>>('select finished_at is not null as finished from digest_run where period_end = ?', [periodEnd]);
    if (done?.finished) return null;
    await em.execute('insert into digest_run (period_end) values (?) on conflict do nothing', [periodEnd]);
    const [previous] = await em.execute<Array<{ end: Date | null }>>('select max(period_end) as end from digest_run where finished_at is not null and period_end < ?', [periodEnd]);
    // The first digest covers one day.
    const periodStart = previous?.end ?? new Date(periodEnd.getTime() - 86_400_000);
    let afterUserId = 0;
    let messages = 0;
    let batches = 0;
    for (;;) {
      if (stopAfterBatches !== undefined && batches >= stopAfterBatches) return { periodEnd, messages };
      const recipients = await this.recipients(em, periodStart, periodEnd, afterUserId);
      if (recipients.length === 0) break;
      afterUserId = recipients.at(-1)!.id;
      messages += await this.writeBatch(periodStart, periodEnd, recipients);
      batches++;
    }
    await em.execute('update digest_run set finished_at = now(), messages = messages + ? where period_end = ?', [messages, periodEnd]);
    return { periodEnd, messages };
  }

  /** Verified members with unread notifications in the period, past `afterUserId`, in id order. */
  private recipients(em: EntityManager, from: Date, to: Date, afterUserId: number): Promise<Recipient[]> {
    return em.execute<Recipient[]>(
      `select u.id, u.email, u.display_name as "displayName", u.role, u.mail_key as "mailKey" from app_user u
       where u.id > ? and u.email_verified_at is not null and u.deleted_at is null
         and exists (select 1 from notification n where n.user_id = u.id and n.read_at is null and n.created_at >= ? and n.created_at < ?)
       order by u.id limit ?`,
      [afterUserId, from, to, this.policy.batchSize],
    );
  }

  private async writeBatch(from: Date, to: Date, recipients: Recipient[]): Promise<number> {
    const em = this.orm.em.fork();
    const modeOf = notificationKinds.map((kind) => `when '${kind}' then ${emailModeSql(kind, 'n.user_id')}`).join(' ');
    const items = await em.execute<DigestItem[]>(
      `select n.user_id as "userId", n.kind, t.id as "topicId", t.title, t.is_hidden as "topicHidden", t.author_id as "topicAuthorId",
              a.is_hidden as "answerHidden", a.author_id as "answerAuthorId", n.created_at as "createdAt",
              case when actor.deleted_at is not null then '${DELETED_NAME}' else actor.display_name end as "actorName"
       from notification n
       join topic t on t.id = n.topic_id
       left join answer a on a.id = n.answer_id
       left join app_user actor on actor.id = n.actor_id
       where n.user_id = any(?::int[]) and n.read_at is null and n.created_at >= ? and n.created_at < ?
         and (case n.kind ${modeOf} end) = 'digest'
       order by n.user_id, n.id`,
      [`{${recipients.map((r) => r.id).join(',')}}`, from, to],
    );
    const byUser = new Map<number, DigestItem[]>();
    for (const item of items) (byUser.get(item.userId) ?? byUser.set(item.userId, []).get(item.userId)!).push(item);
    const site = this.settings.siteUrl();
    const mails: OutgoingMail[] = [];
    for (const recipient of recipients) {
      const viewer = { id: recipient.id, role: recipient.role };
      const visible = (byUser.get(recipient.id) ?? []).filter((item) => {
        const topic = { isHidden: item.topicHidden, author: { id: item.topicAuthorId } };
        return canViewTopic(viewer, topic) && (item.answerHidden === null || canViewAnswer(viewer, { isHidden: item.answerHidden, author: { id: item.answerAuthorId! } }, topic));
      });
      if (visible.length === 0) continue;
      const unsubscribe = unsubscribeUrl(site, recipient, 'digest');
      mails.push({
        to: recipient.email,
        kind: 'digest',
        userId: recipient.id,
        content: digestLetter(site, recipient.displayName, visible, unsubscribe),
        headers: unsubscribeHeaders(unsubscribe),
        messageKey: `digest.${to.toISOString().slice(0, 13)}.${recipient.id}`,
      });
    }
    const written = await enqueueMails(em, mails);
    return written;
  }
}

export function digestLetter(site: string, name: string, items: DigestItem[], unsubscribe: string) {
  const topics = new Map<number, DigestItem[]>();
  for (const item of items) (topics.get(item.topicId) ?? topics.set(item.topicId, []).get(item.topicId)!).push(item);
  const blocks: Block[] = [{ text: `Hi ${name}, here is what happened on Commons since your last digest.` }];
  for (const [topicId, group] of topics) {
    blocks.push({ heading: group[0]!.title, url: `${site}/t/${toGlobalId('Topic', topicId)}` });
    for (const item of group) blocks.push({ text: `• ${lines[item.kind](item.actorName ?? 'Someone')}` });
  }
  const count = items.length;
  return render({
    site,
    subject: `Your Commons digest: ${count} update${count === 1 ? '' : 's'} in ${topics.size} thread${topics.size === 1 ? '' : 's'}`,
    preview: [...topics.values()].map((g) => g[0]!.title).join(' · ').slice(0, 140),
    blocks,
    reason: 'You get this daily digest for the notifications you chose to receive by digest.',
    unsubscribeUrl: unsubscribe,
  });
}
