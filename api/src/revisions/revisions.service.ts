import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../graphql/context.js';

/** A post as it stood after one edit: what a revision row holds. */
export interface PostState {
  title: string | null;
  body: string;
  categoryId: number | null;
  tags: string[] | null;
}

export interface RevisionRow extends PostState {
  id: string;
  editorId: number;
  createdAt: Date;
}

interface PostRef {
  topicId: number;
  answerId: number | null;
  authorId: number;
  createdAt: Date;
}

const same = (a: PostState, b: PostState) =>
  a.title === b.title && a.body === b.body && a.categoryId === b.categoryId && JSON.stringify(a.tags) === JSON.stringify(b.tags);

/**
 * Records an edit in the caller's transaction. The first edit of a post first writes the post as
 * it was written (by its author, at its creation), so the history always starts at the original.
 * An edit that changes nothing leaves no revision. Returns whether anything changed.
 */
export async function recordRevision(em: EntityManager, post: PostRef, before: PostState, after: PostState, editorId: number): Promise<boolean> {
  if (same(before, after)) return false;
  const insert = (state: PostState, editor: number, at: Date | null) =>
    em.execute(
      `insert into post_revision (topic_id, answer_id, editor_id, created_at, title, body, category_id, tags)
       values (?, ?, ?, coalesce(?::timestamptz, now()), ?, ?, ?, case when ?::json is null then null else array(select json_array_elements_text(?::json)) end)`,
      // Arrays travel as JSON: knex would expand a JS array binding into a list.
      [post.topicId, post.answerId, editor, at, state.title, state.body, state.categoryId, ...Array(2).fill(state.tags === null ? null : JSON.stringify(state.tags))],
    );
  const [existing] = await em.execute<Array<{ n: number }>>(
    'select count(*)::int as n from post_revision where topic_id = ? and answer_id is not distinct from ?',
    [post.topicId, post.answerId],
  );
  if (existing!.n === 0) await insert(before, post.authorId, post.createdAt);
  await insert(after, editorId, null);
  return true;
}

/** A post's revisions, newest first. The caller has already decided the viewer may see the post. */
export async function listRevisions(ctx: ServiceContext, post: { topicId: number; answerId: number | null }, limit: number): Promise<RevisionRow[]> {
  return ctx.em.getConnection().execute<RevisionRow[]>(
    `select id::text as id, editor_id as "editorId", created_at as "createdAt", title, body, category_id as "categoryId", tags
     from post_revision where topic_id = ? and answer_id is not distinct from ? order by id desc limit ?`,
    [post.topicId, post.answerId, limit],
  );
}
