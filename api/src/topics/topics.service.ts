import { raw } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../graphql/context.js';
import { Answer } from '../answers/answer.entity.js';
import { Category } from './category.entity.js';
import { Topic } from './topic.entity.js';

export interface TopicPageOptions {
  limit: number;
  after: { lastActivityAt: Date; id: number } | null;
  categoryId: number | null;
}

export async function listCategories(ctx: ServiceContext): Promise<Category[]> {
  return ctx.em.find(Category, {}, { orderBy: { position: 'asc', name: 'asc' } });
}

export async function findCategoryBySlug(ctx: ServiceContext, slug: string): Promise<Category | null> {
  return ctx.em.findOne(Category, { slug });
}

/** Most recent activity first; keyset pagination on (last_activity_at, id), served by topic_activity_idx. */
export async function listTopics(ctx: ServiceContext, options: TopicPageOptions): Promise<Topic[]> {
  const { after } = options;
  return ctx.em.find(
    Topic,
    {
      ...(options.categoryId ? { category: options.categoryId } : {}),
      ...(after
        ? {
            $or: [
              { lastActivityAt: { $lt: after.lastActivityAt } },
              { lastActivityAt: after.lastActivityAt, id: { $lt: after.id } },
            ],
          }
        : {}),
    },
    { orderBy: { lastActivityAt: 'desc', id: 'desc' }, limit: options.limit },
  );
}

export async function findTopic(ctx: ServiceContext, id: number): Promise<Topic | null> {
  return ctx.em.findOne(Topic, { id });
}

/** Official first, then accepted, then by score, then oldest first: the order readers expect. */
export async function listAnswers(ctx: ServiceContext, topic: Topic, options: { limit: number; offset: number }): Promise<Answer[]> {
  const officialId = topic.officialAnswer?.id ?? 0;
  const acceptedId = topic.acceptedAnswer?.id ?? 0;
  return ctx.em
    .createQueryBuilder(Answer, 'a')
    .select('*')
    .where({ topic: topic.id })
    .orderBy({
      [raw('a.id = ?', [officialId])]: 'desc',
      [raw('a.id = ?', [acceptedId])]: 'desc',
      score: 'desc',
      createdAt: 'asc',
      id: 'asc',
    })
    .limit(options.limit)
    .offset(options.offset)
    .getResult();
}
