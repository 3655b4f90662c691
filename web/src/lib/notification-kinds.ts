import type { EmailDelivery, NotificationKind } from '../graphql/generated/graphql.js';

/** How each kind is named where members choose what they get (settings). */
export const kindLabel: Record<NotificationKind, string> = {
  ANSWER_TO_MY_QUESTION: 'Answers to my questions',
  ANSWER_ACCEPTED: 'My answer accepted',
  OFFICIAL_ANSWER: 'Official answers on topics I follow',
  NEW_ANSWER: 'New answers on topics I follow',
  MENTION: '@mentions',
  NEW_TOPIC: 'New questions in categories I follow',
};

export const deliveryLabel: Record<EmailDelivery, string> = {
  IMMEDIATE: 'At once',
  DIGEST: 'Daily digest',
  NEVER: 'Never',
};
