import type { Role } from '../accounts/user.entity.js';
import type { EventVisibility } from '../topics/permissions.js';
import type { TopicStatus } from '../topics/topic.entity.js';

export const eventKinds = [
  'topic_created',
  'topic_edited',
  'topic_updated',
  'answer_posted',
  'answer_edited',
  'answer_voted',
  'answer_accepted',
  'answer_unaccepted',
  'answer_marked_official',
  'answer_unmarked_official',
  'topic_hidden',
  'topic_unhidden',
  'answer_hidden',
  'answer_unhidden',
  'topic_claimed',
  'topic_unclaimed',
  'post_flagged',
  'flags_dismissed',
  'resync',
] as const;
export type EventKind = (typeof eventKinds)[number];

export interface UserSnapshot {
  id: number;
  displayName: string;
  role: Role;
}

export interface CategorySnapshot {
  id: number;
  slug: string;
  name: string;
}

/** Built by the SQL function topic_snapshot() in the writing transaction. */
export interface TopicSnapshot {
  id: number;
  title: string;
  bodyHtml: string;
  status: TopicStatus;
  isLocked: boolean;
  meTooCount: number;
  answerCount: number;
  acceptedAnswerId: number | null;
  officialAnswerId: number | null;
  lastActivityAt: string;
  createdAt: string;
  author: UserSnapshot;
  category: CategorySnapshot;
  tags: string[];
  isHidden: boolean;
  duplicateOfId: number | null;
}

export interface AnswerSnapshot {
  id: number;
  bodyHtml: string;
  score: number;
  isAccepted: boolean;
  isOfficial: boolean;
  createdAt: string;
  updatedAt: string;
  author: UserSnapshot;
  isHidden: boolean;
}

export type Audience = 'public' | 'staff';

/** One row of the event table: what subscribers receive, replayed or live. */
export interface LiveEvent {
  /** bigserial, as a string: the cursor. */
  id: string;
  kind: EventKind;
  topicId: number | null;
  categoryId: number | null;
  answerId: number | null;
  audience: Audience;
  occurredAt: Date;
  topic: TopicSnapshot | null;
  answer: AnswerSnapshot | null;
  actor: UserSnapshot | null;
  /** Read with the event at delivery: who may see it now (canViewEvent). */
  visibility: EventVisibility;
}

/** Ephemeral: never stored, never replayed. */
export interface TypingSignal {
  topicId: number;
  user: UserSnapshot;
}

export function resyncEvent(cursor: string): LiveEvent {
  return {
    id: cursor,
    kind: 'resync',
    topicId: null,
    categoryId: null,
    answerId: null,
    audience: 'public',
    occurredAt: new Date(),
    topic: null,
    answer: null,
    actor: null,
    visibility: { audience: 'public', idsOnly: true, topic: null, answer: null },
  };
}
