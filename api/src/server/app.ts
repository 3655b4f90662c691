import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import proxyAddr from 'proxy-addr';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { findSession, hashSessionToken } from '../accounts/accounts.service.js';
import { LiveSessions } from '../accounts/live-sessions.js';
import { LoginThrottle } from '../accounts/login-throttle.js';
import { PostgresNotifyBus } from '../live/bus.js';
import { LiveHub } from '../live/hub.js';
import { subscribeWithSharedExecution } from '../live/shared-execution.js';
import { SignalRecorder } from '../deflection/signals.js';
import { visitorFor } from '../deflection/visitor.js';
import { UnreadCounts } from '../notifications/unread-counts.js';
import { createMeilisearch } from '../search/meili-client.js';
import { DEFAULT_THREADS_INDEX } from '../search/documents.js';
import { SearchIndexer } from '../search/indexer.js';
import { Semantic, type EmbedderOptions } from '../search/semantic/semantic.js';
import { discoveryRoutes } from './discovery.js';
import { LocalDiskStore, type ImageStore } from '../uploads/image-store.js';
import { uploadRoutes } from '../uploads/routes.js';
import { pageStatus } from './page-status.js';
import { within } from '../within.js';
import { renderThreadPage } from '../topics/thread-page.js';
import type { Logger } from '../logger.js';
import { limitKey, RateLimiter } from '../rate-limit.js';
import type { AppDeps, GraphQLContext, MailDeps, Policy } from '../graphql/context.js';
import { createTransport } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import type { MailCatcher } from '../mail/catcher.js';
import { domainOf } from '../mail/outbox.js';
import { mailRoutes } from '../mail/routes.js';
import { defaultMailPolicy, MailWorker } from '../mail/worker.js';
import { defaultDigestPolicy, DigestJob } from '../notifications/digest.js';
import { notificationRenderer } from '../notifications/notification-mail.js';
import { createCostLimit, QUERY_LIMITS, queryLimitsPlugin, queryValidationRules, stringifyWithinLimit } from '../graphql/query-limits.js';
import { createLoaders } from '../graphql/loaders.js';
import { buildSchema } from '../graphql/schema.js';
import { readCookie, SESSION_COOKIE, sessionCookieWriter } from './cookies.js';
import { createErrorFormatter } from './errors.js';

const MAX_BODY = '100kb';

export const defaultPolicy: Policy = {
  sessionDays: 30,
  passwordCost: 17,
  rateLimits: {
    signUp: { limit: 20, windowSeconds: 60 * 60 },
    write: { limit: 60, windowSeconds: 60 },
    typing: { limit: 1, windowSeconds: 2 },
    signal: { limit: 120, windowSeconds: 60 },
    subscribe: { limit: 120, windowSeconds: 60 },
    // Autosave while typing: one save a second is plenty.
    draft: { limit: 60, windowSeconds: 60 },
    // Screenshots for a few posts an hour; image processing is the costliest request we take.
    upload: { limit: 30, windowSeconds: 60 * 60 },
    // Each of these sends an email: enough for a person who lost one, too few to flood an inbox.
    accountEmail: { limit: 20, windowSeconds: 60 * 60 },
    accountEmailPerAddress: { limit: 5, windowSeconds: 60 * 60 },
  },
  login: { freeFailures: 5, maxDelaySeconds: 15 * 60, addressFailuresPerHour: 100, accountUnderAttackAfter: 20 },
  mail: defaultMailPolicy,
  digest: defaultDigestPolicy,
};

export interface AppOptions {
  /** Opened and migrated by the caller; the app owns it from here and closes it. */
  orm: MikroORM;
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey?: string;
  /** Default: threads. */
  searchIndex?: string;
  /** Default: 14. */
  eventRetentionDays?: number;
  log: Logger;
  cookieSecure: boolean;
  policy?: Partial<Omit<Policy, 'rateLimits' | 'login' | 'mail' | 'digest'>> & {
    rateLimits?: Partial<Policy['rateLimits']>;
    login?: Partial<Policy['login']>;
    mail?: Partial<Policy['mail']>;
    digest?: Partial<Policy['digest']>;
  };
  /** Express's "trust proxy": which proxies' X-Forwarded-For to believe (TRUST_PROXY). Default: none. */
  trustProxy?: boolean | number | string;
  /** The built SolidJS app; default web/dist. */
  webDist?: string;
  /** PUBLIC_URL: the site's address for absolute links; default: from each request. */
  publicUrl?: string;
  /** Where uploaded images go; default: local disk under .data/uploads. */
  imageStore?: ImageStore;
  /**
   * Email. smtpUrl: the mail server (SMTP_URL); without it, mail goes to `catcher`, the embedded
   * receiver. Absent: mail waits in the outbox and nothing sends it (tests that are not about mail).
   */
  mail?: { smtpUrl?: string; from?: string; replyTo?: string; catcher?: MailCatcher };
  /** The sentence embedder for semantic search (EMBEDDER); default: none, words only. */
  embedder?: EmbedderOptions;
}

export interface App {
  deps: AppDeps;
  /** Null when the app was given no mail settings. */
  mailWorker: MailWorker | null;
  digests: DigestJob | null;
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Headers for a site strangers read and embed: scripts and styles from our origin only, no remote
 * images (a hot-linked image tells a third party who reads which thread), no framing, no sniffing,
 * and no thread URLs sent to other sites. HSTS and the https upgrade only where we serve https.
 */
function securityHeaders(secure: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Solid sets style attributes (bar widths, colours) at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: secure ? { maxAge: 31_536_000 } : false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
}

const bodyErrors: Record<string, { status: number; code: string; message: string }> = {
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `The request body is larger than ${MAX_BODY}.` },
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' },
  'charset.unsupported': { status: 415, code: 'BAD_REQUEST', message: 'Send the request body as UTF-8 JSON.' },
  'encoding.unsupported': { status: 415, code: 'BAD_REQUEST', message: 'Unsupported content encoding.' },
};

function graphqlBodyErrors(error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction): void {
  const known = bodyErrors[(error as { type?: string })?.type ?? ''];
  if (!known || res.headersSent) return next(error);
  res.status(known.status).json({ errors: [{ message: known.message, extensions: { code: known.code } }] });
}

/** The handshake's path, whatever a client sends as the request target. */
function isGraphQLPath(target: string | undefined): boolean {
  try {
    return new URL(target ?? '/', 'http://localhost').pathname === '/graphql';
  } catch {
    return false;
  }
}

/** No Origin (a non-browser client) passes; anything else must be a URL naming this host. "null" is not. */
export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export async function createApp(options: AppOptions): Promise<App> {
  const { log } = options;
  const { orm } = options;
  const bus = new PostgresNotifyBus(
    options.databaseUrl,
    (channel, payload) => orm.em.getConnection().execute('select pg_notify(?, ?)', [channel, payload]),
    log,
  );
  await bus.start();
  const live = new LiveHub(orm, bus, log, options.eventRetentionDays);
  await live.start();
  const meili = createMeilisearch({ host: options.meiliUrl, apiKey: options.meiliMasterKey, timeout: 5_000 });
  const searchIndex = options.searchIndex ?? DEFAULT_THREADS_INDEX;
  const semantic = new Semantic(options.embedder ?? { kind: 'none' }, log);
  semantic.warm();
  const indexer = new SearchIndexer(orm, meili, searchIndex, log, semantic);
  // The same wake-up that moves live events moves the search outbox.
  bus.subscribe('events', () => indexer.kick());
  indexer.start();
  const policy: Policy = {
    ...defaultPolicy,
    ...options.policy,
    rateLimits: { ...defaultPolicy.rateLimits, ...options.policy?.rateLimits },
    login: { ...defaultPolicy.login, ...options.policy?.login },
    mail: { ...defaultPolicy.mail, ...options.policy?.mail },
    digest: { ...defaultPolicy.digest, ...options.policy?.digest },
  };
  const limiter = new RateLimiter(orm);
  let listeningUrl: string | null = null;
  const mailFrom = options.mail?.from ?? `Commons <no-reply@${options.publicUrl ? new URL(options.publicUrl).hostname : 'localhost'}>`;
  const mail: MailDeps = {
    from: mailFrom,
    replyTo: options.mail?.replyTo ?? mailFrom,
    domain: domainOf(mailFrom),
    // Links in emails never follow a request's Host header (a reset link pointing elsewhere would hand over the account).
    siteUrl: () => options.publicUrl ?? listeningUrl ?? 'http://localhost:3000',
    catcher: options.mail?.smtpUrl ? null : (options.mail?.catcher ?? null),
  };
  const smtpUrl = options.mail?.smtpUrl ?? (options.mail?.catcher ? `smtp://127.0.0.1:${options.mail.catcher.port}` : null);
  const mailWorker = smtpUrl
    ? new MailWorker(
        orm,
        createTransport({
          url: smtpUrl,
          pool: true,
          maxConnections: 5,
          // A mail server that hangs must not hold a claimed batch for long.
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
          // The embedded receiver is plain SMTP on loopback.
          ...(options.mail?.smtpUrl ? {} : { ignoreTLS: true }),
        } as SMTPPool.Options),
        mail,
        notificationRenderer(mail),
        policy.mail,
        log,
      )
    : null;
  if (mailWorker) {
    bus.subscribe('mail', () => mailWorker.kick());
    // Notification emails are written with live events. A moment's delay lets the request that
    // wrote them answer before this process starts rendering and sending.
    bus.subscribe('events', () => setTimeout(() => mailWorker.kick(), 50).unref());
  }
  const digests = smtpUrl ? new DigestJob(orm, options.databaseUrl, mail, policy.digest, log) : null;
  const deps: AppDeps = {
    orm,
    live,
    indexer,
    signals: new SignalRecorder(orm, live, log),
    unread: new UnreadCounts(orm, bus, log, live),
    sessions: new LiveSessions(orm, bus, log),
    searchIndex,
    meili,
    semantic,
    log,
    limiter,
    loginThrottle: new LoginThrottle(limiter, policy.login),
    policy,
    mail,
  };
  const schema = buildSchema();
  const formatError = createErrorFormatter(log);
  const validationRules = queryValidationRules();
  const costLimit = createCostLimit(schema);

  /** The session behind a request's cookie, if any: for GraphQL and for plain routes alike. */
  async function sessionOf(em: EntityManager, request: http.IncomingMessage) {
    const token = readCookie(request, SESSION_COOKIE);
    const sessionTokenHash = token ? hashSessionToken(token) : null;
    return { sessionTokenHash, session: sessionTokenHash ? await findSession({ em }, sessionTokenHash) : null };
  }

  async function contextFor(
    request: http.IncomingMessage,
    response: http.ServerResponse | null,
    cacheLoaders: boolean,
  ): Promise<GraphQLContext & { sessionExpiresAt: Date | null }> {
    const em = orm.em.fork();
    const { sessionTokenHash, session } = await sessionOf(em, request);
    const viewer = session?.user ?? null;
    return {
      em,
      viewer,
      deps,
      clientIp: clientAddress(request),
      visitor: visitorFor(request, response, options.cookieSecure),
      // A long-lived socket must not serve rows cached from its first operation.
      loaders: createLoaders(em, viewer, { cache: cacheLoaders }),
      sessionTokenHash,
      sessionCookie: response ? sessionCookieWriter(response, options.cookieSecure) : null,
      sessionExpiresAt: session?.expiresAt ?? null,
    };
  }

  /** Each WebSocket operation follows its session (LiveSessions); it stops when the operation or socket ends. */
  const untrackers = new WeakMap<object, Map<string, () => void>>();
  async function socketContextFor(request: http.IncomingMessage, socket: object, operationId: string): Promise<GraphQLContext> {
    const ctx = await contextFor(request, null, false);
    const untrack = deps.sessions.track(ctx, ctx.sessionExpiresAt, (viewer) => {
      ctx.loaders = createLoaders(ctx.em, viewer, { cache: false });
    });
    const operations = untrackers.get(socket) ?? untrackers.set(socket, new Map()).get(socket)!;
    operations.get(operationId)?.();
    operations.set(operationId, untrack);
    return ctx;
  }
  const untrack = (socket: object, operationId?: string) => {
    const operations = untrackers.get(socket);
    if (!operations) return;
    for (const [id, stop] of operations) {
      if (operationId !== undefined && id !== operationId) continue;
      stop();
      operations.delete(id);
    }
  };

  const app = express();
  app.disable('x-powered-by');
  // Behind a proxy, the visitor's address (rate limits, login throttling) is in X-Forwarded-For,
  // believed only from the proxies named in TRUST_PROXY; everyone else could forge it.
  app.set('trust proxy', options.trustProxy ?? false);
  const trustedProxy = app.get('trust proxy fn') as Parameters<typeof proxyAddr>[1];
  const clientAddress = (request: http.IncomingMessage) => proxyAddr(request, trustedProxy);
  app.use(securityHeaders(options.cookieSecure));
  app.use(compression());
  const httpServer = http.createServer(app);

  /** Why a WebSocket operation may not start (undefined: it may). */
  async function refusalOf(request: http.IncomingMessage, payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null }) {
    // Each start may replay a backlog: starts are counted per address like other writes.
    if (!(await deps.limiter.allows('subscribe', limitKey(clientAddress(request)), deps.policy.rateLimits.subscribe))) {
      return [new GraphQLError('Too many subscriptions started from this address. Try again in a minute.', { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 60 } })];
    }
    let document;
    try {
      document = parse(payload.query, { maxTokens: QUERY_LIMITS.tokens });
    } catch (error) {
      return [error instanceof GraphQLError ? error : new GraphQLError('Could not parse the query.')];
    }
    const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
    if (errors.length > 0) return errors;
    // Queries and mutations go over HTTP, where the slots, allowances, time bound and size cap apply.
    if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
      return [new GraphQLError('Only subscriptions run over the WebSocket; send queries and mutations over HTTP.', { extensions: { code: 'BAD_REQUEST' } })];
    }
    try {
      costLimit.assertWithinBudget(document, payload.variables ?? undefined, payload.operationName);
    } catch (error) {
      return [error as GraphQLError];
    }
    return undefined;
  }

  const wsServer = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
  const MAX_OPERATIONS_PER_SOCKET = 50;
  const operationsOn = new WeakMap<object, number>();
  httpServer.on('upgrade', (request, socket, head) => {
    // Cookies ride along on cross-site WebSocket handshakes: accept only our own origin.
    if (!isGraphQLPath(request.url) || !isSameOrigin(request.headers.origin, request.headers.host)) {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
      socket.destroy();
      return;
    }
    wsServer.handleUpgrade(request, socket, head, (ws) => wsServer.emit('connection', ws, request));
  });

  const wsCleanup = useServer<Record<string, unknown>, { contextValue?: GraphQLContext }>(
    {
      schema,
      context: async (ctx, id) => socketContextFor(ctx.extra.request, ctx.extra.socket, id),
      onComplete: (ctx, id) => {
        untrack(ctx.extra.socket, id);
        operationsOn.set(ctx.extra.socket, Math.max(0, (operationsOn.get(ctx.extra.socket) ?? 1) - 1));
      },
      onClose: (ctx) => untrack(ctx.extra.socket),
      subscribe: subscribeWithSharedExecution,
      onSubscribe: async (ctx, _id, payload) => {
        // The web app keeps a handful open; thousands on one socket would only be someone's memory bill.
        // The place is taken before anything is awaited, so a burst of starts cannot all see room.
        const socket = ctx.extra.socket;
        const open = operationsOn.get(socket) ?? 0;
        if (open >= MAX_OPERATIONS_PER_SOCKET) {
          return [new GraphQLError(`At most ${MAX_OPERATIONS_PER_SOCKET} operations at once on one connection.`, { extensions: { code: 'RATE_LIMITED' } })];
        }
        operationsOn.set(socket, open + 1);
        const refused = await refusalOf(ctx.extra.request, payload);
        if (refused) operationsOn.set(socket, Math.max(0, (operationsOn.get(socket) ?? 1) - 1));
        return refused;
      },
      onNext: (_ctx, _id, _payload, _args: ExecutionArgs, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e) as GraphQLError) } : result,
    },
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    formatError,
    includeStacktraceInErrorResponses: false,
    // The web app sends whole documents; an unused query cache is only memory for strangers to fill.
    persistedQueries: false,
    stringifyResult: stringifyWithinLimit,
    // main.ts owns shutdown order (server, then database and search); Apollo must not re-raise signals.
    stopOnTerminationSignals: false,
    // csrfPrevention stays at its default (on): simple cross-site requests cannot run operations.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      queryLimitsPlugin(costLimit, limiter),
      { serverWillStart: async () => ({ drainServer: async () => wsCleanup.dispose() }) },
    ],
    logger: log,
  });
  await apollo.start();

  app.use(mailRoutes({ orm }));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // A dependency that does not answer within the bound is as good as down: a balancer needs the answer now.
  const READY_CHECK_MS = 1_500;
  const answersWithin = <T>(check: Promise<T>, describe: (value: T) => string) =>
    within(check, READY_CHECK_MS).then(describe, (e: Error) => e.message);
  app.get('/readyz', async (_req, res) => {
    const [postgres, meilisearch] = await Promise.all([
      answersWithin(orm.em.getConnection().execute('select 1'), () => 'ok'),
      answersWithin(deps.meili.health(), (h) => (h.status === 'available' ? 'ok' : h.status)),
    ]);
    const ready = postgres === 'ok' && meilisearch === 'ok';
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', postgres, meilisearch });
  });

  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => contextFor(req, res, true),
    }),
  );

  // A body Express could not read (too large, not JSON, another charset) still gets a GraphQL answer.
  app.use('/graphql', graphqlBodyErrors);

  const webDist = options.webDist ?? path.join(repoRoot, 'web/dist');
  // Vite names built assets by their content: a year, immutable. Source maps are not served.
  app.use((req, res, next) => (req.path.endsWith('.map') ? res.status(404).type('text').send('Not found.') : next()));
  app.use('/assets', express.static(path.join(webDist, 'assets'), { index: false, immutable: true, maxAge: '365d', fallthrough: false }));
  app.use(express.static(webDist, { index: false, maxAge: '1h' }));
  const siteUrl = (req: express.Request) => options.publicUrl ?? `${req.protocol}://${req.get('host')}`;
  app.use(discoveryRoutes({ orm, deps, siteUrl, fixedSiteUrl: options.publicUrl !== undefined }));
  app.use(
    uploadRoutes({
      orm,
      deps,
      store: options.imageStore ?? new LocalDiskStore(path.join(repoRoot, '.data', 'uploads')),
      viewerOf: async (em, request) => (await sessionOf(em, request)).session?.user ?? null,
    }),
  );
  // A thread is readable without JavaScript (and by search engines): its page carries the thread.
  // Read once: a thread page must not wait for a file read behind busy thread-pool work (hashing).
  let pageTemplate: Promise<string | null> | undefined;
  const readTemplate = async () => {
    pageTemplate ??= fs.promises.readFile(path.join(webDist, 'index.html'), 'utf8').catch(() => null);
    const template = await pageTemplate;
    if (!template) pageTemplate = undefined; // not built yet: read it again next time
    return template;
  };
  app.get('/t/:id', async (req, res, next) => {
    try {
      const template = await readTemplate();
      if (!template) return next();
      const ctx = { em: orm.em.fork(), viewer: null, deps, clientIp: clientAddress(req) };
      const html = await renderThreadPage(ctx, req.params.id, template, siteUrl(req));
      res.status(html ? 200 : 404).setHeader('Cache-Control', 'no-cache').type('html').send(html ?? template);
    } catch (error) {
      next(error);
    }
  });
  // Client-side routes (/login, /search...) all load the single page app; it shows its own
  // "not found" page with the 404 status the server gives addresses that lead nowhere.
  app.get('/{*path}', async (req, res, next) => {
    try {
      const template = await readTemplate();
      if (!template) return void res.status(503).type('text').send('The web app is not built yet: run `npm run build:web`.');
      const status = await pageStatus(orm.em.fork(), req.path);
      res.status(status).setHeader('Cache-Control', 'no-cache').type('html').send(template);
    } catch (error) {
      next(error);
    }
  });

  // Last: whatever escaped a route is logged with a reference; no stack or path reaches the client.
  app.use((error: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = (error as { status?: number; statusCode?: number })?.status ?? (error as { statusCode?: number })?.statusCode;
    if (status && status >= 400 && status < 500) {
      if (!res.headersSent) res.status(status).type('text').send(status === 404 ? 'Not found.' : 'Bad request.');
      return;
    }
    const ref = crypto.randomUUID();
    log.error({ err: error, ref, path: req.path }, 'request failed');
    if (res.headersSent) return void res.destroy();
    res.status(500).type('text').send(`Something went wrong on our side (reference ${ref}).`);
  });

  return {
    deps,
    mailWorker,
    digests,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          listeningUrl = `http://${host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? 'localhost' : host}:${address.port}`;
          // Sending starts once links in emails have an address to point at.
          mailWorker?.start();
          digests?.start();
          resolve(listeningUrl);
        });
      }),
    close: async () => {
      await mailWorker?.stop();
      await digests?.stop();
      indexer.stop();
      await semantic.close();
      deps.unread.close();
      deps.sessions.close();
      await live.close();
      await apollo.stop();
      wsServer.close();
      await deps.signals.idle();
      await orm.close();
    },
  };
}
