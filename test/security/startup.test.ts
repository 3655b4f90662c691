import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort } from '../../api/src/embedded/process.js';

const closed = await fs.mkdtemp(path.join(os.tmpdir(), 'commons-0700-'));
afterAll(() => fs.rm(closed, { recursive: true, force: true }));

// The embedded PostgreSQL drops to the postgres user only when Commons runs as root (as CI does).
it.runIf(process.getuid?.() === 0)('says what to do when the postgres user cannot enter the data folder, without a stack trace', async () => {
  await fs.chmod(closed, 0o700);
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATA_DIR: path.join(closed, 'data'),
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      EMBEDDED_MEILI_PORT: String(await freePort()),
      DATABASE_URL: '',
      MEILI_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(exitCode).toBe(1);
  expect(output).toContain(`cannot enter ${closed}`);
  expect(output).toContain(`chmod o+x ${closed}`);
  expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
}, 60_000);
