import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../accounts/user.entity.js';
import { canModerate } from '../topics/permissions.js';
import { Answer } from './answer.entity.js';

export interface AnswerPage {
  limit: number;
  offset: number;
}

/**
 * One page of answers for each of many topics in one statement: official first, then accepted,
 * then by score, then oldest first, the order readers expect. Hidden answers: staff and their
 * author only. A list of topics with their answers costs one query, not one per topic.
 */
export async function answerPagesOf(
  em: EntityManager,
  viewer: Pick<User, 'id' | 'role'> | null,
  topicIds: readonly number[],
  page: AnswerPage,
): Promise<Map<number, Answer[]>> {
  const pages = new Map<number, Answer[]>(topicIds.map((id) => [id, []]));
  if (topicIds.length === 0) return pages;
  const visible = canModerate(viewer) ? 'true' : '(not a.is_hidden or a.author_id = ?)';
  const rows = await em.getConnection().execute<Array<{ id: number; topic_id: number }>>(
    `select id, topic_id from (
       select a.id, a.topic_id, row_number() over (
         partition by a.topic_id
         order by coalesce(a.id = t.official_answer_id, false) desc, coalesce(a.id = t.accepted_answer_id, false) desc,
                  a.score desc, a.created_at asc, a.id asc) as position
       from answer a join topic t on t.id = a.topic_id
       where a.topic_id in (?) and ${visible}) ranked
     where position > ? and position <= ?
     order by topic_id, position`,
    [[...topicIds], ...(canModerate(viewer) ? [] : [viewer?.id ?? 0]), page.offset, page.offset + page.limit],
  );
  const answers = new Map((rows.length ? await em.find(Answer, { id: { $in: rows.map((r) => r.id) } }) : []).map((a) => [a.id, a]));
  for (const row of rows) {
    const answer = answers.get(row.id);
    if (answer) pages.get(row.topic_id)!.push(answer);
  }
  return pages;
}
