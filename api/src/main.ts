import path from 'node:path';
import { ConfigError, loadConfig } from './config.js';
import { migrateDatabase, openDatabase } from './db/orm.js';
import { seedDemoCommunity } from './db/seed.js';
import { LocalDiskStore, S3Store } from './uploads/image-store.js';
import { EmbeddedServerError } from './embedded/process.js';
import { startInfrastructure, type Infrastructure } from './embedded/infrastructure.js';
import { createLogger } from './logger.js';
import { MailCatcher } from './mail/catcher.js';
import { useLanguage } from './search/text.js';
import { createApp, defaultPolicy, type App } from './server/app.js';

const startedAt = performance.now();
let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
const log = createLogger({ level: config.logLevel, pretty: config.env !== 'production' && process.stdout.isTTY });

let infrastructure: Infrastructure | undefined;
let app: App | undefined;
let mailCatcher: MailCatcher | undefined;
let stopping = false;

async function shutdown(signal: string, exitCode = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  // A second Ctrl-C while stopping means "now".
  process.once('SIGINT', () => process.exit(130));
  try {
    await app?.close();
  } catch (err) {
    log.error({ err }, 'closing the server failed');
  }
  await mailCatcher?.close();
  await infrastructure?.stop();
  process.exit(exitCode);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

try {
  infrastructure = await startInfrastructure(config, log);
  const applied = await migrateDatabase(infrastructure.databaseUrl, log);
  if (applied.length) log.info({ applied }, 'applied migrations');
  useLanguage(config.language);
  const orm = await openDatabase(infrastructure.databaseUrl, log);
  if (!config.smtpUrl) {
    mailCatcher = new MailCatcher();
    await mailCatcher.listen(config.embeddedSmtpPort);
  }
  app = await createApp({
    orm,
    databaseUrl: infrastructure.databaseUrl,
    meiliUrl: infrastructure.meiliUrl,
    meiliMasterKey: infrastructure.meiliMasterKey,
    searchIndex: config.meiliIndex,
    eventRetentionDays: config.eventRetentionDays,
    log,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
    imageStore: config.storage.kind === 's3' ? new S3Store(config.storage) : new LocalDiskStore(path.join(config.dataDir, 'uploads')),
    policy: { sessionDays: config.sessionDays, digest: { hourUtc: config.digestHourUtc } },
    mail: { smtpUrl: config.smtpUrl, from: config.mailFrom, replyTo: config.mailReplyTo, catcher: mailCatcher },
    embedder: config.embedder,
  });
  if (config.seedDemo) {
    // Through the running app's services (before it listens), so every figure is one the product computed.
    const seeded = await seedDemoCommunity(app.deps, { passwordCost: defaultPolicy.passwordCost });
    if (seeded) log.info(seeded, 'seeded the demo community (first start)');
  }
  if (config.env === 'production' && !config.publicUrl) {
    log.warn('PUBLIC_URL is not set: links in feeds, sitemap.xml and canonical tags follow each request\'s Host header. Set PUBLIC_URL to the forum\'s address.');
  }
  const url = await app.listen(config.port, config.host);
  if (mailCatcher) {
    const where = `Email is not sent anywhere (no SMTP_URL): the embedded receiver on port ${mailCatcher.port} keeps it; admins read it at ${url}/admin/email`;
    if (config.env === 'production') log.warn(`${where}. Set SMTP_URL so members receive their email.`);
    else log.info(where);
  }
  log.info({ ms: Math.round(performance.now() - startedAt) }, `Commons is running at ${url}`);
  if (!process.stdout.isTTY) console.log(`Commons is running at ${url}`);
} catch (error) {
  if (error instanceof EmbeddedServerError || (error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    log.error(
      (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
        ? `Port ${config.port} is in use. Stop the other program or set PORT.`
        : (error as Error).message,
    );
  } else {
    log.error({ err: error }, 'Commons failed to start');
  }
  await shutdown('startup failure', 1);
}
