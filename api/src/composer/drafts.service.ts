import { z } from 'zod';
import { requireViewer } from '../accounts/accounts.service.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../graphql/context.js';
import { renderMarkdown } from '../markdown/render.js';
import { findTopic } from '../topics/topics.service.js';
import { notFound } from '../errors.js';
import { parseInput } from '../validation.js';

export interface DraftRow {
  topicId: number | null;
  title: string | null;
  body: string;
  categoryId: number | null;
  tags: string[] | null;
  updatedAt: Date;
}

// Drafts are unfinished: no minimum lengths, the posting limits as maxima.
const draftSchema = z.object({
  topicId: z.number().int().positive().nullable(),
  title: z.string().max(200, 'Use at most 200 characters.').nullish(),
  body: z.string().max(20_000, 'Use at most 20,000 characters.'),
  categoryId: z.number().int().positive().nullish(),
  tags: z.array(z.string().max(40)).max(5, 'Up to 5 tags.').nullish(),
});
const previewSchema = z.object({ markdown: z.string().max(20_000, 'Use at most 20,000 characters.') });

const COLUMNS = `topic_id as "topicId", title, body, category_id as "categoryId", tags, updated_at as "updatedAt"`;

/** The same renderer as posting, so the preview is the post. */
export function previewMarkdown(ctx: ServiceContext, markdown: unknown): string {
  requireViewer(ctx);
  return renderMarkdown(parseInput(previewSchema, { markdown }).markdown);
}

export async function readDraft(ctx: ServiceContext, topicId: number | null): Promise<DraftRow | null> {
  const viewer = requireViewer(ctx);
  const [row] = await ctx.em.getConnection().execute<DraftRow[]>(
    `select ${COLUMNS} from post_draft where user_id = ? and coalesce(topic_id, 0) = ?`,
    [viewer.id, topicId ?? 0],
  );
  return row ?? null;
}

export async function saveDraft(ctx: ServiceContext, input: unknown): Promise<DraftRow> {
  const fields = parseInput(draftSchema, input);
  const viewer = requireViewer(ctx);
  // An answer's draft belongs to a thread the member can see.
  if (fields.topicId !== null && !(await findTopic(ctx, fields.topicId))) throw notFound('Topic');
  await ctx.deps.limiter.hit('draft', String(viewer.id), ctx.deps.policy.rateLimits.draft);
  const [row] = await ctx.em.getConnection().execute<DraftRow[]>(
    `insert into post_draft (user_id, topic_id, title, body, category_id, tags, updated_at)
     values (?, ?, ?, ?, ?, case when ?::json is null then null else array(select json_array_elements_text(?::json)) end, now())
     on conflict (user_id, coalesce(topic_id, 0)) do update
       set title = excluded.title, body = excluded.body, category_id = excluded.category_id, tags = excluded.tags, updated_at = now()
     returning ${COLUMNS}`,
    [viewer.id, fields.topicId, fields.title ?? null, fields.body, fields.categoryId ?? null, ...Array(2).fill(fields.tags ? JSON.stringify(fields.tags) : null)],
  );
  return row!;
}

/** Also called by posting, inside its transaction: what was posted is no longer a draft. */
export async function discardDraft(em: EntityManager, userId: number, topicId: number | null): Promise<boolean> {
  const rows = await em.execute('delete from post_draft where user_id = ? and coalesce(topic_id, 0) = ? returning 1', [userId, topicId ?? 0]);
  return rows.length > 0;
}

/** Members whose handle starts with the prefix; those who took part in the thread first. */
export async function mentionSuggestions(ctx: ServiceContext, prefix: string, topicId: number | null, limit: number): Promise<number[]> {
  requireViewer(ctx);
  const start = prefix.replace(/^@/, '').replace(/\s+/g, '').toLowerCase().slice(0, 50);
  if (start.length < 2) return [];
  const pattern = `${start.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await ctx.em.getConnection().execute<Array<{ id: number }>>(
    `select u.id from app_user u
     where lower(replace(u.display_name, ' ', '')) like ? and u.deleted_at is null
     order by (u.id in (select author_id from topic where id = ? union select author_id from answer where topic_id = ?)) desc,
              u.reputation desc, u.display_name
     limit ?`,
    [pattern, topicId ?? 0, topicId ?? 0, limit],
  );
  return rows.map((r) => r.id);
}
