import type { GraphQLClient } from './graphql-client.js';
import { unique, type TestApp } from './test-app.js';

/** Story-level steps shared by the live Q&A tests: each creates its own data. */
export async function firstCategoryId(t: TestApp): Promise<string> {
  const [existing] = await t.sql<{ id: number }>('select id from category order by id limit 1');
  const id = existing?.id ?? (await t.sql<{ id: number }>("insert into category (slug, name) values ($1, 'General') returning id", [unique('general-')]))[0]!.id;
  return Buffer.from(`Category:${id}`).toString('base64url');
}

/** Asks through the API; `t` finds a category unless overrides name one (benchmarks pass null). */
export async function ask(t: TestApp | null, user: GraphQLClient, overrides: Record<string, unknown> = {}): Promise<{ id: string; dbId: number }> {
  const categoryId = overrides.categoryId ?? (await firstCategoryId(t!));
  const { askQuestion } = await user.ok(
    'mutation($input: AskQuestionInput!) { askQuestion(input: $input) { topic { id } } }',
    { input: { title: `Backups fail with E1042 ${unique('')}`, body: 'Every night the backup fails with error E1042 after an hour.', ...overrides, categoryId } },
  );
  return { id: askQuestion.topic.id, dbId: Number(Buffer.from(askQuestion.topic.id, 'base64url').toString().split(':')[1]) };
}

export async function answer(user: GraphQLClient, topicId: string, body = 'Turn on Wake to back up in Settings.'): Promise<string> {
  const { postAnswer } = await user.ok('mutation($input: PostAnswerInput!) { postAnswer(input: $input) { answer { id } } }', {
    input: { topicId, body },
  });
  return postAnswer.answer.id;
}

export const VOTE = 'mutation($input: VoteOnAnswerInput!) { voteOnAnswer(input: $input) { answer { id score viewerVote } } }';
export const ACCEPT = 'mutation($input: AnswerIdInput!) { acceptAnswer(input: $input) { topic { id status } answer { id isAccepted } } }';
export const OFFICIAL = 'mutation($input: AnswerIdInput!) { markAnswerAsOfficial(input: $input) { topic { id status } answer { id isOfficial } } }';
export const LOCK = 'mutation($input: TopicIdInput!) { lockTopic(input: $input) { topic { id status isLocked } } }';
export const UNLOCK = 'mutation($input: TopicIdInput!) { unlockTopic(input: $input) { topic { id status isLocked } } }';
export const POST_ANSWER = 'mutation($input: PostAnswerInput!) { postAnswer(input: $input) { answer { id } topic { answerCount } } }';
export const EDIT_TOPIC = 'mutation($input: EditTopicInput!) { editTopic(input: $input) { topic { id title } } }';
export const EDIT_ANSWER = 'mutation($input: EditAnswerInput!) { editAnswer(input: $input) { answer { id body } } }';
export const ME_TOO = 'mutation($input: SetMeTooInput!) { setMeToo(input: $input) { topic { id meTooCount viewerHasMeToo } } }';
