/** `npm run reindex`: rebuilds the search index from PostgreSQL with a progress bar and a final count check. */
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/orm.js';
import { startInfrastructure } from '../embedded/infrastructure.js';
import { createLogger } from '../logger.js';
import { createMeilisearch } from './meili-client.js';
import { rebuildIndex } from './reindex.js';
import { Semantic } from './semantic/semantic.js';
import { useLanguage } from './text.js';

const config = loadConfig();
const log = createLogger({ level: 'warn', pretty: process.stderr.isTTY });
useLanguage(config.language);
const infrastructure = await startInfrastructure(config, log);
const orm = await openDatabase(infrastructure.databaseUrl, undefined, null);
let exitCode = 0;
let semantic: Semantic | undefined;
try {
  const meili = createMeilisearch({ host: infrastructure.meiliUrl, apiKey: infrastructure.meiliMasterKey });
  semantic = new Semantic(config.embedder, log);
  const report = await rebuildIndex(orm, meili, config.meiliIndex, semantic, (done, total) => {
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : width;
    process.stderr.write(`\rreindexing [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
  });
  process.stderr.write('\n');
  for (const { id, error } of report.refused) console.error(`thread ${id}: Meilisearch refused its document (${error})`);
  const ok = report.indexed === report.topics;
  const rate = report.topics / Math.max(report.seconds, 0.001);
  console.log(`${report.indexed} of ${report.topics} threads indexed in ${report.seconds.toFixed(1)} s (${rate.toFixed(1)} threads/s, ${report.encoded} texts encoded): ${ok ? 'counts match' : 'COUNTS DIFFER'}`);
  if (!ok) exitCode = 1;
} catch (error) {
  console.error(`reindex failed: ${(error as Error).message}`);
  exitCode = 1;
} finally {
  await semantic?.close();
  await orm.close();
  await infrastructure.stop();
}
process.exit(exitCode);
