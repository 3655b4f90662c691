import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITEMAP_LIMIT } from '../../api/src/server/discovery.js';
import { ACCEPT, answer, ask } from '../support/forum.js';
import { startTestApp, unique, type TestApp } from '../support/test-app.js';

// Issue 12, item 12: what search engines and feed readers fetch.
let t: TestApp;
const PUBLIC_URL = 'https://community.harbor.test';
beforeAll(async () => {
  t = await startTestApp({ publicUrl: PUBLIC_URL });
});
afterAll(async () => t?.close());

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${t.url}${path}`, { headers, redirect: 'manual' });
  return { status: response.status, type: response.headers.get('content-type') ?? '', location: response.headers.get('location'), body: await response.text() };
};
const topicUrl = (id: string) => `${PUBLIC_URL}/t/${id}`;

describe('for search engines and feed readers', () => {
  let solved: { id: string; dbId: number };
  let open: { id: string; dbId: number };
  let hidden: { id: string; dbId: number };
  let duplicate: { id: string; dbId: number };
  let categorySlug: string;
  beforeAll(async () => {
    const asker = await t.user();
    const expert = await t.user('expert');
    open = await ask(t, asker.client, { title: `Open question about <b>sync</b> ${unique('')}` });
    solved = await ask(t, asker.client, { title: `Solved question about restore ${unique('')}` });
    await asker.client.ok(ACCEPT, { input: { answerId: await answer(expert.client, solved.id) } });
    hidden = await ask(t, asker.client, { title: `Spam question nobody should see ${unique('')}` });
    duplicate = await ask(t, asker.client, { title: `Duplicate of the solved one ${unique('')}` });
    await t.sql('update topic set is_hidden = true where id = $1', [hidden.dbId]);
    await t.sql('update topic set duplicate_of_id = $1 where id = $2', [solved.dbId, duplicate.dbId]);
    const [row] = await t.sql<{ slug: string }>('select c.slug from category c join topic t on t.category_id = c.id where t.id = $1', [open.dbId]);
    categorySlug = row!.slug;
  });

  it('robots.txt keeps crawlers out of staff pages and the API and names the sitemap', async () => {
    const robots = await get('/robots.txt');
    expect(robots.status).toBe(200);
    expect(robots.type).toContain('text/plain');
    for (const line of ['User-agent: *', 'Disallow: /staff/', 'Disallow: /admin/', 'Disallow: /graphql', `Sitemap: ${PUBLIC_URL}/sitemap.xml`]) expect(robots.body).toContain(line);
  });

  it('sitemap.xml lists public threads, solved first, with last-modified dates; never hidden ones or duplicates', async () => {
    const sitemap = await get('/sitemap.xml', { host: 'evil.test' });
    expect(sitemap.status).toBe(200);
    expect(sitemap.type).toContain('application/xml');
    expect(sitemap.body).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const locs = [...sitemap.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(topicUrl(solved.id));
    expect(locs).toContain(topicUrl(open.id));
    expect(locs.indexOf(topicUrl(solved.id))).toBeLessThan(locs.indexOf(topicUrl(open.id)));
    expect(locs).not.toContain(topicUrl(hidden.id));
    expect(locs).not.toContain(topicUrl(duplicate.id));
    expect(sitemap.body).not.toContain('evil.test'); // PUBLIC_URL, not the Host header
    expect((await fetch(`${t.url}/sitemap.xml`)).headers.get('cache-control')).toBe('public, max-age=300');
    const entry = new RegExp(`<loc>${topicUrl(open.id)}</loc><lastmod>([^<]+)</lastmod>`).exec(sitemap.body);
    expect(Number.isNaN(Date.parse(entry![1]!))).toBe(false);
  });

  it('feeds: the latest questions and one category, in Atom and RSS, escaped, without hidden posts', async () => {
    const atom = await get('/feeds/latest.atom');
    expect(atom.status).toBe(200);
    expect(atom.type).toContain('application/atom+xml');
    expect(atom.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(atom.body).toContain(topicUrl(open.id));
    expect(atom.body).not.toContain(topicUrl(hidden.id));
    expect(atom.body).toContain('&#60;b&#62;sync&#60;/b&#62;'); // a title's markup is shown, not applied
    expect(atom.body).not.toMatch(/<b>sync<\/b>/);
    const rss = await get(`/feeds/c/${categorySlug}.rss`);
    expect(rss.status).toBe(200);
    // RSS takes text: the title as typed, no entity left for a reader to show.
    expect(rss.body).toContain('<b>sync</b>');
    expect(rss.body).not.toContain('&#60;');
    expect(rss.body).not.toMatch(/&amp;#\d+;/); // nothing escaped twice
    expect(rss.type).toContain('application/rss+xml');
    expect(rss.body).toContain('<rss version="2.0"');
    expect(rss.body).toContain(topicUrl(open.id));
    expect((await get('/feeds/c/no-such-category.atom')).status).toBe(404);
    const page = await get('/');
    expect(page.body).toContain('<link rel="alternate" type="application/atom+xml"');
  });

  it('a favicon, also where browsers look for it unasked', async () => {
    const icon = await get('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.type).toContain('image/svg+xml');
    expect(await get('/favicon.ico')).toMatchObject({ status: 301, location: '/favicon.svg' });
    expect((await get('/')).body).toContain('<link rel="icon" href="/favicon.svg"');
  });
});

it('without PUBLIC_URL, links follow the Host header, so no shared cache may keep them', async () => {
  const plain = await startTestApp();
  try {
    const response = await fetch(`${plain.url}/sitemap.xml`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain(`<loc>${plain.url}/</loc>`);
  } finally {
    await plain.close();
  }
});

it(`over ${SITEMAP_LIMIT.toLocaleString('en')} threads, sitemap.xml is an index of numbered sitemaps`, async () => {
  const [{ author, category }] = await t.sql('select (select id from app_user limit 1) as author, (select id from category limit 1) as category');
  await t.sql(
    `insert into topic (title, body, body_html, author_id, category_id, created_at, updated_at, last_activity_at)
     select 'Bulk question number ' || i, 'body', '<p>body</p>', $1, $2, now(), now(), now() from generate_series(1, $3::int) i`,
    [author, category, SITEMAP_LIMIT + 10],
  );
  const index = await get('/sitemap.xml');
  expect(index.body).toContain('<sitemapindex');
  const pages = [...index.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(pages).toEqual([`${PUBLIC_URL}/sitemaps/threads-1.xml`, `${PUBLIC_URL}/sitemaps/threads-2.xml`]);
  const second = await get('/sitemaps/threads-2.xml');
  expect(second.status).toBe(200);
  expect([...second.body.matchAll(/<url>/g)].length).toBeGreaterThan(10);
  expect((await get('/sitemaps/threads-9.xml')).status).toBe(404);
}, 60_000);
