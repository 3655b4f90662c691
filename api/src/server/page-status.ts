import type { EntityManager } from '@mikro-orm/postgresql';
import { parseGlobalId } from '../graphql/ids.js';

/**
 * The web app's routes as the server sees them, so an address that shows "not found" in the app
 * also answers HTTP 404 (search engines drop it, link checkers report it). Keep in step with
 * web/src/App.tsx; thread pages (/t/:id) are answered by the server-rendered thread page.
 */
const fixedPages = new Set([
  '/', '/ask', '/search', '/login', '/signup', '/leaderboard', '/u/me',
  '/staff/dashboard', '/staff/moderation', '/staff/queue', '/admin/users', '/admin/settings', '/admin/email',
  '/settings', '/forgot-password', '/reset-password', '/verify-email', '/confirm-email', '/unsubscribe',
]);

type Lookup = (em: EntityManager, param: string) => Promise<boolean>;
const exists = async (em: EntityManager, sql: string, value: unknown) => (await em.getConnection().execute(sql, [value])).length > 0;

const pagesWithParam: Array<[RegExp, Lookup]> = [
  [/^\/c\/([^/]+)$/, (em, slug) => exists(em, 'select 1 from category where slug = ?', slug.slice(0, 60))],
  [/^\/tag\/([^/]+)$/, (em, name) => exists(em, 'select 1 from tag where name = ?', name.slice(0, 40))],
  [
    /^\/u\/([^/]+)$/,
    async (em, id) => {
      const parsed = parseGlobalId(id);
      return parsed?.type === 'User' && exists(em, 'select 1 from app_user where id = ?', parsed.id);
    },
  ],
];

/** 200 when the app has a page at this path (and its object exists), else 404. */
export async function pageStatus(em: EntityManager, pathname: string): Promise<200 | 404> {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (fixedPages.has(path)) return 200;
  for (const [pattern, lookup] of pagesWithParam) {
    const match = pattern.exec(path);
    if (!match) continue;
    let param: string;
    try {
      param = decodeURIComponent(match[1]!);
    } catch {
      return 404;
    }
    return (await lookup(em, param)) ? 200 : 404;
  }
  return 404;
}
