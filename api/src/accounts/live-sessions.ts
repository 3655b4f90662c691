import type { MikroORM } from '@mikro-orm/postgresql';
import type { LiveBus } from '../live/bus.js';
import type { Logger } from '../logger.js';
import { Session } from './session.entity.js';
import type { User } from './user.entity.js';

/** What an open WebSocket operation holds of its viewer; replaced in place when the rights change. */
export interface SessionHolder {
  viewer: User | null;
  sessionTokenHash: string | null;
}

interface Tracked {
  holder: SessionHolder;
  expiresAt: number;
  /** Called after the viewer was replaced (the holder rebuilds what depended on it). */
  onChange: (viewer: User | null) => void;
}

const EXPIRY_SWEEP_MS = 250;

/**
 * The sessions behind open WebSockets, kept current. A socket outlives the request that opened it,
 * so a viewer read once would keep staff rights after a demotion, a logout or the session's end.
 * Any process that changes a user's rights or sessions announces the user on the bus; every process
 * re-reads the sessions of that user's sockets at once, and a sweep ends expired ones. Streams judge
 * each event with the viewer as it is then, so the change applies to the very next event.
 */
export class LiveSessions {
  private byUser = new Map<number, Set<Tracked>>();
  private sweep: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    private readonly bus: LiveBus,
    private readonly log: Logger,
  ) {
    // A null payload: the bus reconnected and may have missed announcements; re-read everyone.
    bus.subscribe('sessions', (payload) => void this.refresh(payload === null ? null : Number(payload)));
    this.sweep = setInterval(() => this.endExpired(), EXPIRY_SWEEP_MS);
    this.sweep.unref();
  }

  /** Follows one operation's viewer until `untrack` is called (the operation or socket ended). */
  track(holder: SessionHolder, expiresAt: Date | null, onChange: Tracked['onChange']): () => void {
    if (!holder.viewer || !expiresAt) return () => undefined;
    const userId = holder.viewer.id;
    const tracked: Tracked = { holder, expiresAt: expiresAt.getTime(), onChange };
    const set = this.byUser.get(userId) ?? this.byUser.set(userId, new Set()).get(userId)!;
    set.add(tracked);
    return () => {
      set.delete(tracked);
      if (set.size === 0 && this.byUser.get(userId) === set) this.byUser.delete(userId);
    };
  }

  /** After a commit that changed a user's role, sessions or standing: every process re-reads them. */
  async changed(userId: number): Promise<void> {
    await this.bus.publish('sessions', String(userId)).catch((err) => this.log.error({ err, userId }, 'could not announce a session change'));
  }

  private async refresh(userId: number | null): Promise<void> {
    const targets = userId === null ? [...this.byUser.values()].flatMap((set) => [...set]) : [...(this.byUser.get(userId) ?? [])];
    if (targets.length === 0) return;
    try {
      const em = this.orm.em.fork();
      const hashes = [...new Set(targets.map((t) => t.holder.sessionTokenHash!))];
      const sessions = await em.find(Session, { tokenHash: { $in: hashes }, expiresAt: { $gt: new Date() } }, { populate: ['user'] });
      const byHash = new Map(sessions.map((s) => [s.tokenHash, s]));
      for (const tracked of targets) {
        const session = byHash.get(tracked.holder.sessionTokenHash!);
        this.apply(tracked, session?.user ?? null, session?.expiresAt.getTime());
      }
    } catch (err) {
      // Fail closed: whoever cannot be checked continues as a visitor until the next announcement.
      this.log.error({ err }, 'could not re-read sessions of open sockets; treating them as signed out');
      for (const tracked of targets) this.apply(tracked, null);
    }
  }

  private endExpired(): void {
    const now = Date.now();
    for (const set of this.byUser.values()) for (const tracked of set) if (tracked.expiresAt <= now) this.apply(tracked, null);
  }

  private apply(tracked: Tracked, viewer: User | null, expiresAt?: number): void {
    const before = tracked.holder.viewer;
    tracked.holder.viewer = viewer;
    if (expiresAt) tracked.expiresAt = expiresAt;
    // Signed out for good on this operation: stop following it.
    if (!viewer && before) this.byUser.get(before.id)?.delete(tracked);
    if (before?.role !== viewer?.role || before?.id !== viewer?.id) tracked.onChange(viewer);
  }

  close(): void {
    clearInterval(this.sweep);
  }
}
