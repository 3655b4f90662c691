import type { Answer } from '../answers/answer.entity.js';
import type { ServiceContext } from '../graphql/context.js';
import { parseGlobalId, toGlobalId } from '../graphql/ids.js';
import { escapeHtml } from '../markdown/render.js';
import { plainText } from '../search/documents.js';
import { findTopic, listAnswers } from './topics.service.js';

/** JSON inside <script>: "</script>" and "<!--" must not end or open anything. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * A thread's page as HTML, for readers without JavaScript and for search engines (most visitors
 * of a support community arrive from web search): the question and its answers in the page, and
 * schema.org QAPage data, as Discourse's solved plugin does. The app replaces it when it starts.
 */
export async function renderThreadPage(ctx: ServiceContext, globalId: string, template: string, baseUrl: string): Promise<string | null> {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== 'Topic') return null;
  const topic = await findTopic(ctx, parsed.id);
  if (!topic) return null;
  const original = topic.duplicateOf ? await findTopic(ctx, topic.duplicateOf.id) : null;
  // The same order as the app's thread page: the solution first, then by votes.
  const answers = await listAnswers(ctx, topic, { limit: 100, offset: 0 });
  await ctx.em.populate(topic, ['author', 'category']);
  await ctx.em.populate(answers, ['author']);
  const url = `${baseUrl}/t/${globalId}`;
  // A duplicate sends readers, and search engines, to the original.
  const originalUrl = original ? `${baseUrl}/t/${toGlobalId('Topic', original.id)}` : null;
  const person = (name: string) => ({ '@type': 'Person', name });
  const answerData = (a: Answer) => ({
    '@type': 'Answer',
    text: plainText(a.body, 5_000),
    dateCreated: a.createdAt.toISOString(),
    upvoteCount: a.score,
    url: `${url}#answer-${toGlobalId('Answer', a.id)}`,
    author: person(a.author.displayName),
  });
  const officialId = topic.officialAnswer?.id;
  const acceptedId = topic.acceptedAnswer?.id;
  const solutionId = officialId ?? acceptedId;
  const solution = answers.find((a) => a.id === solutionId);
  const qaPage = {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    mainEntity: {
      '@type': 'Question',
      name: topic.title,
      text: plainText(topic.body, 5_000),
      answerCount: answers.length,
      dateCreated: topic.createdAt.toISOString(),
      author: person(topic.author.displayName),
      ...(solution ? { acceptedAnswer: answerData(solution) } : {}),
      suggestedAnswer: answers.filter((a) => a !== solution).map(answerData),
    },
  };
  const badge = (a: Answer) => (a.id === officialId ? '<strong>Official answer</strong> · ' : a.id === acceptedId ? '<strong>✓ Accepted</strong> · ' : '');
  const article = `<article class="topic prerendered" id="prerendered">
<p class="crumbs"><a href="/">All questions</a> › ${escapeHtml(topic.category.name)}</p>
<h1>${escapeHtml(topic.title)}</h1>${original ? `\n<p class="duplicate-notice">This question already has an answer: <a href="${escapeHtml(originalUrl!)}">${escapeHtml(original.title)}</a></p>` : ''}
<p class="muted">asked by ${escapeHtml(topic.author.displayName)} on ${topic.createdAt.toISOString().slice(0, 10)}</p>
<div class="post-body">${topic.bodyHtml}</div>
<h2>${answers.length} ${answers.length === 1 ? 'answer' : 'answers'}</h2>
<ol class="answers">${answers
    .map(
      (a) => `<li class="answer" id="answer-${toGlobalId('Answer', a.id)}"><div class="answer-main"><p class="muted">${badge(a)}${escapeHtml(a.author.displayName)} · ${a.score} votes</p><div class="post-body">${a.bodyHtml}</div></div></li>`,
    )
    .join('\n')}</ol>
</article>`;
  const description = escapeHtml(plainText(topic.body, 160));
  // Replacements are functions: a string replacement would read "$&", "$`" and "$'" in user text as patterns.
  return template
    .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeHtml(topic.title)} — Commons</title>`)
    .replace(
      /<meta name="description"[^>]*>/,
      () =>
        `<meta name="description" content="${description}" />\n    <link rel="canonical" href="${escapeHtml(originalUrl ?? url)}" />\n    <script type="application/ld+json">${scriptJson(qaPage)}</script>`,
    )
    .replace('<div id="root"></div>', () => `<div id="root"></div>\n    ${article}`)
    .replace(/<noscript>[\s\S]*?<\/noscript>/, '');
}
