import { EntitySchema, OptionalProps } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { Topic } from '../topics/topic.entity.js';

export class Answer {
  [OptionalProps]?: 'score' | 'isHidden' | 'createdAt' | 'updatedAt' | 'editedAt';
  id!: number;
  topic!: Topic;
  author!: User;
  body!: string;
  bodyHtml!: string;
  clientMutationId?: string | null;
  score = 0;
  /** Hidden by staff: only staff and the author see it. */
  isHidden = false;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
  /** Set by an edit of the text, title, category or tags (not by votes or status). */
  editedAt: Date | null = null;
}

export const AnswerSchema = new EntitySchema<Answer>({
  class: Answer,
  tableName: 'answer',
  indexes: [{ name: 'answer_topic_idx', properties: ['topic', 'createdAt'] }],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    topic: { kind: 'm:1', entity: () => Topic, deleteRule: 'cascade' },
    author: { kind: 'm:1', entity: () => User, index: true },
    body: { type: 'text' },
    bodyHtml: { type: 'text', default: '' },
    clientMutationId: { type: 'string', length: 64, nullable: true },
    score: { type: 'integer', default: 0 },
    isHidden: { type: 'boolean', default: false },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()' },
    editedAt: { type: 'datetime', nullable: true },
  },
});
