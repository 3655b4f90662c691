import express from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../accounts/user.entity.js';
import { DomainError } from '../errors.js';
import type { AppDeps } from '../graphql/context.js';
import type { ImageStore } from './image-store.js';
import { contentTypeOf } from './image-store.js';
import { MAX_UPLOAD_BYTES, processImage } from './images.js';

const KEY = /^[0-9a-f]{64}\.webp$/;

/** Errors in the API's own shape: a message and extensions.code (and fields), as GraphQL answers. */
function sendError(res: express.Response, status: number, code: string, message: string, fields?: Record<string, string>) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...(fields ? { fields } : {}) } }] });
}

/**
 * POST /uploads takes the image's bytes as the body (Content-Type image/*: no HTML form can send
 * that across sites, so it needs no CSRF token) from a signed-in member; GET /uploads/<key> serves
 * the processed image from this origin with a fixed, safe type.
 */
export function uploadRoutes(options: {
  orm: MikroORM;
  deps: AppDeps;
  store: ImageStore;
  /** The signed-in member behind the request, as the GraphQL context finds them. */
  viewerOf: (em: EntityManager, request: express.Request) => Promise<User | null>;
}): express.Router {
  const router = express.Router();
  const rawImage = express.raw({ type: 'image/*', limit: MAX_UPLOAD_BYTES });

  router.post('/uploads', (req, res, next) => {
    if (!req.is('image/*')) return sendError(res, 415, 'BAD_USER_INPUT', 'Send the image itself, with an image content type.', { file: 'Use a JPEG, PNG, WebP or GIF image.' });
    rawImage(req, res, (error?: unknown) => {
      if ((error as { type?: string })?.type === 'entity.too.large') return sendError(res, 413, 'PAYLOAD_TOO_LARGE', 'Images can be at most 10 MB.', { file: 'At most 10 MB.' });
      if (error) return next(error);
      void (async () => {
        const em = options.orm.em.fork();
        const viewer = await options.viewerOf(em, req);
        if (!viewer) return sendError(res, 401, 'UNAUTHENTICATED', 'Log in to upload images.');
        try {
          await options.deps.limiter.hit('upload', String(viewer.id), options.deps.policy.rateLimits.upload);
          // ?purpose=avatar: a square picture for the member's profile.
          const image = await processImage(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0), req.query.purpose === 'avatar' ? 'avatar' : 'post');
          await options.store.put(image.key, image.body, image.contentType);
          await em.getConnection().execute('insert into upload (key, user_id, bytes, width, height) values (?, ?, ?, ?, ?) on conflict (key) do nothing', [
            image.key,
            viewer.id,
            image.body.length,
            image.width,
            image.height,
          ]);
          await em.getConnection().execute('insert into upload_owner (key, user_id) values (?, ?) on conflict do nothing', [image.key, viewer.id]);
          res.status(201).json({ url: `/uploads/${image.key}`, width: image.width, height: image.height });
        } catch (e) {
          if (e instanceof DomainError) return sendError(res, e.code === 'RATE_LIMITED' ? 429 : 400, e.code, e.message, e.fields);
          next(e);
        }
      })();
    });
  });

  router.get('/uploads/:key', async (req, res, next) => {
    try {
      const key = req.params.key;
      const image = KEY.test(key) ? await options.store.get(key) : null;
      if (!image) return void res.status(404).type('text').send('Not found.');
      res
        .status(200)
        .setHeader('Content-Type', contentTypeOf(key))
        .setHeader('Cache-Control', 'public, max-age=31536000, immutable')
        .setHeader('Content-Disposition', 'inline')
        // Served bytes are an image and nothing else: no sniffing, no scripts even if opened directly.
        .setHeader('X-Content-Type-Options', 'nosniff')
        .setHeader('Content-Security-Policy', "default-src 'none'; sandbox")
        .send(image.body);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
