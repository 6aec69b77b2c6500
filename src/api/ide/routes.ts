import express, { type RequestHandler, type Router } from 'express';
import { ideAssets } from './assets';
import { IDE_CONTENT_SECURITY_POLICY, idePage } from './page';

/** GET <endpoint>/ide/<file>: the IDE's scripts and styles, from installed packages. */
export function ideAssetRouter(): Router {
  const router = express.Router();
  router.get('/:file', (req, res) => {
    const file = ideAssets.get(req.params.file);
    if (file) res.sendFile(file, { maxAge: '1d' });
    else res.sendStatus(404);
  });
  return router;
}

/**
 * GET <endpoint> from a browser (Accept prefers text/html, no `query` parameter) gets the IDE page;
 * everything else falls through to GraphQL. Clients that accept anything (curl) get GraphQL.
 */
export function idePageHandler(endpoint: string): RequestHandler {
  const html = idePage(`${endpoint}/ide`);
  return (req, res, next) => {
    const wantsPage =
      req.query.query === undefined &&
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsPage) return next();
    res.set('content-security-policy', IDE_CONTENT_SECURITY_POLICY).type('html').send(html);
  };
}
