import type { TopicStatus } from '../graphql/generated/graphql.js';

const labels: Record<TopicStatus, string> = { OPEN: 'Unanswered', ANSWERED: 'Answered', RESOLVED: 'Resolved', LOCKED: 'Locked' };

export function StatusBadge(props: { status: TopicStatus }) {
  return <span class={`status status-${props.status.toLowerCase()}`}>{labels[props.status]}</span>;
}
