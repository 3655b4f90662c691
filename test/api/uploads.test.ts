import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import S3rver from 's3rver';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../api/src/markdown/render.js';
import { S3Store } from '../../api/src/uploads/image-store.js';
import { callers, userFor } from '../support/roles.js';
import { startTestApp, type TestApp, type TestUser } from '../support/test-app.js';

// Issue 12, item 10: images in posts: checked by content, resized, stripped of EXIF, stored behind
// one interface (local disk, S3), served from our origin with a safe type; no hot-linked images.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

/** A 3000×2000 photo as a phone takes it: turned (EXIF orientation 6), with GPS and camera data. */
const phonePhoto = () =>
  sharp({ create: { width: 3000, height: 2000, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Make: 'PhoneCo', Model: 'Pocket 9', Artist: 'Jane Doe' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' } })
    .jpeg({ quality: 80 })
    .toBuffer();

async function upload(user: TestUser | null, body: Buffer, type = 'image/jpeg', app: TestApp = t) {
  const response = await fetch(`${app.url}/uploads`, { method: 'POST', headers: { 'content-type': type, ...(user ? { cookie: user.client.cookie! } : {}) }, body: new Uint8Array(body) });
  return { status: response.status, body: (await response.json().catch(() => null)) as any };
}

describe('uploading an image', () => {
  it('is turned upright, scaled for display, re-encoded without EXIF or GPS, and served from our origin as an image', async () => {
    const member = await t.user();
    const photo = await phonePhoto();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const { status, body } = await upload(member, photo);
    expect(status).toBe(201);
    expect(body).toMatchObject({ url: expect.stringMatching(/^\/uploads\/[0-9a-f]{64}\.webp$/), width: 1600, height: 2400 });
    const served = await fetch(`${t.url}${body.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height, exif: meta.exif, orientation: meta.orientation }).toEqual({
      format: 'webp', width: 1600, height: 2400, exif: undefined, orientation: undefined,
    });
    const [row] = await t.sql('select user_id, width, height from upload where key = $1', [body.url.split('/').pop()]);
    expect(row).toEqual({ user_id: member.dbId, width: 1600, height: 2400 });
  });

  it('refuses what is not an image, whatever it is called, and keeps nothing', async () => {
    const member = await t.user();
    const before = (await t.sql<{ n: number }>('select count(*)::int as n from upload'))[0]!.n;
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');
    const cases: Array<[Buffer, string, number, string]> = [
      [Buffer.from('just some text pretending to be a PNG'), 'image/png', 400, 'BAD_USER_INPUT'],
      [svg, 'image/svg+xml', 400, 'BAD_USER_INPUT'],
      [Buffer.alloc(0), 'image/png', 400, 'BAD_USER_INPUT'],
      [await sharp({ create: { width: 10, height: 10, channels: 3, background: 'blue' } }).tiff().toBuffer(), 'image/tiff', 400, 'BAD_USER_INPUT'],
      [Buffer.alloc(11 * 1024 * 1024, 1), 'image/jpeg', 413, 'PAYLOAD_TOO_LARGE'],
      [Buffer.from('--x\r\n'), 'multipart/form-data; boundary=x', 415, 'BAD_USER_INPUT'],
    ];
    for (const [bytes, type, status, code] of cases) {
      const result = await upload(member, bytes, type);
      expect({ type, status: result.status, code: result.body?.errors?.[0]?.extensions?.code }).toEqual({ type, status, code });
    }
    expect((await t.sql<{ n: number }>('select count(*)::int as n from upload'))[0]!.n).toBe(before);
  });

  it('says so when an image has too many pixels (a decompression bomb), without decoding it', async () => {
    const member = await t.user();
    // A real 1×1 PNG whose header claims 20,000 × 20,000 pixels.
    const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: 'red' } }).png().toBuffer();
    const ihdr = png.indexOf('IHDR');
    png.writeUInt32BE(20_000, ihdr + 4);
    png.writeUInt32BE(20_000, ihdr + 8);
    png.writeUInt32BE(zlib.crc32(png.subarray(ihdr, ihdr + 17)) >>> 0, ihdr + 17);
    const result = await upload(member, png, 'image/png');
    expect(result.status).toBe(400);
    expect(result.body.errors[0]).toMatchObject({ message: 'That image has too many pixels: at most 50 megapixels.', extensions: { code: 'BAD_USER_INPUT', fields: { file: 'At most 50 megapixels.' } } });
  });

  it.each(callers)('%s: uploads only when signed in', async (caller) => {
    const who = await userFor(t, caller);
    const small = await sharp({ create: { width: 40, height: 30, channels: 3, background: 'green' } }).png().toBuffer();
    const result = await upload(who, small, 'image/png');
    expect(result.status).toBe(caller === 'visitor' ? 401 : 201);
    if (caller === 'visitor') expect(result.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('is limited per member', async () => {
    const limited = await startTestApp({ policy: { rateLimits: { upload: { limit: 2, windowSeconds: 3600 } } } });
    try {
      const member = await limited.user();
      const png = (n: number) => sharp({ create: { width: 20 + n, height: 20, channels: 3, background: 'white' } }).png().toBuffer();
      expect((await upload(member, await png(1), 'image/png', limited)).status).toBe(201);
      expect((await upload(member, await png(2), 'image/png', limited)).status).toBe(201);
      const third = await upload(member, await png(3), 'image/png', limited);
      expect({ status: third.status, code: third.body.errors[0].extensions.code }).toEqual({ status: 429, code: 'RATE_LIMITED' });
    } finally {
      await limited.close();
    }
  });

  it('answers 404 for unknown or malformed keys', async () => {
    for (const key of ['0'.repeat(64) + '.webp', '../../etc/passwd', 'x.svg']) {
      expect((await fetch(`${t.url}/uploads/${encodeURIComponent(key)}`)).status).toBe(404);
    }
  });
});

describe('images in markdown', () => {
  it('shows our uploads as images and remote images as links, so readers\' browsers never fetch them', () => {
    const own = `/uploads/${'a'.repeat(64)}.webp`;
    const html = renderMarkdown(`![the error dialog](${own}) and ![tracker](https://evil.test/pixel.png?u=1) and ![bad](javascript:alert(1))`);
    expect(html).toContain(`<img src="${own}" alt="the error dialog" loading="lazy" decoding="async">`);
    expect(html).toContain('<a href="https://evil.test/pixel.png?u=1" rel="nofollow ugc noopener noreferrer" class="external-image">tracker (external image)</a>');
    expect(html).not.toContain('<img src="https://evil.test');
    expect(html).not.toContain('href="javascript'); // markdown-it leaves an unsafe image as its text
  });
});

describe('S3-compatible storage (against s3rver, a local S3 server)', () => {
  let server: S3rver;
  let directory: string;
  let store: S3Store;
  beforeAll(async () => {
    directory = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'commons-s3-'));
    server = new S3rver({ port: 0, address: '127.0.0.1', directory, silent: true });
    const { port } = await server.run();
    store = new S3Store({ bucket: 'commons-images', region: 'us-east-1', endpoint: `http://127.0.0.1:${port}`, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true });
  });
  afterAll(async () => {
    store?.close();
    await server?.close();
    await fs.promises.rm(directory, { recursive: true, force: true });
  });

  it('creates its bucket, stores and reads back, and says null for a missing key', async () => {
    const key = `${'b'.repeat(64)}.webp`;
    await store.put(key, Buffer.from('webp bytes'), 'image/webp');
    expect(await store.get(key)).toEqual({ body: Buffer.from('webp bytes'), contentType: 'image/webp' });
    expect(await store.get(`${'c'.repeat(64)}.webp`)).toBeNull();
  });

  it('serves uploads through the app from the bucket', async () => {
    const app = await startTestApp({ imageStore: store });
    try {
      const member = await app.user();
      const { status, body } = await upload(member, await phonePhoto(), 'image/jpeg', app);
      expect(status).toBe(201);
      const served = await fetch(`${app.url}${body.url}`);
      expect(served.headers.get('content-type')).toBe('image/webp');
      expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBe(1600);
    } finally {
      await app.close();
    }
  });
});

it('old posts rendered with remote images inline are rendered again by the migration', async () => {
  const { Migration20261130050000RerenderImages } = await import('../../api/src/db/migrations/Migration20261130050000RerenderImages.js');
  const [{ author, category }] = await t.sql('select (select id from app_user limit 1) as author, (select id from category limit 1) as category');
  const author_ = author ?? (await t.user()).dbId;
  const category_ = category ?? (await t.sql("insert into category (slug, name) values ('old-posts', 'Old') returning id"))[0].id;
  const [topic] = await t.sql(
    `insert into topic (title, body, body_html, author_id, category_id) values ('Old post with a remote image', 'See ![shot](https://tracker.test/a.png)', '<p>See <img src="https://tracker.test/a.png" alt="shot"></p>', $1, $2) returning id`,
    [author_, category_],
  );
  const orm = t.app.deps.orm;
  const migration = new Migration20261130050000RerenderImages(orm.em.getDriver(), orm.config);
  await migration.up();
  const [row] = await t.sql('select body_html from topic where id = $1', [topic.id]);
  expect(row.body_html).toContain('<a href="https://tracker.test/a.png"');
  expect(row.body_html).not.toContain('<img');
});
