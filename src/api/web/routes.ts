import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { projectRoot } from '../../config/env';

/** Where `npm run build` (scripts/build.cjs, Vite) puts the explorer's bundle. */
export const WEB_DIST = path.join(projectRoot, 'dist', 'web');

/**
 * The explorer's own scripts and styles, the service itself and nothing else: no CDN, no inline
 * script. Inline styles are allowed: React Flow and ECharts position what they draw with them.
 */
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Plan Graph</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
<h1>规划图谱 · Plan Graph</h1>
<p>浏览界面尚未构建。The explorer has not been built: run <code>npm ci</code> (or <code>npm run build</code>) with dev dependencies, then restart.</p>
<p>GraphQL: <a href="/graphql">/graphql</a></p>
</body></html>
`;

/**
 * The explorer at /: hashed files under /assets/ (cached for good), and index.html for every other
 * GET a browser makes, so a deep link (/indicators/…) opens its view. Mount after /graphql.
 */
export function webAppRouter(dir: string = WEB_DIST): Router {
  const router = express.Router();
  const index = path.join(dir, 'index.html');
  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false }),
    (_req, res) => void res.sendStatus(404),
  );
  router.get(/.*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.set('content-security-policy', WEB_CONTENT_SECURITY_POLICY);
    // The page is small and names the current hashed bundle: always revalidated.
    res.set('cache-control', 'no-cache');
    if (!existsSync(index)) return void res.status(503).type('html').send(NOT_BUILT);
    res.sendFile(index);
  });
  return router;
}
