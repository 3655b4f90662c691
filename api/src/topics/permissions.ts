import { isStaff, type User } from '../accounts/user.entity.js';
import type { Topic, TopicStatus } from './topic.entity.js';

/**
 * Who may do what to topics and answers: the one place both the services (which enforce) and the
 * viewerCan* fields (which tell the client what to offer) ask.
 */
type Viewer = Pick<User, 'id' | 'role'> | null;
type TopicRef = Pick<Topic, 'isLocked'> & { author: { id: number }; duplicateOf?: { id: number } | null };
type AnswerRef = { author: { id: number } };
type PostRef = { author: { id: number }; isHidden: boolean };

export const canAsk = (viewer: Viewer) => viewer !== null;
export const canEditTopic = (viewer: Viewer, topic: TopicRef) =>
  viewer !== null && (isStaff(viewer) || (viewer.id === topic.author.id && !topic.isLocked));
/** Duplicates take no answers (they go to the original); locked topics take answers from staff only. */
export const canAnswer = (viewer: Viewer, topic: TopicRef) => viewer !== null && !topic.duplicateOf && (!topic.isLocked || isStaff(viewer));
export const canEditAnswer = (viewer: Viewer, answer: AnswerRef, topic: TopicRef) =>
  viewer !== null && (isStaff(viewer) || (viewer.id === answer.author.id && !topic.isLocked));
export const canVote = (viewer: Viewer, answer: AnswerRef) => viewer !== null && viewer.id !== answer.author.id;
export const canMeToo = (viewer: Viewer, topic: TopicRef) => viewer !== null && viewer.id !== topic.author.id && !topic.duplicateOf;
export const canAccept = (viewer: Viewer, topic: TopicRef) => viewer !== null && (isStaff(viewer) || viewer.id === topic.author.id);
export const canMarkOfficial = (viewer: Viewer) => isStaff(viewer);
export const canLock = (viewer: Viewer) => isStaff(viewer);
export const canModerate = (viewer: Viewer) => isStaff(viewer);
/** Hidden posts stay visible to staff and to their author, marked hidden. */
export const canViewPost = (viewer: Viewer, post: PostRef) => !post.isHidden || isStaff(viewer) || viewer?.id === post.author.id;
export const canViewTopic = canViewPost;
/** An answer shows where both it and its question may be seen. */
export const canViewAnswer = (viewer: Viewer, answer: PostRef, topic: PostRef) => canViewPost(viewer, answer) && canViewTopic(viewer, topic);

/** What delivery knows of a live event: its audience and the current state of the posts it is about. */
export interface EventVisibility {
  audience: 'public' | 'staff';
  /** Hide and unhide events carry ids only: everyone gets them, to drop or refetch the post. */
  idsOnly: boolean;
  topic: { isHidden: boolean; authorId: number } | null;
  answer: { isHidden: boolean; authorId: number } | null;
}

/**
 * Live events, replayed or live, are judged against the posts as they are now, not as they were
 * when the event was written: hiding a post takes every earlier snapshot of it out of reach.
 */
export function canViewEvent(viewer: Viewer, event: EventVisibility): boolean {
  if (isStaff(viewer)) return true;
  if (event.audience !== 'public') return false;
  if (event.idsOnly) return true;
  const visible = (post: EventVisibility['topic']) => !post || canViewPost(viewer, { isHidden: post.isHidden, author: { id: post.authorId } });
  return visible(event.topic) && visible(event.answer);
}
export const canFlag = (viewer: Viewer, post: PostRef) => viewer !== null && viewer.id !== post.author.id;

/** open → answered (has an answer) → resolved (accepted or official); locked overrides. */
export function deriveStatus(topic: Pick<Topic, 'isLocked' | 'answerCount'> & { acceptedAnswer?: unknown; officialAnswer?: unknown }): TopicStatus {
  if (topic.isLocked) return 'locked';
  if (topic.acceptedAnswer || topic.officialAnswer) return 'resolved';
  return topic.answerCount > 0 ? 'answered' : 'open';
}

/** Sets the status after a change, and when the topic became resolved (kept while it stays so). */
export function refreshStatus(topic: Topic, now = new Date()): void {
  topic.status = deriveStatus(topic);
  const solved = Boolean(topic.acceptedAnswer || topic.officialAnswer);
  if (!solved) topic.resolvedAt = null;
  else if (!topic.resolvedAt) topic.resolvedAt = now;
}
