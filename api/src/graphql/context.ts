import type { Semantic } from '../search/semantic/semantic.js';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Meilisearch } from 'meilisearch';
import type { LiveSessions } from '../accounts/live-sessions.js';
import type { LoginPolicy, LoginThrottle } from '../accounts/login-throttle.js';
import type { User } from '../accounts/user.entity.js';
import type { SignalRecorder } from '../deflection/signals.js';
import type { UnreadCounts } from '../notifications/unread-counts.js';
import type { Visitor } from '../deflection/visitor.js';
import type { Logger } from '../logger.js';
import type { RateLimit, RateLimiter } from '../rate-limit.js';
import type { LiveHub } from '../live/hub.js';
import type { SearchIndexer } from '../search/indexer.js';
import type { Loaders } from './loaders.js';
import type { MailCatcher } from '../mail/catcher.js';
import type { MailSettings } from '../mail/outbox.js';
import type { MailPolicy } from '../mail/worker.js';
import type { DigestPolicy } from '../notifications/digest.js';

export interface Policy {
  sessionDays: number;
  /** log2 of scrypt's N. */
  passwordCost: number;
  rateLimits: {
    signUp: RateLimit;
    write: RateLimit;
    typing: RateLimit;
    signal: RateLimit;
    subscribe: RateLimit;
    draft: RateLimit;
    upload: RateLimit;
    /** Requests that send account email (reset, verification, address change), per client address. */
    accountEmail: RateLimit;
    /** The same, per email address and per account. */
    accountEmailPerAddress: RateLimit;
  };
  login: LoginPolicy;
  mail: MailPolicy;
  digest: DigestPolicy;
}

/** Email as the rest of the app sees it: where links point, and the embedded receiver if mail stays local. */
export interface MailDeps extends MailSettings {
  /** Without SMTP_URL: what the in-process receiver caught (admins read it); else null. */
  catcher: MailCatcher | null;
}

/** What lives as long as the process: shared by every request. */
export interface AppDeps {
  orm: MikroORM;
  meili: Meilisearch;
  log: Logger;
  limiter: RateLimiter;
  loginThrottle: LoginThrottle;
  policy: Policy;
  live: LiveHub;
  indexer: SearchIndexer;
  signals: SignalRecorder;
  /** Live unread notification counts for the bell. */
  unread: UnreadCounts;
  /** The sessions behind open WebSockets, kept current across processes. */
  sessions: LiveSessions;
  /** The Meilisearch index of threads. */
  searchIndex: string;
  /** Semantic search's embedder (none: words only). */
  semantic: Semantic;
  mail: MailDeps;
}

/** What a service needs for one request: its own identity map, who asks, and the app. */
export interface ServiceContext {
  em: EntityManager;
  viewer: User | null;
  deps: AppDeps;
  clientIp: string;
  /** The anonymous browser behind the request, for deflection figures; absent in scripts and jobs. */
  visitor?: Visitor | null;
}

/** Over HTTP the session cookie can be written; over WebSocket it cannot. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface GraphQLContext extends ServiceContext {
  loaders: Loaders;
  /** Hash of the presented session token, so logOut can end exactly this session. */
  sessionTokenHash: string | null;
  sessionCookie: SessionCookie | null;
}
