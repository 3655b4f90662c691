import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCommunity } from '../../api/src/db/seed.js';
import { seedThreads } from '../../api/src/db/seed-data.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const TOPICS = `query($first: Int, $after: String, $categoryId: ID) {
  topics(first: $first, after: $after, categoryId: $categoryId) {
    edges { cursor node { id title status lastActivityAt category { id slug } author { displayName } tags { name } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

let t: TestApp;
beforeAll(async () => {
  // With mail on, as `npm start` runs it: the seed must send nothing.
  t = await startTestApp({ mail: true });
  await seedDemoCommunity(t.app.deps, { passwordCost: 10 });
});
afterAll(async () => t?.close());

describe('browsing the seeded community', () => {
  it('seeds at least 60 threads with answers, some resolved, some with official answers', async () => {
    const [row] = await t.sql(`select count(*)::int as topics,
      count(*) filter (where status = 'resolved')::int as resolved,
      count(*) filter (where official_answer_id is not null)::int as official,
      (select count(*)::int from answer) as answers from topic`);
    expect(row.topics).toBeGreaterThanOrEqual(60);
    expect(row.resolved).toBeGreaterThan(10);
    expect(row.official).toBeGreaterThan(5);
    // The demo's history is not news: nothing from it waits to be emailed.
    expect((await t.sql("select (select count(*) from mail_outbox)::int + (select count(*) from notification where email_pending)::int as n"))[0].n).toBe(0);
    expect(t.mail!.total).toBe(0);
    expect(row.answers).toBeGreaterThan(row.topics);
  });

  // Issue 12, item 8: Ines, an expert with 14 answers and 10 accepted, had 10 reputation and the
  // leaderboard said "0 accepted": the demo was written behind the services' back.
  it("seeds through the product's services: every member's figures are what the product computes", async () => {
    const [settings] = await t.sql('select * from reputation_settings');
    const rows = await t.sql(`select u.id, u.display_name, u.reputation, u.role,
        coalesce((select sum(points) from reputation_event r where r.user_id = u.id), 0)::int as history,
        (select coalesce(sum(case when v.value > 0 then 1 else 0 end), 0)::int from answer_vote v join answer a on a.id = v.answer_id where a.author_id = u.id) as upvotes,
        (select coalesce(sum(case when v.value < 0 then 1 else 0 end), 0)::int from answer_vote v join answer a on a.id = v.answer_id where a.author_id = u.id) as downvotes,
        (select count(*)::int from topic t join answer a on a.id = t.accepted_answer_id where a.author_id = u.id and t.author_id <> u.id) as accepted,
        -- Nobody earns from their own action: an official mark set by the answer's own author earns nothing.
        (select count(*)::int from topic t join answer a on a.id = t.official_answer_id where a.author_id = u.id
           and u.id <> (select e.actor_id from event e where e.kind = 'answer_marked_official' and e.answer_id = a.id order by e.id desc limit 1)) as official,
        (select count(*)::int from topic_me_too m join topic t on t.id = m.topic_id where t.author_id = u.id) as me_too
      from app_user u`);
    for (const u of rows) {
      const expected = u.upvotes * settings.answer_upvoted + u.downvotes * settings.answer_downvoted + u.accepted * settings.answer_accepted + u.official * settings.answer_official + u.me_too * settings.question_me_too;
      expect({ name: u.display_name, reputation: u.reputation }).toEqual({ name: u.display_name, reputation: Math.max(0, expected) });
      expect(u.history).toBe(u.reputation);
      if (u.role === 'customer') expect(u.reputation).toBeLessThan(settings.expert_threshold);
    }
    // Ines as the product shows her: profile, leaderboard and answer scores agree with the rows.
    const ines = rows.find((u) => u.display_name === 'Ines Okafor')!;
    const id = Buffer.from(`User:${ines.id}`).toString('base64url');
    const { userProfile } = await t.visitor().ok('query($id: ID!) { userProfile(id: $id) { acceptedCount user { reputation } } }', { id });
    expect(userProfile).toEqual({ acceptedCount: ines.accepted, user: { reputation: ines.reputation } });
    expect(ines.accepted).toBeGreaterThan(5);
    const { leaderboard } = await t.visitor().ok('{ leaderboard(period: ALL) { user { displayName } points acceptedAnswers } }');
    expect(leaderboard.find((row: any) => row.user.displayName === 'Ines Okafor')).toMatchObject({ points: ines.reputation, acceptedAnswers: ines.accepted });
    const [scores] = await t.sql(`select count(*)::int as wrong from answer a where a.score <> coalesce((select sum(value) from answer_vote v where v.answer_id = a.id), 0)`);
    expect(scores.wrong).toBe(0);
    // Times are spread over the last two months, in the order things happened.
    const [times] = await t.sql(`select
        (select count(*)::int from topic where created_at > now() or created_at < now() - interval '61 days') as topics_out_of_range,
        (select count(*)::int from answer a join topic t on t.id = a.topic_id where a.created_at < t.created_at or a.created_at > now()) as answers_out_of_order,
        (select count(*)::int from reputation_event where created_at > now()) as future_reputation,
        (select count(*)::int from topic where sla_due_at is not null and sla_due_at < created_at) as deadlines_before_asking,
        (select count(*)::int from topic where first_answer_at is not null and first_answer_at < created_at) as first_answers_before_asking`);
    expect(times).toEqual({ topics_out_of_range: 0, answers_out_of_order: 0, future_reputation: 0, deadlines_before_asking: 0, first_answers_before_asking: 0 });
  });

  it('seeds only once', async () => {
    expect(await seedDemoCommunity(t.app.deps, { passwordCost: 10 })).toBeNull();
    expect((await t.sql('select count(*)::int as n from topic'))[0].n).toBe(seedThreads.length);
  });

  it('pages through every topic, most recent activity first, with no gap and no repeat', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let lastActivity = Infinity;
    for (let page = 0; page < 10; page++) {
      const { topics }: { topics: any } = await t.visitor().ok(TOPICS, { first: 25, after });
      for (const { node } of topics.edges) {
        const at = Date.parse(node.lastActivityAt);
        expect(at).toBeLessThanOrEqual(lastActivity);
        lastActivity = at;
        seen.push(node.id);
      }
      expect(topics.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!topics.pageInfo.hasNextPage) break;
      after = topics.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(seedThreads.length);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('lists categories with their topic counts, and filters topics by category', async () => {
    const { categories } = await t.visitor().ok('{ categories { id slug name topicCount } }');
    expect(categories.map((c: { slug: string }) => c.slug)).toEqual([
      'getting-started', 'backup-restore', 'sync-devices', 'billing', 'integrations', 'feature-requests',
    ]);
    const billing = categories.find((c: { slug: string }) => c.slug === 'billing');
    expect(billing.topicCount).toBe(seedThreads.filter((s) => s.category === 'billing').length);
    const { topics } = await t.visitor().ok(TOPICS, { first: 100, categoryId: billing.id });
    expect(topics.edges).toHaveLength(billing.topicCount);
    expect(topics.edges.every((e: any) => e.node.category.slug === 'billing')).toBe(true);
  });

  it('shows a topic with its answers: official first, then accepted, then by score', async () => {
    const [row] = await t.sql(`select id from topic where title = 'First backup stuck at "Scanning files" for hours'`);
    const id = Buffer.from(`Topic:${row.id}`).toString('base64url');
    const { topic } = await t.visitor().ok(
      `query($id: ID!) { topic(id: $id) { title status answerCount acceptedAnswer { id } officialAnswer { id }
        answers { edges { node { id score isOfficial isAccepted author { displayName role } } } } } }`,
      { id },
    );
    expect(topic.status).toBe('RESOLVED');
    const answers = topic.answers.edges.map((e: any) => e.node);
    expect(answers).toHaveLength(2);
    expect(answers[0]).toMatchObject({ isOfficial: true, isAccepted: false, author: { role: 'STAFF' } });
    expect(answers[1]).toMatchObject({ isOfficial: false, isAccepted: true, score: 12 });
    expect(topic.officialAnswer.id).toBe(answers[0].id);
    expect(topic.acceptedAnswer.id).toBe(answers[1].id);
    // The same object through the generic node field.
    const { node } = await t.visitor().ok('query($id: ID!) { node(id: $id) { id ... on Topic { title } } }', { id });
    expect(node).toEqual({ id, title: topic.title });
  });

  it('answers unknown ids with null, and malformed ids, cursors and page sizes with BAD_USER_INPUT', async () => {
    const missing = Buffer.from('Topic:999999').toString('base64url');
    expect((await t.visitor().ok('query($id: ID!) { topic(id: $id) { id } }', { id: missing })).topic).toBeNull();
    const cases: Array<[string, Record<string, unknown>]> = [
      ['query($id: ID!) { topic(id: $id) { id } }', { id: 'not-an-id' }],
      ['query($id: ID!) { topic(id: $id) { id } }', { id: Buffer.from('User:1').toString('base64url') }],
      [TOPICS, { first: 500 }],
      [TOPICS, { first: 0 }],
      [TOPICS, { after: 'garbage' }],
      [TOPICS, { after: Buffer.from('["yesterday", 1]').toString('base64url') }],
      [TOPICS, { categoryId: 'nope' }],
    ];
    for (const [query, variables] of cases) {
      const result = await t.visitor().execute(query, variables);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('markdown bodies', () => {
  it('render harmless: no script, no iframe, no javascript: link, no inline handler', async () => {
    const ann = await t.user();
    const { categories } = await t.visitor().ok('{ categories { id } }');
    const body = [
      '**Hi** <script>alert(1)</script>',
      '<iframe src="https://evil.example"></iframe>',
      '[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)',
      '<img src=x onerror="alert(1)">',
      '[fine](https://example.com/docs)',
    ].join('\n\n');
    const { askQuestion } = await ann.client.ok(
      'mutation($input: AskQuestionInput!) { askQuestion(input: $input) { topic { bodyHtml } } }',
      { input: { title: 'An XSS probe in markdown', body, categoryId: categories[0].id } },
    );
    const html: string = askQuestion.topic.bodyHtml;
    expect(html).toContain('<strong>Hi</strong>');
    expect(html).not.toMatch(/<script|<iframe|<img|href="javascript:|href="data:/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://example.com/docs" rel="nofollow ugc noopener noreferrer">fine</a>');
  });
});

describe('GraphQL guards', () => {
  it('refuses queries nested too deeply, before running them', async () => {
    const deepest = '{ topics { edges { node { answers { edges { node { author { id } } } } } } } }';
    expect((await t.visitor().execute(deepest)).errors).toBeUndefined();
    // Depth counts through fragments too; 13 levels is over the limit of 12.
    const abusive = `query { ...Q } fragment Q on Query { ${'topics { edges { node { '.repeat(4)} id ${'} } } '.repeat(4)} }`;
    const result = await t.visitor().execute(abusive);
    const depthError = result.errors?.find((e) => /nested too deeply/.test(e.message));
    expect(depthError?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.data).toBeUndefined();
  });

  it('refuses oversized queries', async () => {
    const huge = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`;
    const result = await t.visitor().execute(huge);
    expect(result.errors?.[0]?.message).toMatch(/more tha[nt] 3000 tokens/);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('keeps CSRF prevention on: a simple GET or form post runs nothing', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`);
    expect(response.status).toBe(400);
    const form = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ viewer { id } }"}' });
    expect(form.status).toBe(400);
  });

  it('hides internal errors behind a reference', async () => {
    // A topic whose author row is gone cannot resolve; the client must not see the SQL or stack.
    await t.sql('alter table topic drop constraint topic_author_id_foreign');
    const [category] = await t.sql('select id from category limit 1');
    const [row] = await t.sql("insert into topic (title, body, author_id, category_id) values ('orphan', 'x', 987654, $1) returning id", [category.id]);
    const result = await t.visitor().execute('query($id: ID!) { topic(id: $id) { author { id } } }', {
      id: Buffer.from(`Topic:${row.id}`).toString('base64url'),
    });
    await t.sql('delete from topic where id = $1', [row.id]);
    await t.sql('alter table topic add constraint topic_author_id_foreign foreign key (author_id) references app_user (id)');
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.errors?.[0]?.message).toMatch(/reference [0-9a-f-]{36}/);
    expect(JSON.stringify(result)).not.toMatch(/stack|vanished|select/i);
  });
});

describe('health', () => {
  it('reports liveness and readiness of PostgreSQL and Meilisearch', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', postgres: 'ok', meilisearch: 'ok' });
  });
});
