import type { TestApp } from './test-app.js';

export interface PageToVisit {
  path: string;
  /** A heading that shows the page has its content. */
  ready: string | RegExp;
}

/** Every page of the app, on the demo community, as each kind of user reaches it. */
export async function appPages(t: TestApp): Promise<{ publicPages: PageToVisit[]; memberPages: PageToVisit[]; staffPages: PageToVisit[] }> {
  const [topic] = await t.sql<{ id: number }>(
    'select id from topic where not is_hidden order by (select count(*) from answer a where a.topic_id = topic.id) desc, length(body) desc limit 1',
  );
  const [category] = await t.sql<{ slug: string; name: string }>('select slug, name from category order by id limit 1');
  const [tag] = await t.sql<{ name: string }>('select name from tag order by id limit 1');
  const [member] = await t.sql<{ id: number; display_name: string }>("select id, display_name from app_user where email = 'ines@demo.harbor.test'");
  const topicPath = `/t/${Buffer.from(`Topic:${topic!.id}`).toString('base64url')}`;
  const publicPages: PageToVisit[] = [
    { path: '/', ready: 'Recent questions' },
    { path: `/c/${category!.slug}`, ready: category!.name },
    { path: `/tag/${tag!.name}`, ready: /Tagged/ },
    { path: topicPath, ready: /answers?$/ },
    { path: '/search?q=restore', ready: /Results for/ },
    { path: '/leaderboard', ready: /helpers|Leaderboard/i },
    { path: `/u/${Buffer.from(`User:${member!.id}`).toString('base64url')}`, ready: member!.display_name },
    { path: '/login', ready: /Log in/ },
    { path: '/signup', ready: /Sign up|Create/ },
    { path: '/forgot-password', ready: 'Forgot your password?' },
    { path: '/reset-password?token=abc', ready: 'Choose a new password' },
    { path: '/unsubscribe?token=1.digest.x', ready: 'Unsubscribe' },
    { path: '/nowhere', ready: 'Page not found' },
  ];
  const memberPages: PageToVisit[] = [
    ...publicPages.filter((p) => !['/login', '/signup', '/forgot-password'].includes(p.path)),
    { path: '/ask', ready: /Ask/ },
    { path: '/settings', ready: 'Notifications' },
  ];
  const staffPages: PageToVisit[] = [
    { path: topicPath, ready: /answers?$/ },
    { path: '/staff/dashboard', ready: /dashboard/i },
    { path: '/staff/queue', ready: 'Support queue' },
    { path: '/staff/moderation', ready: 'Moderation' },
    { path: '/admin/users', ready: 'Users and roles' },
    { path: '/admin/settings', ready: 'Support settings' },
    { path: '/admin/email', ready: 'Outbox' },
  ];
  return { publicPages, memberPages, staffPages };
}
