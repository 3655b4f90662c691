import type { StatsGranularity } from '../graphql/generated/graphql.js';

export const DAY = 86_400_000;
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export interface StatsRange {
  from: string;
  to: string;
  granularity: StatsGranularity;
}

/** The dashboard's period from its address (?from, ?to, ?by): the last 31 days by day unless chosen. */
export function statsRange(params: { from?: string; to?: string; by?: string }): StatsRange {
  const to = params.to ? new Date(`${params.to}T00:00:00Z`) : new Date(Date.now() + DAY);
  const from = params.from ? new Date(`${params.from}T00:00:00Z`) : new Date(to.getTime() - 31 * DAY);
  const days = (to.getTime() - from.getTime()) / DAY;
  return { from: isoDay(from), to: isoDay(to), granularity: params.by === 'week' || days > 180 ? 'WEEK' : 'DAY' };
}
