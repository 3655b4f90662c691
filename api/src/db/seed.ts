import type { EntityManager } from '@mikro-orm/postgresql';
import { displayNameKey } from '../accounts/display-name.js';
import { hashPassword } from '../accounts/password.js';
import { startSlaClock } from '../sla/sla.service.js';
import { isStaff, User } from '../accounts/user.entity.js';
import { writeSyntheticSignals } from '../deflection/synthetic-signals.js';
import { Answer } from '../answers/answer.entity.js';
import { Category } from '../topics/category.entity.js';
import { Tag } from '../topics/tag.entity.js';
import { Topic } from '../topics/topic.entity.js';
import { renderMarkdown } from '../markdown/render.js';
import { seedCategories, seedThreads, seedUsers } from './seed-data.js';

export const DEMO_PASSWORD = 'harbor-demo-2026';
export const demoEmail = (key: string) => `${key}@demo.harbor.test`;

/**
 * Writes the demo community once: it does nothing when categories already exist,
 * so restarts keep whatever users have changed.
 */
export async function seedDemoCommunity(
  em: EntityManager,
  options: { passwordCost: number; now?: Date },
): Promise<{ topics: number; users: number } | null> {
  if ((await em.count(Category, {})) > 0) return null;
  const now = options.now?.getTime() ?? Date.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD, options.passwordCost);

  return em.transactional(async (tx) => {
    const categories = new Map(seedCategories.map((c, position) => [c.slug, tx.create(Category, { ...c, position })]));
    const users = new Map(
      Object.entries(seedUsers).map(([key, [displayName, role]], i) => [
        key,
        tx.create(User, {
          email: demoEmail(key),
          passwordHash,
          displayName,
          nameKey: displayNameKey(displayName),
          role,
          plan: i % 5 === 0 ? 'premium' : 'free',
          createdAt: new Date(now - 120 * 86_400_000),
        }),
      ]),
    );
    const tags = new Map<string, Tag>();
    const tag = (name: string) => tags.get(name) ?? tags.set(name, tx.create(Tag, { name })).get(name)!;
    const user = (key: string) => {
      const found = users.get(key);
      if (!found) throw new Error(`seed: unknown user ${key}`);
      return found;
    };

    // Spread the threads over the last 60 days, newest last, answers minutes to hours later.
    for (const [i, thread] of seedThreads.entries()) {
      const askedAt = new Date(now - ((seedThreads.length - i) / seedThreads.length) * 60 * 86_400_000);
      const topic = tx.create(Topic, {
        title: thread.title,
        body: thread.body,
        bodyHtml: renderMarkdown(thread.body),
        author: user(thread.asker),
        category: categories.get(thread.category)!,
        meTooCount: thread.meToo ?? 0,
        createdAt: askedAt,
        updatedAt: askedAt,
        lastActivityAt: askedAt,
      });
      for (const name of thread.tags) topic.tags.add(tag(name));
      const answers = thread.answers.map(([author, body, score], j) => {
        const answeredAt = new Date(askedAt.getTime() + (j + 1) * (17 + ((i * 37) % 240)) * 60_000);
        topic.lastActivityAt = answeredAt;
        return tx.create(Answer, { topic, author: user(author), body, bodyHtml: renderMarkdown(body), score, createdAt: answeredAt, updatedAt: answeredAt });
      });
      topic.answerCount = answers.length;
      if (thread.accepted !== undefined) topic.acceptedAnswer = answers[thread.accepted];
      if (thread.official !== undefined) topic.officialAnswer = answers[thread.official];
      topic.status = topic.acceptedAnswer || topic.officialAnswer ? 'resolved' : answers.length > 0 ? 'answered' : 'open';
      const first = answers.find((a) => a.author !== topic.author);
      topic.firstAnswerAt = first?.createdAt ?? null;
      topic.firstAnswerByStaff = first ? isStaff(first.author) : null;
      const solution = topic.officialAnswer ?? topic.acceptedAnswer;
      topic.resolvedAt = solution ? new Date(solution.createdAt.getTime() + 3_600_000) : null;
      topic.staffAnsweredAt = answers.find((a) => isStaff(a.author))?.createdAt ?? null;
      // Deadlines from the askers' plans, so the support queue and its figures have content.
      await startSlaClock(tx, topic.author, topic);
    }
    await tx.flush();
    // Written without events (nobody watches a fresh install), but search must still learn of them.
    await tx.execute('insert into search_outbox (topic_id) select id from topic order by id');
    // Two months of visits, so the support dashboard has something to show on a fresh install.
    await writeSyntheticSignals(tx, { sessions: 300, days: 60, now: new Date(now) });
    return { topics: seedThreads.length, users: users.size };
  });
}
