import type { EntityManager } from '@mikro-orm/postgresql';
import { parseGlobalId, toGlobalId } from '../graphql/ids.js';
import { plainText } from '../search/documents.js';

/**
 * A thread's page as HTML, for readers without JavaScript and for search engines (most visitors
 * of a support community arrive from web search): the question and its answers in the page, and
 * schema.org QAPage data, as Discourse's solved plugin does. The app replaces it when it starts.
 */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON inside <script>: "</script>" and "<!--" must not end or open anything. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

interface ThreadRow {
  id: number;
  title: string;
  body: string;
  body_html: string;
  created_at: Date | string;
  author: string;
  category: string;
  accepted_answer_id: number | null;
  official_answer_id: number | null;
}
interface AnswerRow {
  id: number;
  body: string;
  body_html: string;
  score: number;
  created_at: Date | string;
  author: string;
}

const iso = (value: Date | string) => new Date(value).toISOString();

export async function renderThreadPage(em: EntityManager, globalId: string, template: string, baseUrl: string): Promise<string | null> {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== 'Topic') return null;
  const [topic] = await em.execute<ThreadRow[]>(
    `select t.id, t.title, t.body, t.body_html, t.created_at, u.display_name as author, c.name as category, t.accepted_answer_id, t.official_answer_id
       from topic t join app_user u on u.id = t.author_id join category c on c.id = t.category_id where t.id = ?`,
    [parsed.id],
  );
  if (!topic) return null;
  // The solution first (official, then accepted), then by votes: what a reader needs, in order.
  const answers = await em.execute<AnswerRow[]>(
    `select a.id, a.body, a.body_html, a.score, a.created_at, u.display_name as author
       from answer a join app_user u on u.id = a.author_id where a.topic_id = ?
      order by (a.id = ?) desc, (a.id = ?) desc, a.score desc, a.created_at, a.id limit 100`,
    [topic.id, topic.official_answer_id ?? 0, topic.accepted_answer_id ?? 0],
  );
  const url = `${baseUrl}/t/${globalId}`;
  const person = (name: string) => ({ '@type': 'Person', name });
  const answerData = (a: AnswerRow) => ({
    '@type': 'Answer',
    text: plainText(a.body, 5_000),
    dateCreated: iso(a.created_at),
    upvoteCount: a.score,
    url: `${url}#answer-${toGlobalId('Answer', a.id)}`,
    author: person(a.author),
  });
  const solutionId = topic.official_answer_id ?? topic.accepted_answer_id;
  const solution = answers.find((a) => a.id === solutionId);
  const qaPage = {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    mainEntity: {
      '@type': 'Question',
      name: topic.title,
      text: plainText(topic.body, 5_000),
      answerCount: answers.length,
      dateCreated: iso(topic.created_at),
      author: person(topic.author),
      ...(solution ? { acceptedAnswer: answerData(solution) } : {}),
      suggestedAnswer: answers.filter((a) => a !== solution).map(answerData),
    },
  };
  const badge = (a: AnswerRow) =>
    a.id === topic.official_answer_id ? '<strong>Official answer</strong> · ' : a.id === topic.accepted_answer_id ? '<strong>✓ Accepted</strong> · ' : '';
  const article = `<article class="topic prerendered" id="prerendered">
<p class="crumbs"><a href="/">All questions</a> › ${escapeHtml(topic.category)}</p>
<h1>${escapeHtml(topic.title)}</h1>
<p class="muted">asked by ${escapeHtml(topic.author)} on ${iso(topic.created_at).slice(0, 10)}</p>
<div class="post-body">${topic.body_html}</div>
<h2>${answers.length} ${answers.length === 1 ? 'answer' : 'answers'}</h2>
<ol class="answers">${answers
    .map(
      (a) => `<li class="answer" id="answer-${toGlobalId('Answer', a.id)}"><div class="answer-main"><p class="muted">${badge(a)}${escapeHtml(a.author)} · ${a.score} votes</p><div class="post-body">${a.body_html}</div></div></li>`,
    )
    .join('\n')}</ol>
</article>`;
  const description = escapeHtml(plainText(topic.body, 160));
  return template
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(topic.title)} — Commons</title>`)
    .replace(/<meta name="description"[^>]*>/, `<meta name="description" content="${description}" />\n    <link rel="canonical" href="${escapeHtml(url)}" />\n    <script type="application/ld+json">${scriptJson(qaPage)}</script>`)
    .replace('<div id="root"></div>', `<div id="root"></div>\n    ${article}`)
    .replace(/<noscript>[\s\S]*?<\/noscript>/, '');
}
