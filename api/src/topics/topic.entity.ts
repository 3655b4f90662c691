import { Collection, EntitySchema, OptionalProps } from '@mikro-orm/core';
import { User, type Plan } from '../accounts/user.entity.js';
import { Answer } from '../answers/answer.entity.js';
import { Category } from './category.entity.js';
import { Tag } from './tag.entity.js';

export const topicStatuses = ['open', 'answered', 'resolved', 'locked'] as const;
export type TopicStatus = (typeof topicStatuses)[number];

export class Topic {
  [OptionalProps]?: 'status' | 'isLocked' | 'isHidden' | 'meTooCount' | 'answerCount' | 'createdAt' | 'updatedAt' | 'editedAt' | 'lastActivityAt';
  id!: number;
  title!: string;
  body!: string;
  /** body rendered and sanitized at write time, so reads and live events never render. */
  bodyHtml!: string;
  author!: User;
  category!: Category;
  tags = new Collection<Tag>(this);
  status: TopicStatus = 'open';
  isLocked = false;
  /** Hidden by staff: only staff and the author see it; it leaves lists and search. */
  isHidden = false;
  clientMutationId?: string | null;
  acceptedAnswer?: Answer | null;
  officialAnswer?: Answer | null;
  duplicateOf?: Topic | null;
  meTooCount = 0;
  answerCount = 0;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
  lastActivityAt: Date = new Date();
  /** Set by an edit of the text, title, category or tags (not by votes or status). */
  editedAt: Date | null = null;
  /** The first answer by someone other than the asker: time to first answer, staff vs community. */
  firstAnswerAt?: Date | null;
  firstAnswerByStaff?: boolean | null;
  /** When an answer was first accepted or marked official; cleared when neither remains. */
  resolvedAt?: Date | null;
  /** First-response deadline from the asker's plan (sla.service.ts); null for staff questions. */
  slaDueAt?: Date | null;
  slaPlan?: Plan | null;
  /** The first answer by staff: the first response the SLA counts. */
  staffAnsweredAt?: Date | null;
  /** The staff member handling it, so two do not answer the same question. */
  claimedBy?: User | null;
  claimedAt?: Date | null;
}

export const TopicSchema = new EntitySchema<Topic>({
  class: Topic,
  tableName: 'topic',
  indexes: [
    { name: 'topic_activity_idx', expression: 'create index topic_activity_idx on topic (last_activity_at desc, id desc)' },
    {
      name: 'topic_category_activity_idx',
      expression: 'create index topic_category_activity_idx on topic (category_id, last_activity_at desc, id desc)',
    },
  ],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    title: { type: 'string', length: 200 },
    body: { type: 'text' },
    bodyHtml: { type: 'text', default: '' },
    author: { kind: 'm:1', entity: () => User, index: true },
    category: { kind: 'm:1', entity: () => Category },
    tags: { kind: 'm:n', entity: () => Tag, pivotTable: 'topic_tag', owner: true },
    status: { type: 'string', length: 16, default: 'open' },
    isLocked: { type: 'boolean', default: false },
    isHidden: { type: 'boolean', default: false },
    clientMutationId: { type: 'string', length: 64, nullable: true },
    acceptedAnswer: { kind: 'm:1', entity: () => Answer, nullable: true, deleteRule: 'set null' },
    officialAnswer: { kind: 'm:1', entity: () => Answer, nullable: true, deleteRule: 'set null' },
    duplicateOf: { kind: 'm:1', entity: () => Topic, nullable: true, deleteRule: 'set null' },
    meTooCount: { type: 'integer', default: 0 },
    answerCount: { type: 'integer', default: 0 },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()' },
    editedAt: { type: 'datetime', nullable: true },
    lastActivityAt: { type: 'datetime', defaultRaw: 'now()' },
    firstAnswerAt: { type: 'datetime', nullable: true },
    firstAnswerByStaff: { type: 'boolean', nullable: true },
    resolvedAt: { type: 'datetime', nullable: true },
    slaDueAt: { type: 'datetime', nullable: true },
    slaPlan: { type: 'string', length: 16, nullable: true },
    staffAnsweredAt: { type: 'datetime', nullable: true },
    claimedBy: { kind: 'm:1', entity: () => User, nullable: true, deleteRule: 'set null' },
    claimedAt: { type: 'datetime', nullable: true },
  },
});
