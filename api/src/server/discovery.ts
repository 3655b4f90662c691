import express from 'express';
import { Feed } from 'feed';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppDeps, ServiceContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/ids.js';
import { escapeHtml } from '../markdown/render.js';
import { plainText } from '../search/documents.js';
import { countSitemapThreads, findCategoryBySlug, listSitemapThreads, listTopics } from '../topics/topics.service.js';

/** Sitemaps hold at most 50,000 addresses each (sitemaps.org); more go into an index of sitemaps. */
export const SITEMAP_LIMIT = 50_000;
const FEED_SIZE = 30;

const xmlEscape = (value: string) => value.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/**
 * What search engines and feed readers fetch: robots.txt, sitemap.xml (public threads, solved
 * first, with their last change), Atom and RSS feeds of the latest questions, overall and per
 * category. All of it as a visitor sees the forum: the same listing services, so hidden posts never appear.
 */
export function discoveryRoutes(options: { orm: MikroORM; deps: AppDeps; siteUrl: (req: express.Request) => string; fixedSiteUrl: boolean }): express.Router {
  const router = express.Router();
  const visitor = (req: express.Request): ServiceContext => ({ em: options.orm.em.fork(), viewer: null, deps: options.deps, clientIp: req.ip ?? '' });
  // Without PUBLIC_URL the links come from the request's Host header: never let a shared cache keep them.
  const send = (res: express.Response, type: string, body: string) =>
    res.status(200).type(type).setHeader('Cache-Control', options.fixedSiteUrl ? 'public, max-age=300' : 'no-store').send(body);

  router.get('/robots.txt', (req, res) => {
    const site = options.siteUrl(req);
    send(res, 'text/plain', ['User-agent: *', 'Disallow: /staff/', 'Disallow: /admin/', 'Disallow: /graphql', 'Disallow: /login', 'Disallow: /signup', 'Disallow: /ask', '', `Sitemap: ${site}/sitemap.xml`, ''].join('\n'));
  });

  router.get(['/sitemap.xml', '/sitemaps/threads-:page.xml'], async (req, res, next) => {
    try {
      const site = options.siteUrl(req);
      const page = req.params.page === undefined ? null : Number(req.params.page);
      if (page !== null && (!Number.isSafeInteger(page) || page < 1)) return void res.status(404).type('text').send('Not found.');
      // More than one sitemap's worth: /sitemap.xml becomes the index of numbered sitemaps.
      const total = page === null ? await countSitemapThreads(visitor(req)) : 0;
      if (total > SITEMAP_LIMIT) {
        const pages = Math.ceil(total / SITEMAP_LIMIT);
        const entries = Array.from({ length: pages }, (_, i) => `  <sitemap><loc>${xmlEscape(`${site}/sitemaps/threads-${i + 1}.xml`)}</loc></sitemap>`);
        return void send(res, 'application/xml', `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`);
      }
      const rows = await listSitemapThreads(visitor(req), { limit: SITEMAP_LIMIT, offset: ((page ?? 1) - 1) * SITEMAP_LIMIT });
      if (page !== null && rows.length === 0 && page > 1) return void res.status(404).type('text').send('Not found.');
      const urls = rows.map(
        (r) => `  <url><loc>${xmlEscape(`${site}/t/${toGlobalId('Topic', r.id)}`)}</loc><lastmod>${r.lastModified.toISOString()}</lastmod></url>`,
      );
      // The front page first: it changes with every question.
      const home = page === null || page === 1 ? [`  <url><loc>${xmlEscape(`${site}/`)}</loc></url>`] : [];
      send(res, 'application/xml', `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${[...home, ...urls].join('\n')}\n</urlset>\n`);
    } catch (error) {
      next(error);
    }
  });

  const feed = (format: 'atom' | 'rss') => async (req: express.Request, res: express.Response, next: express.NextFunction) => {
    try {
      const site = options.siteUrl(req);
      const ctx = visitor(req);
      const slug = req.params.slug;
      const category = slug === undefined ? null : await findCategoryBySlug(ctx, String(slug).slice(0, 60));
      if (slug !== undefined && !category) return void res.status(404).type('text').send('No such category.');
      const topics = await listTopics(ctx, { categoryId: category?.id ?? null, tag: null, filter: 'all', orderBy: 'newest', after: null, limit: FEED_SIZE });
      await ctx.em.populate(topics, ['author', 'category']);
      const self = `${site}${req.path}`;
      const feedOut = new Feed({
        title: category ? `${category.name} — Commons` : 'Latest questions — Commons',
        description: category?.description ?? 'The newest questions asked in the Harbor community.',
        id: category ? `${site}/c/${category.slug}` : `${site}/`,
        link: category ? `${site}/c/${category.slug}` : `${site}/`,
        language: 'en',
        favicon: `${site}/favicon.svg`,
        copyright: '',
        updated: topics[0]?.createdAt ?? new Date(0),
        feedLinks: format === 'atom' ? { atom: self } : { rss: self },
      });
      // Atom marks title and summary as HTML: escaped, a title like "<b>" shows as typed. RSS
      // readers take them as text (in CDATA), and names and labels are escaped by the library.
      const asHtml = (text: string) => (format === 'atom' ? escapeHtml(text) : text);
      for (const topic of topics) {
        const url = `${site}/t/${toGlobalId('Topic', topic.id)}`;
        feedOut.addItem({
          title: asHtml(topic.title),
          id: url,
          link: url,
          description: asHtml(plainText(topic.body, 500)),
          author: [{ name: topic.author.displayName }],
          category: [{ name: topic.category.name }],
          date: topic.lastActivityAt,
          published: topic.createdAt,
        });
      }
      send(res, format === 'atom' ? 'application/atom+xml' : 'application/rss+xml', format === 'atom' ? feedOut.atom1() : feedOut.rss2());
    } catch (error) {
      next(error);
    }
  };
  router.get('/feeds/latest.atom', feed('atom'));
  router.get('/feeds/latest.rss', feed('rss'));
  router.get('/feeds/c/:slug.atom', feed('atom'));
  router.get('/feeds/c/:slug.rss', feed('rss'));
  // Browsers and crawlers ask for /favicon.ico whatever the page says.
  router.get('/favicon.ico', (_req, res) => res.redirect(301, '/favicon.svg'));
  return router;
}
