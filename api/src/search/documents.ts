import type { EntityManager } from '@mikro-orm/postgresql';
import { normalizeText, truncate } from '../validation.js';
import { termCounts } from './text.js';

/** Default Meilisearch index of threads (MEILI_INDEX); tests give each app its own. */
export const DEFAULT_THREADS_INDEX = 'threads';

/** One search document per visible thread. Answer texts make a question findable by its solution. */
export interface ThreadDocument {
  id: number;
  title: string;
  /** Other wordings of the question (topic_phrasing): titles of its duplicates, questions a suggestion answered. */
  alsoAskedAs: string[];
  body: string;
  acceptedAnswer: string;
  officialAnswer: string;
  tags: string[];
  categoryId: number;
  categorySlug: string;
  categoryName: string;
  status: string;
  /** 1 for resolved threads: the custom ranking rule puts them first among equally good matches. */
  resolved: number;
  meToo: number;
  score: number;
  answerCount: number;
  createdAt: number;
  lastActivityAt: number;
  /** Stemmed term counts per field (text.ts termCounts) for ranking ask-form suggestions; not searchable. */
  termStats: { title: string; asked: string; body: string; answers: string };
}

/** The most recent other wordings of a question that its document carries. */
export const MAX_PHRASINGS = 20;

/** Searchable text is kept to what helps matching: long bodies are cut, markdown punctuation dropped. */
const BODY_LIMIT = 4_000;
export function plainText(markdown: string, limit = BODY_LIMIT): string {
  const text = normalizeText(markdown)
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    // Emphasis marks go without a trace ("**sync**," reads "sync,"); quote, heading and table marks become spaces.
    .replace(/[*~`]+/g, '')
    .replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1')
    .replace(/[>#|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(text, limit);
}

/** The threads search lists (alias t): the index holds these, and hits are checked against it again. */
export const LISTED_THREAD = 'not t.is_hidden and t.duplicate_of_id is null';

interface Row {
  id: number;
  title: string;
  body: string;
  status: string;
  me_too_count: number;
  answer_count: number;
  /** Raw SQL through MikroORM returns timestamps as strings. */
  created_at: string | Date;
  last_activity_at: string | Date;
  category_id: number;
  category_slug: string;
  category_name: string;
  tags: string[] | null;
  accepted: string | null;
  official: string | null;
  phrasings: string[] | null;
  score: number;
}

/**
 * Builds the documents of the given topics from PostgreSQL, the source of truth. Missing ids are gone
 * from the index: deleted, hidden by staff, or closed as duplicates (readers are sent to the original).
 */
export async function buildDocuments(em: EntityManager, topicIds: number[]): Promise<{ documents: ThreadDocument[]; missing: number[] }> {
  if (topicIds.length === 0) return { documents: [], missing: [] };
  const rows = await em.getConnection().execute<Row[]>(
    `select t.id, t.title, t.body, t.status, t.me_too_count, t.answer_count, t.created_at, t.last_activity_at,
            c.id as category_id, c.slug as category_slug, c.name as category_name,
            (select array_agg(g.name order by g.name) from topic_tag tt join tag g on g.id = tt.tag_id where tt.topic_id = t.id) as tags,
            (select a.body from answer a where a.id = t.accepted_answer_id and not a.is_hidden) as accepted,
            (select a.body from answer a where a.id = t.official_answer_id and not a.is_hidden) as official,
            array(select p.text from topic_phrasing p left join topic s on s.id = p.source_topic_id
                   where p.topic_id = t.id and p.removed_at is null
                     -- a hidden duplicate, or one reopened, leaves no phrasing behind
                     and (p.source_topic_id is null or (not s.is_hidden and s.duplicate_of_id = t.id))
                   order by p.id desc limit ${MAX_PHRASINGS}) as phrasings,
            coalesce((select max(a.score) from answer a where a.topic_id = t.id and not a.is_hidden), 0) as score
     from topic t join category c on c.id = t.category_id
     where t.id in (?) and ${LISTED_THREAD}`,
    [topicIds],
  );
  const found = new Set(rows.map((r) => r.id));
  return {
    documents: rows.map((r) => {
      const body = plainText(r.body);
      const acceptedAnswer = plainText(r.accepted ?? '', 2_000);
      const officialAnswer = plainText(r.official ?? '', 2_000);
      return {
        id: r.id,
        title: normalizeText(r.title),
        alsoAskedAs: (r.phrasings ?? []).map((p) => normalizeText(p)),
        body,
        acceptedAnswer,
        officialAnswer,
        tags: r.tags ?? [],
        categoryId: r.category_id,
        categorySlug: r.category_slug,
        categoryName: r.category_name,
        status: r.status,
        resolved: r.status === 'resolved' || r.accepted || r.official ? 1 : 0,
        meToo: r.me_too_count,
        score: Number(r.score),
        answerCount: r.answer_count,
        createdAt: Math.floor(new Date(r.created_at).getTime() / 1000),
        lastActivityAt: Math.floor(new Date(r.last_activity_at).getTime() / 1000),
        termStats: { title: termCounts(r.title), asked: termCounts((r.phrasings ?? []).join(' ')), body: termCounts(body), answers: termCounts(`${officialAnswer} ${acceptedAnswer}`) },
      };
    }),
    missing: topicIds.filter((id) => !found.has(id)),
  };
}
