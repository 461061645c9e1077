// Serves GraphiQL 5 on GET <endpoint> for browsers, entirely from our own bundle
// (dist/ide/, built by `npm run build:ide` from ./client): no CDN, works offline.
//
// Mount it BEFORE the Apollo middleware on the same path:
//
//   app.use(ideRouter({ endpoint: '/graphql' }));
//   app.use('/graphql', express.json(), expressMiddleware(server));
//
// A GET <endpoint> whose Accept header prefers text/html gets the IDE page; every other
// request (GraphQL GETs, POSTs) falls through to Apollo. The page's assets are served under
// <mount path>/ide/. Apollo's own landing page (Apollo Sandbox, loaded from a CDN) is never
// reached for browser GETs once this router is mounted first; disabling it in Apollo
// (ApolloServerPluginLandingPageDisabled) makes that explicit.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';

import { IDE_CONFIG_ELEMENT_ID, IDE_ROOT_ELEMENT_ID, type IdeClientConfig, type IdeTab } from './ide-config';

export interface IdeRouterOptions {
  /** Path of the GraphQL endpoint, relative to where the router is mounted, e.g. '/graphql'. */
  endpoint: string;
  /** Page title. Default 'GraphiQL'. */
  title?: string;
  /** Tabs shown on a user's first visit (GraphiQL then keeps its own tabs in localStorage). */
  defaultTabs?: IdeTab[];
  /** Directory holding the built bundle. Default: <project root>/dist/ide. */
  assetsDir?: string;
  /**
   * Content-Security-Policy header for the page, or false for none. The default only
   * allows same-origin scripts, workers, styles, fonts and connections (plus data: fonts
   * and images and the inline styles Monaco injects), so the browser itself enforces that
   * nothing is loaded from another origin.
   */
  contentSecurityPolicy?: string | false;
}

export const IDE_ASSETS_PATH = '/ide';

const DEFAULT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Media types Apollo Server answers GET requests with; text/html must beat all of them. */
const GRAPHQL_RESPONSE_TYPES = ['application/json', 'application/graphql-response+json', 'multipart/mixed', 'text/html'];

interface Manifest {
  buildId: string;
  entry: { js: string; css: string };
  files: Record<string, { size: number; gzip?: number }>;
}

export function ideRouter(options: IdeRouterOptions): express.Router {
  const endpoint = options.endpoint;
  if (!endpoint.startsWith('/')) throw new Error(`ideRouter: endpoint must start with '/', got '${endpoint}'`);
  const title = options.title ?? 'GraphiQL';
  const assetsDir = path.resolve(options.assetsDir ?? defaultAssetsDir());
  const csp = options.contentSecurityPolicy ?? DEFAULT_CSP;
  const readManifest = manifestReader(assetsDir);

  const router = express.Router();

  router.get(endpoint, (req: Request, res: Response, next: NextFunction) => {
    if (!prefersHtml(req)) return next();
    res.vary('Accept'); // the same URL answers GraphQL GETs with JSON
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (csp) res.setHeader('Content-Security-Policy', csp);
    res.type('html');

    const manifest = readManifest();
    if (!manifest) {
      res.status(503).send(notBuiltPage(title, assetsDir));
      return;
    }
    const assets = `${req.baseUrl}${IDE_ASSETS_PATH}/`;
    const version = `?v=${encodeURIComponent(manifest.buildId)}`;
    const config: IdeClientConfig = { endpoint: `${req.baseUrl}${endpoint}` };
    if (options.defaultTabs?.length) config.defaultTabs = options.defaultTabs;
    res.send(
      idePage({
        title,
        config,
        scriptUrl: `${assets}${manifest.entry.js}${version}`,
        styleUrl: `${assets}${manifest.entry.css}${version}`,
      }),
    );
  });

  router.get(`${IDE_ASSETS_PATH}/:file`, (req: Request, res: Response, next: NextFunction) => {
    const file = String(req.params.file);
    const manifest = readManifest();
    const entry = manifest && Object.hasOwn(manifest.files, file) ? manifest.files[file] : undefined;
    const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()];
    if (!manifest || !entry || !contentType) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    // Asset URLs carry ?v=<build id> (the page and ide.js add it); those never change.
    const versioned = req.query.v === manifest.buildId;
    res.setHeader('Cache-Control', versioned ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.setHeader('Content-Type', contentType); // `send` keeps a Content-Type already set
    res.setHeader('X-Content-Type-Options', 'nosniff');
    let sendName = file;
    if (entry.gzip) {
      res.vary('Accept-Encoding');
      if (req.acceptsEncodings('gzip', 'identity') === 'gzip' && existsSync(path.join(assetsDir, `${file}.gz`))) {
        res.setHeader('Content-Encoding', 'gzip');
        sendName = `${file}.gz`;
      }
    }
    res.sendFile(sendName, { root: assetsDir, cacheControl: false, dotfiles: 'deny' }, (err?: Error) => {
      if (err && !res.headersSent) next(err);
    });
  });

  return router;
}

/**
 * Like Apollo Server's own landing-page check: serve HTML only to a GET whose Accept
 * header explicitly prefers text/html over the GraphQL response types (so `Accept: *\/*`,
 * as curl sends, still reaches GraphQL).
 */
function prefersHtml(req: Request): boolean {
  if (!req.headers.accept) return false;
  return req.accepts(GRAPHQL_RESPONSE_TYPES) === 'text/html';
}

/** <project root>/dist/ide, found from this file whether it runs from src/ or from tsc's dist/. */
function defaultAssetsDir(): string {
  let dir = __dirname;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'dist', 'ide');
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve('dist', 'ide');
    dir = parent;
  }
}

/** Reads manifest.json, re-reading only when the file changes (e.g. after a rebuild). */
function manifestReader(assetsDir: string): () => Manifest | undefined {
  const file = path.join(assetsDir, 'manifest.json');
  let cached: { mtimeMs: number; manifest: Manifest } | undefined;
  return () => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      cached = undefined;
      return undefined;
    }
    if (cached?.mtimeMs !== mtimeMs) {
      try {
        cached = { mtimeMs, manifest: JSON.parse(readFileSync(file, 'utf8')) as Manifest };
      } catch {
        return undefined; // being rewritten; the next request will see it
      }
    }
    return cached.manifest;
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON for a <script type="application/json"> element. Escaping <, > and & keeps
 * "</script>" and "<!--" in the data from ending the element; JSON.parse reads the
 * \u escapes back. U+2028/2029 are escaped for older JS parsers' sake.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function idePage(p: { title: string; config: IdeClientConfig; scriptUrl: string; styleUrl: string }): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${escapeHtml(p.title)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${escapeHtml(p.styleUrl)}" />
    <script type="module" src="${escapeHtml(p.scriptUrl)}"></script>
  </head>
  <body>
    <div id="${IDE_ROOT_ELEMENT_ID}"></div>
    <noscript>GraphiQL needs JavaScript.</noscript>
    <script type="application/json" id="${IDE_CONFIG_ELEMENT_ID}">${jsonForScriptElement(p.config)}</script>
  </body>
</html>
`;
}

function notBuiltPage(title: string, assetsDir: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(title)}: not built</title>
    <link rel="icon" href="data:," />
  </head>
  <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
    <h1>GraphiQL is not built yet</h1>
    <p>The IDE bundle was not found in <code>${escapeHtml(assetsDir)}</code>. Build it with</p>
    <pre><code>npm run build:ide</code></pre>
    <p>and reload this page. The GraphQL endpoint itself works: POST queries to it as JSON.</p>
  </body>
</html>
`;
}
