import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../accounts/user.entity.js';
import type { Answer } from '../answers/answer.entity.js';
import { answerPagesOf } from '../answers/answer-pages.js';
import { Category } from '../topics/category.entity.js';
import { Tag } from '../topics/tag.entity.js';
import { Topic } from '../topics/topic.entity.js';

/** Batches by-id lookups across one request, so lists cost one query per type, not one per row. */
function byId<T extends { id: number }>(load: (ids: number[]) => Promise<T[]>, options: { cache: boolean }) {
  return new DataLoader<number, T | null>(
    async (ids) => {
      const rows = new Map((await load([...ids])).map((row) => [row.id, row]));
      return ids.map((id) => rows.get(id) ?? null);
    },
    options,
  );
}

export function createLoaders(em: EntityManager, viewer: Pick<User, 'id' | 'role'> | null, options: { cache: boolean }) {
  const viewerId = viewer?.id ?? null;
  return {
    /** A page of a topic's answers, keyed "topicId:limit:offset"; topics asking for the same page share one query. */
    answerPage: new DataLoader<string, Answer[]>(async (keys) => {
      const byPage = new Map<string, { limit: number; offset: number; topicIds: number[] }>();
      for (const key of keys) {
        const [topicId, limit, offset] = key.split(':').map(Number) as [number, number, number];
        const pageKey = `${limit}:${offset}`;
        let page = byPage.get(pageKey);
        if (!page) byPage.set(pageKey, (page = { limit, offset, topicIds: [] }));
        page.topicIds.push(topicId);
      }
      const answersByKey = new Map<string, Answer[]>();
      for (const { limit, offset, topicIds } of byPage.values()) {
        for (const [topicId, answers] of await answerPagesOf(em, viewer, topicIds, { limit, offset })) answersByKey.set(`${topicId}:${limit}:${offset}`, answers);
      }
      return keys.map((key) => answersByKey.get(key) ?? []);
    }, options),
    user: byId((ids) => em.find(User, { id: { $in: ids } }), options),
    category: byId((ids) => em.find(Category, { id: { $in: ids } }), options),
    topic: byId((ids) => em.find(Topic, { id: { $in: ids } }), options),
    tagsByTopic: new DataLoader<number, Tag[]>(async (topicIds) => {
      const rows = await em
        .getConnection()
        .execute<Array<{ topic_id: number; id: number; name: string }>>(
          'select tt.topic_id, t.id, t.name from topic_tag tt join tag t on t.id = tt.tag_id where tt.topic_id in (?) order by t.name',
          [[...topicIds]],
        );
      const byTopic = new Map<number, Tag[]>();
      for (const row of rows) {
        const tag = em.getReference(Tag, row.id);
        tag.name = row.name;
        byTopic.set(row.topic_id, [...(byTopic.get(row.topic_id) ?? []), tag]);
      }
      return topicIds.map((id) => byTopic.get(id) ?? []);
    }, options),
    /** The viewer's vote per answer (0 when none). */
    viewerVote: new DataLoader<number, number>(async (answerIds) => {
      if (viewerId === null) return answerIds.map(() => 0);
      const rows = await em
        .getConnection()
        .execute<Array<{ answer_id: number; value: number }>>('select answer_id, value from answer_vote where user_id = ? and answer_id in (?)', [
          viewerId,
          [...answerIds],
        ]);
      const votes = new Map(rows.map((r) => [r.answer_id, r.value]));
      return answerIds.map((id) => votes.get(id) ?? 0);
    }, options),
    viewerMeToo: new DataLoader<number, boolean>(async (topicIds) => {
      if (viewerId === null) return topicIds.map(() => false);
      const rows = await em
        .getConnection()
        .execute<Array<{ topic_id: number }>>('select topic_id from topic_me_too where user_id = ? and topic_id in (?)', [viewerId, [...topicIds]]);
      const mine = new Set(rows.map((r) => r.topic_id));
      return topicIds.map((id) => mine.has(id));
    }, options),
    /** Posts the viewer has flagged, keyed "topicId:answerId" (answerId 0 for the question). */
    viewerFlagged: new DataLoader<string, boolean>(async (keys) => {
      if (viewerId === null) return keys.map(() => false);
      const topicIds = [...new Set(keys.map((k) => Number(k.split(':')[0])))];
      const rows = await em
        .getConnection()
        .execute<Array<{ key: string }>>("select topic_id || ':' || coalesce(answer_id, 0) as key from flag where reporter_id = ? and topic_id in (?)", [
          viewerId,
          topicIds,
        ]);
      const mine = new Set(rows.map((r) => r.key));
      return keys.map((k) => mine.has(k));
    }, options),
    topicCountByCategory: new DataLoader<number, number>(async (categoryIds) => {
      const rows = await em
        .getConnection()
        .execute<Array<{ category_id: number; count: string }>>(
          'select category_id, count(*) from topic where category_id in (?) and not is_hidden group by category_id',
          [[...categoryIds]],
        );
      const counts = new Map(rows.map((r) => [r.category_id, Number(r.count)]));
      return categoryIds.map((id) => counts.get(id) ?? 0);
    }, options),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export async function loadOrThrow<T>(loader: DataLoader<number, T | null>, id: number): Promise<T> {
  const row = await loader.load(id);
  if (!row) throw new Error(`row ${id} vanished while resolving`);
  return row;
}
