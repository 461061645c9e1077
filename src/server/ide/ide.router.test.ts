import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';

import { ideRouter, jsonForScriptElement } from './ide.router';

const ROOT = path.resolve(__dirname, '../../..');
const BUILD_SCRIPT = path.join(ROOT, 'scripts', 'build-ide.mjs');

// ---------------------------------------------------------------------------------------
// Finding code or styles loaded from another origin. Only constructs that make a browser
// fetch something count: a URL that is merely data (license comments, links in docs,
// XML namespaces like http://www.w3.org/2000/svg, <a href> in React elements) does not.

/** An absolute http(s) URL or a protocol-relative one ("//cdn…"), right after a quote. */
const EXTERNAL = String.raw`["'\x60]\s*(?:https?:)?//`;

const EXTERNAL_LOADS_HTML: RegExp[] = [
  // <script src>, <img src>, <iframe src>, <link href> (stylesheet, modulepreload, icon…)
  new RegExp(String.raw`<(?:script|img|iframe|source|embed)\b[^>]*\bsrc\s*=\s*(?:${EXTERNAL}|(?:https?:)?//)`, 'i'),
  new RegExp(String.raw`<link\b[^>]*\bhref\s*=\s*(?:${EXTERNAL}|(?:https?:)?//)`, 'i'),
];

const EXTERNAL_LOADS_JS: RegExp[] = [
  new RegExp(String.raw`\bimport\s*\(\s*${EXTERNAL}`), // import("https://…")
  new RegExp(String.raw`\bimport\s*${EXTERNAL}`), // import "https://…"
  new RegExp(String.raw`\bfrom\s*${EXTERNAL}`), // import x from "https://…" / export … from
  new RegExp(String.raw`\bnew\s+(?:Shared)?Worker\s*\(\s*(?:new\s+URL\s*\(\s*)?${EXTERNAL}`), // new Worker("https://…")
  new RegExp(String.raw`\bimportScripts\s*\(\s*${EXTERNAL}`),
  new RegExp(String.raw`\bsrc\s*:\s*${EXTERNAL}`), // createElement("script", { src: "https://…" })
  new RegExp(String.raw`\bsrc\s*=\s*\\?["'\x60]?(?:https?:)?//`), // script.src = "https://…", or src= in an HTML string
  new RegExp(String.raw`<link\b[^>]*\bhref\s*=\s*\\?["']?(?:https?:)?//`, 'i'), // <link href> inside an HTML string
  new RegExp(String.raw`\burl\(\s*\\?["']?\s*(?:https?:)?//`, 'i'), // CSS text inside JS
];

const EXTERNAL_LOADS_CSS: RegExp[] = [/\burl\(\s*["']?\s*(?:https?:)?\/\//i, /@import\s+(?:url\(\s*)?["']?\s*(?:https?:)?\/\//i];

function externalLoads(text: string, patterns: RegExp[]): string[] {
  const hits: string[] = [];
  for (const pattern of patterns) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const m of text.matchAll(global)) {
      hits.push(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 60));
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------------------

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** body, gunzipped if the server sent it gzip-encoded */
  text: string;
}

/** Plain node:http (no transparent decompression, unlike fetch). */
function request(baseUrl: string, url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(url, baseUrl), { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const decoded = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(body) : body;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: decoded.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (method === 'POST') req.end(JSON.stringify({ query: '{ __typename }' }));
    else req.end();
  });
}

function listen(app: express.Express): Promise<{ server: http.Server; baseUrl: string }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, baseUrl: `http://127.0.0.1:${port}` });
    });
  });
}

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const STUB_RESULT = { data: { stub: true } };
const TRICKY_TABS = [
  { query: '{ athletes { name } }' },
  { query: '# </script><script>alert(1)</script>\n{ __typename }', variables: '{ "x": "<!-- & \u2028" }' },
];

function stubApp(options: Parameters<typeof ideRouter>[0]): express.Express {
  const app = express();
  app.use(ideRouter(options));
  // Stands in for Apollo: answers every GraphQL request with a fixed result.
  app.post('/graphql', express.json(), (_req, res) => {
    res.json(STUB_RESULT);
  });
  app.get('/graphql', (_req, res) => {
    res.json({ ...STUB_RESULT, via: 'GET' });
  });
  return app;
}

/** Values of src= / href= attributes in the page. */
function referencedAssets(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/g)].map((m) => m[1]).filter((u) => !u.startsWith('data:'));
}

function expectContentType(res: RawResponse, url: string): void {
  const type = String(res.headers['content-type']);
  const ext = path.extname(new URL(url, 'http://x').pathname);
  const expected: Record<string, RegExp> = {
    '.js': /^text\/javascript\b/,
    '.css': /^text\/css\b/,
    '.woff2': /^font\/woff2$/,
    '.woff': /^font\/woff$/,
    '.ttf': /^font\/ttf$/,
  };
  expect(expected[ext]).toBeDefined();
  expect({ url, type }).toEqual({ url, type: expect.stringMatching(expected[ext]) });
}

describe('ideRouter', () => {
  let server: http.Server;
  let baseUrl: string;

  beforeAll(async () => {
    // Builds dist/ide on a clean clone; a no-op (a few ms) when the bundle is up to date.
    execFileSync(process.execPath, [BUILD_SCRIPT, '--quiet'], { cwd: ROOT, stdio: 'inherit', timeout: 180_000 });
    ({ server, baseUrl } = await listen(stubApp({ endpoint: '/graphql', title: 'Athletics <IDE>', defaultTabs: TRICKY_TABS })));
  }, 200_000);

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  describe('page', () => {
    it('serves GraphiQL to a browser (Accept: text/html)', async () => {
      const res = await request(baseUrl, '/graphql', { accept: BROWSER_ACCEPT });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers.vary).toMatch(/\bAccept\b/);
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.text).toContain('<div id="graphiql">');
      expect(res.text).toContain('<title>Athletics &#60;IDE&#62;</title>');
      expect(res.text).toMatch(/<script type="module" src="\/ide\/ide\.js\?v=\w+"><\/script>/);
      expect(res.text).toMatch(/<link rel="stylesheet" href="\/ide\/ide\.css\?v=\w+" \/>/);
    });

    it('embeds endpoint and defaultTabs as JSON that cannot break out of its <script>', async () => {
      const { text } = await request(baseUrl, '/graphql', { accept: 'text/html' });
      const match = /<script type="application\/json" id="ide-config">([\s\S]*?)<\/script>/.exec(text);
      expect(match).not.toBeNull();
      const json = match![1];
      expect(json).not.toMatch(/[<>]/);
      expect(JSON.parse(json)).toEqual({ endpoint: '/graphql', defaultTabs: TRICKY_TABS });
      // exactly the page's three scripts: module, config, and nothing injected
      expect(text.match(/<script\b/g)).toHaveLength(2);
      expect(jsonForScriptElement({ a: '</script>' })).toBe('{"a":"\\u003c/script\\u003e"}');
    });

    it.each([
      ['application/json', 'application/json'],
      ['the GraphQL response type', 'application/graphql-response+json'],
      ['*/* (curl)', '*/*'],
      ['html with lower priority than json', 'application/json, text/html;q=0.5'],
    ])('passes GET with Accept: %s on to GraphQL', async (_label, accept) => {
      const res = await request(baseUrl, '/graphql?query=%7B__typename%7D', { accept });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(res.text)).toEqual({ ...STUB_RESULT, via: 'GET' });
    });

    it('passes GET without an Accept header and POSTs on to GraphQL', async () => {
      const get = await request(baseUrl, '/graphql?query=%7B__typename%7D');
      expect(JSON.parse(get.text)).toEqual({ ...STUB_RESULT, via: 'GET' });
      const post = await request(baseUrl, '/graphql', { accept: BROWSER_ACCEPT, 'content-type': 'application/json' }, 'POST');
      expect(post.status).toBe(200);
      expect(JSON.parse(post.text)).toEqual(STUB_RESULT);
    });

    it('only answers on the endpoint', async () => {
      const res = await request(baseUrl, '/elsewhere', { accept: BROWSER_ACCEPT });
      expect(res.status).toBe(404);
    });

    it('uses the mount path for the endpoint and asset URLs', async () => {
      const app = express();
      app.use('/api', ideRouter({ endpoint: '/graphql' }));
      const mounted = await listen(app);
      try {
        const { text } = await request(mounted.baseUrl, '/api/graphql', { accept: 'text/html' });
        expect(text).toMatch(/src="\/api\/ide\/ide\.js\?v=\w+"/);
        expect(text).toContain('{"endpoint":"/api/graphql"}');
        const [script] = referencedAssets(text).filter((u) => u.includes('ide.js'));
        expect((await request(mounted.baseUrl, script)).status).toBe(200);
      } finally {
        await new Promise((resolve) => mounted.server.close(resolve));
      }
    });

    it('explains how to build the bundle when it is missing', async () => {
      const emptyDir = mkdtempSync(path.join(os.tmpdir(), 'ide-missing-'));
      const missing = await listen(stubApp({ endpoint: '/graphql', assetsDir: emptyDir }));
      try {
        const page = await request(missing.baseUrl, '/graphql', { accept: BROWSER_ACCEPT });
        expect(page.status).toBe(503);
        expect(page.headers['content-type']).toMatch(/^text\/html/);
        expect(page.text).toContain('npm run build:ide');
        expect((await request(missing.baseUrl, '/ide/ide.js')).status).toBe(404);
        // GraphQL itself is unaffected
        expect((await request(missing.baseUrl, '/graphql', { accept: 'application/json' })).status).toBe(200);
      } finally {
        await new Promise((resolve) => missing.server.close(resolve));
        rmSync(emptyDir, { recursive: true, force: true });
      }
    });
  });

  describe('assets', () => {
    let html: string;
    let scriptUrl: string;
    let styleUrl: string;
    let ideJs: string;
    let ideCss: string;

    beforeAll(async () => {
      html = (await request(baseUrl, '/graphql', { accept: BROWSER_ACCEPT })).text;
      scriptUrl = referencedAssets(html).find((u) => /\/ide\.js\b/.test(u))!;
      styleUrl = referencedAssets(html).find((u) => /\/ide\.css\b/.test(u))!;
      ideJs = (await request(baseUrl, scriptUrl)).text;
      ideCss = (await request(baseUrl, styleUrl)).text;
    });

    it('serves every asset the page references, same-origin, with the right type and a long cache', async () => {
      const assets = referencedAssets(html);
      expect(assets.length).toBeGreaterThanOrEqual(2);
      for (const url of assets) {
        expect(url).toMatch(/^\/(?!\/)/); // a same-origin path
        const res = await request(baseUrl, url);
        expect({ url, status: res.status }).toEqual({ url, status: 200 });
        expectContentType(res, url);
        expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.body.length).toBeGreaterThan(1000);
      }
    });

    it('serves every Monaco worker ide.js refers to, as JavaScript', async () => {
      const workerUrls = [...ideJs.matchAll(/new\s+Worker\(\s*new\s+URL\(\s*(["'`])([^"'`]+)\1\s*,\s*import\.meta\.url\s*\)/g)].map(
        (m) => m[2],
      );
      const plainWorkers = [...ideJs.matchAll(/new\s+(?:Shared)?Worker\(\s*(["'`])([^"'`]+)\1/g)].map((m) => m[2]);
      expect(plainWorkers).toEqual([]); // all resolved relative to ide.js
      expect(workerUrls.map((u) => path.basename(u.split('?')[0])).sort()).toEqual([
        'editor.worker.js',
        'graphql.worker.js',
        'json.worker.js',
      ]);
      for (const relative of workerUrls) {
        const url = new URL(relative, new URL(scriptUrl, baseUrl)).toString();
        expect(url.startsWith(`${baseUrl}/ide/`)).toBe(true);
        const res = await request(baseUrl, url);
        expect({ url, status: res.status }).toEqual({ url, status: 200 });
        expectContentType(res, url);
        expect(res.headers['cache-control']).toContain('immutable');
        expect(res.text.length).toBeGreaterThan(10_000);
        expect(externalLoads(res.text, EXTERNAL_LOADS_JS)).toEqual([]);
        expect(res.text).not.toMatch(/\bimportScripts\s*\(/); // self-contained
      }
    });

    it('serves every file the CSS refers to (fonts are inlined, if any are not)', async () => {
      const urls = [...ideCss.matchAll(/\burl\(\s*(["']?)([^"')]+)\1\s*\)/g)]
        .map((m) => m[2].trim())
        .filter((u) => !u.startsWith('data:') && !u.startsWith('#'));
      for (const relative of urls) {
        const url = new URL(relative, new URL(styleUrl, baseUrl)).toString();
        const res = await request(baseUrl, url);
        expect({ url, status: res.status }).toEqual({ url, status: 200 });
        expectContentType(res, url);
      }
      expect(ideCss).toMatch(/@font-face\s*{[^}]*font-family:\s*codicon/); // Monaco's icon font
    });

    it('loads no code, styles or fonts from another origin', () => {
      expect(externalLoads(html, EXTERNAL_LOADS_HTML)).toEqual([]);
      expect(externalLoads(ideJs, EXTERNAL_LOADS_JS)).toEqual([]);
      expect(externalLoads(ideCss, EXTERNAL_LOADS_CSS)).toEqual([]);
      expect(ideJs).not.toContain('esm.sh');
    });

    it('has checks that do catch CDN loads (and ignore URLs that are only data)', () => {
      // GraphiQL's own CDN worker setup must be flagged …
      const esmSh = readFileSync(
        require.resolve('@graphiql/react/package.json').replace(/package\.json$/, 'dist/setup-workers/esm.sh.js'),
        'utf8',
      );
      expect(externalLoads(esmSh, EXTERNAL_LOADS_JS)).toHaveLength(3);
      for (const bad of [
        'await import("https://esm.sh/react")',
        "import{x}from'https://cdn.example/x.js'",
        'new Worker("//cdn.example/w.js")',
        'new Worker(new URL(`https://cdn.example/w.js`,import.meta.url))',
        'importScripts("https://cdn.example/a.js")',
        's.src="https://cdn.example/a.js"',
        'e.innerHTML=\'<link rel="stylesheet" href="https://cdn.example/a.css">\'',
        'x=".a{background:url(https://cdn.example/a.png)}"',
      ]) {
        expect({ bad, flagged: externalLoads(bad, EXTERNAL_LOADS_JS).length > 0 }).toEqual({ bad, flagged: true });
      }
      expect(externalLoads('<script src="https://unpkg.com/graphiql"></script>', EXTERNAL_LOADS_HTML).length).toBeGreaterThan(0);
      expect(externalLoads('<link rel="stylesheet" href="//unpkg.com/a.css">', EXTERNAL_LOADS_HTML).length).toBeGreaterThan(0);
      expect(externalLoads('@import url("https://fonts.googleapis.com/css")', EXTERNAL_LOADS_CSS).length).toBeGreaterThan(0);
      expect(externalLoads('src:url(https://fonts.gstatic.com/a.woff2)', EXTERNAL_LOADS_CSS).length).toBeGreaterThan(0);
      // … while mere data is not
      for (const ok of [
        '/*! https://github.com/microsoft/vscode/blob/main/LICENSE.txt */',
        'createElementNS("http://www.w3.org/2000/svg","svg")',
        '(0,r.jsx)("a",{href:"https://code.visualstudio.com/docs",children:"docs"})',
        'var e="https://react.dev/errors/"+i',
        'new Worker(new URL("./json.worker.js?v=1",import.meta.url))',
      ]) {
        expect({ ok, hits: externalLoads(ok, EXTERNAL_LOADS_JS) }).toEqual({ ok, hits: [] });
      }
    });

    it('serves gzip to clients that accept it, identical once decoded', async () => {
      const plain = await request(baseUrl, scriptUrl, { 'accept-encoding': 'identity' });
      const noHeader = await request(baseUrl, scriptUrl);
      expect(noHeader.headers['content-encoding']).toBeUndefined();
      const gz = await request(baseUrl, scriptUrl, { 'accept-encoding': 'gzip, deflate, br' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers.vary).toMatch(/Accept-Encoding/i);
      expect(gz.body.length).toBeLessThan(plain.body.length / 2);
      expect(gz.text).toBe(plain.text);
      expectContentType(gz, scriptUrl);
    });

    it('does not cache unversioned asset URLs forever, and serves nothing outside the bundle', async () => {
      const unversioned = await request(baseUrl, '/ide/ide.js');
      expect(unversioned.status).toBe(200);
      expect(unversioned.headers['cache-control']).toBe('no-cache');
      for (const url of ['/ide/nope.js', '/ide/..%2Fpackage.json', '/ide/%2E%2E%2F%2E%2E%2Fpackage.json', '/ide/manifest.json.gz']) {
        expect({ url, status: (await request(baseUrl, url)).status }).toEqual({ url, status: 404 });
      }
    });
  });
});
