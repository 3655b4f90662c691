import express from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DomainError } from '../errors.js';
import { unsubscribeWithToken } from '../notifications/notification-mail.js';

/**
 * RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to the address in
 * the List-Unsubscribe header, with no cookies and no page to click through. The signed token is
 * the proof. People who open the same address in a browser get the web app's page (GET), which
 * asks before it unsubscribes, since link scanners open every link in an email.
 */
export function mailRoutes(options: { orm: MikroORM }): express.Router {
  const router = express.Router();
  router.post('/unsubscribe', express.urlencoded({ extended: false, limit: '2kb' }), async (req, res, next) => {
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    try {
      const kinds = await unsubscribeWithToken(options.orm.em.fork(), token);
      res.status(200).type('text').send(`Unsubscribed: ${kinds.length ? kinds.join(', ').replace(/_/g, ' ') : 'nothing was left to stop'}.`);
    } catch (error) {
      if (error instanceof DomainError) return void res.status(400).type('text').send(error.message);
      next(error);
    }
  });
  return router;
}
