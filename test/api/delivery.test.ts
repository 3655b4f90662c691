import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { pruneEvents } from '../../api/src/live/event-log.js';
import { freePort } from '../../api/src/embedded/process.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { ask, answer, firstCategoryId, VOTE } from '../support/forum.js';
import { collect, subscriptionError, TOPIC_ACTIVITY } from '../support/live.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

describe('delivery across API processes', () => {
  let second: ChildProcess | undefined;
  afterAll(() => {
    second?.kill('SIGTERM');
  });

  it('a change made through one process reaches a subscriber of another, and back', async () => {
    const meili = inject('meilisearch');
    const port = await freePort();
    let output = '';
    second = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
      env: { ...process.env, DATABASE_URL: t.databaseUrl, MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, MEILI_INDEX: `threads_${new URL(t.databaseUrl).pathname.slice(1)}`, PORT: String(port), SEED_DEMO: 'false', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    second.stdout!.on('data', (c: Buffer) => (output += c));
    second.stderr!.on('data', (c: Buffer) => (output += c));
    const deadline = Date.now() + 30_000;
    while (!output.includes('Commons is running')) {
      if (Date.now() > deadline || second.exitCode !== null) throw new Error(`second process did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const otherUrl = `http://127.0.0.1:${port}`;

    const asker = await t.user();
    const expert = await t.user('expert');
    const topic = await ask(t, asker.client);

    // Ann watches through process B; Ed answers through process A.
    const watcherOnB = new GraphQLClient(otherUrl);
    watcherOnB.cookie = asker.client.cookie;
    const onB = collect(watcherOnB, TOPIC_ACTIVITY, { topicId: topic.id }, 'topicActivity');
    const onA = collect(asker.client, TOPIC_ACTIVITY, { topicId: topic.id }, 'topicActivity');
    await new Promise((r) => setTimeout(r, 200));
    const answerId = await answer(expert.client, topic.id);
    const [eventOnB] = await onB.waitFor(1);
    expect(eventOnB).toMatchObject({ kind: 'ANSWER_POSTED', answer: { id: answerId }, topic: { status: 'ANSWERED', answerCount: 1 } });

    // And a vote through process B reaches the subscriber on A, with the new score.
    const voterOnB = new GraphQLClient(otherUrl);
    voterOnB.cookie = asker.client.cookie;
    await voterOnB.ok(VOTE, { input: { answerId, value: 1 } });
    const events = await onA.waitFor(2);
    expect(events[1]).toMatchObject({ kind: 'ANSWER_VOTED', answer: { id: answerId, score: 1 } });
    await onA.close();
    await onB.close();
  }, 60_000);
});

describe('no lost update', () => {
  it('a subscriber that reconnects with its last cursor gets exactly the 100 events it missed, in order', async () => {
    const asker = await t.user();
    const expert = await t.user('expert');
    const voters = await Promise.all(Array.from({ length: 4 }, () => t.user()));
    const topic = await ask(t, asker.client);
    const answerId = await answer(expert.client, topic.id);

    const first = collect(asker.client, TOPIC_ACTIVITY, { topicId: topic.id }, 'topicActivity');
    await new Promise((r) => setTimeout(r, 100));
    await voters[0]!.client.ok(VOTE, { input: { answerId, value: 1 } });
    const [seen] = await first.waitFor(1);
    await first.close(); // the reader's laptop goes to sleep

    // 100 changes while away: votes flipping between four users, each one a new score.
    let expectedScore = 1;
    const scores: number[] = [];
    const values = [0, 0, 0, 0];
    values[0] = 1;
    for (let i = 0; i < 100; i++) {
      const who = i % 4;
      const next = values[who] === 1 ? -1 : 1;
      expectedScore += next - values[who]!;
      values[who] = next;
      await voters[who]!.client.ok(VOTE, { input: { answerId, value: next } });
      scores.push(expectedScore);
    }
    // Someone else's topic changes too, and must not leak into this stream.
    await answer(expert.client, (await ask(t, asker.client)).id);

    const again = collect(asker.client, TOPIC_ACTIVITY, { topicId: topic.id, after: seen.cursor }, 'topicActivity');
    const replayed = await again.waitFor(100);
    await new Promise((r) => setTimeout(r, 300)); // nothing more may arrive
    await again.close();
    expect(replayed).toHaveLength(100);
    expect(replayed.map((e: any) => e.answer.score)).toEqual(scores);
    expect(replayed.every((e: any) => e.kind === 'ANSWER_VOTED')).toBe(true);
    const cursors = replayed.map((e: any) => BigInt(e.cursor));
    expect(cursors.every((c, i) => i === 0 || c > cursors[i - 1]!)).toBe(true);
    expect(cursors[0]! > BigInt(seen.cursor)).toBe(true);
  }, 60_000);

  it('replays the backlog and then continues live across the seam, with no duplicate', async () => {
    const asker = await t.user();
    const expert = await t.user('expert');
    const topic = await ask(t, asker.client);
    const { topic: page } = await asker.client.ok('query($id: ID!) { topic(id: $id) { liveCursor } }', { id: topic.id });
    const writes = (async () => {
      for (let i = 0; i < 20; i++) await answer(expert.client, topic.id, `Answer number ${i}`);
    })();
    await new Promise((r) => setTimeout(r, 30));
    const sub = collect(asker.client, TOPIC_ACTIVITY, { topicId: topic.id, after: page.liveCursor }, 'topicActivity');
    await writes;
    const events = await sub.waitFor(20);
    await new Promise((r) => setTimeout(r, 300));
    await sub.close();
    expect(events.map((e: any) => e.answer.bodyHtml)).toEqual(Array.from({ length: 20 }, (_, i) => `<p>Answer number ${i}</p>\n`));
  });

  it('tells a client whose cursor is older than the kept events to resync, instead of skipping silently', async () => {
    const asker = await t.user();
    const topic = await ask(t, asker.client);
    const { topic: page } = await asker.client.ok('query($id: ID!) { topic(id: $id) { liveCursor } }', { id: topic.id });
    await answer((await t.user()).client, topic.id);
    await pruneEvents(t.app.deps.orm.em.fork(), new Date(Date.now() + 1000));
    const sub = collect(asker.client, TOPIC_ACTIVITY, { topicId: topic.id, after: page.liveCursor }, 'topicActivity');
    const [event] = await sub.waitFor(1);
    await sub.close();
    expect(event).toMatchObject({ kind: 'RESYNC', topic: null });
  });

  it('refuses a subscription to a topic that does not exist, or a malformed cursor', async () => {
    const missing = Buffer.from('Topic:99999999').toString('base64url');
    expect((await subscriptionError(t.visitor(), TOPIC_ACTIVITY, { topicId: missing }))?.extensions?.code).toBe('NOT_FOUND');
    const topic = await ask(t, (await t.user()).client);
    expect((await subscriptionError(t.visitor(), TOPIC_ACTIVITY, { topicId: topic.id, after: 'yesterday' }))?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('shared execution of live events', () => {
  it('gives each subscriber the shape it asked for, even when many share one event', async () => {
    const asker = await t.user();
    const topic = await ask(t, asker.client);
    const narrow = collect(asker.client, 'subscription($id: ID!) { topicActivity(topicId: $id) { kind } }', { id: topic.id }, 'topicActivity');
    const wide = collect(t.visitor(), 'subscription($id: ID!) { topicActivity(topicId: $id) { kind cursor answer { score } } }', { id: topic.id }, 'topicActivity');
    const same = collect(t.visitor(), 'subscription($id: ID!) { topicActivity(topicId: $id) { kind } }', { id: topic.id }, 'topicActivity');
    await new Promise((r) => setTimeout(r, 150));
    await answer((await t.user()).client, topic.id);
    const [[a], [b], [c]] = await Promise.all([narrow.waitFor(1), wide.waitFor(1), same.waitFor(1)]);
    expect(a).toEqual({ kind: 'ANSWER_POSTED' });
    expect(b).toEqual({ kind: 'ANSWER_POSTED', cursor: expect.stringMatching(/^\d+$/), answer: { score: 0 } });
    expect(c).toEqual({ kind: 'ANSWER_POSTED' });
    await Promise.all([narrow.close(), wide.close(), same.close()]);
  });
});

describe('concurrency', () => {
  it('50 users upvoting one answer at once make its score exactly 50', async () => {
    const expert = await t.user('expert');
    const topic = await ask(t, (await t.user()).client);
    const answerId = await answer(expert.client, topic.id);
    const voters = await Promise.all(Array.from({ length: 50 }, () => t.user()));
    const results = await Promise.all(voters.map((v) => v.client.execute(VOTE, { input: { answerId, value: 1 } })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [row] = await t.sql('select score, (select count(*)::int from answer_vote where answer_id = answer.id) as votes from answer where id = $1', [
      Number(Buffer.from(answerId, 'base64url').toString().split(':')[1]),
    ]);
    expect(row).toEqual({ score: 50, votes: 50 });
  });

  it('the same user voting twice at once counts once', async () => {
    const expert = await t.user('expert');
    const topic = await ask(t, (await t.user()).client);
    const answerId = await answer(expert.client, topic.id);
    const voter = await t.user();
    await Promise.all(Array.from({ length: 5 }, () => voter.client.ok(VOTE, { input: { answerId, value: 1 } })));
    const { node } = await voter.client.ok('query($id: ID!) { node(id: $id) { ... on Answer { score viewerVote } } }', { id: answerId });
    expect(node).toEqual({ score: 1, viewerVote: 1 });
  });

  it('retrying a post with the same client mutation id creates one answer, even when the retries race', async () => {
    const expert = await t.user('expert');
    const topic = await ask(t, (await t.user()).client);
    const input = { topicId: topic.id, body: 'Restart the Harbor service.', clientMutationId: 'answer-attempt-1' };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => expert.client.ok('mutation($input: PostAnswerInput!) { postAnswer(input: $input) { answer { id } } }', { input })),
    );
    expect(new Set(results.map((r: any) => r.postAnswer.answer.id)).size).toBe(1);
    const [row] = await t.sql('select answer_count from topic where id = $1', [topic.dbId]);
    expect(row.answer_count).toBe(1);
    expect((await t.sql('select count(*)::int as n from answer where topic_id = $1', [topic.dbId]))[0].n).toBe(1);

    const asker = await t.user();
    const askInput = { title: 'Retried question about restores', body: 'This question is sent twice by a flaky network.', clientMutationId: 'ask-1', categoryId: await firstCategoryId(t) };
    const asked = await Promise.all([0, 1].map(() => asker.client.ok('mutation($input: AskQuestionInput!) { askQuestion(input: $input) { topic { id } } }', { input: askInput })));
    expect(asked[0]!.askQuestion.topic.id).toBe(asked[1]!.askQuestion.topic.id);
  });
});
