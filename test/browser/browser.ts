// A real headless Chromium (Debian's, installed by scripts/ensure-chromium.sh) driven by
// playwright-core, watching what a page does: console errors, page errors, failed requests
// and any request that leaves the loopback interface (aborted, and reported).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const ARTIFACTS_DIR = join(__dirname, '..', '..', 'test-artifacts');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors, failed and >= 400 responses, in order. */
  problems: string[];
  /** Every request the page made, as "METHOD url". */
  requests: string[];
  /** Requests to anything but 127.0.0.0/8, localhost or [::1] (they were aborted). */
  external: string[];
  /** Saves a screenshot under test-artifacts/ and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** True for URLs that stay on this machine (and for data:/blob: URLs, which load nothing). */
export function isLoopback(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Launches Chromium with a fresh, empty profile (playwright-core makes a new temporary
 * user-data-dir per launch) and opens a page that is watched from its first request.
 */
export async function openWatchedPage(viewport = { width: 1400, height: 900 }): Promise<WatchedPage> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const problems: string[] = [];
  const requests: string[] = [];
  const external: string[] = [];
  let context: BrowserContext;
  try {
    context = await browser.newContext({ viewport });
    // Nothing may leave the machine: abort it and record it.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLoopback(url)) return route.continue();
      external.push(url);
      return route.abort('internetdisconnected');
    });
  } catch (error) {
    await browser.close();
    throw error;
  }
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`[console.error] ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`[pageerror] ${err.message}`));
  page.on('request', (req) => requests.push(`${req.method()} ${req.url()}`));
  page.on('requestfailed', (req) => problems.push(`[requestfailed] ${req.url()} ${req.failure()?.errorText ?? ''}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`[http ${res.status()}] ${res.url()}`);
  });
  return {
    page,
    problems,
    requests,
    external,
    async screenshot(name) {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      const path = join(ARTIFACTS_DIR, name);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    close: () => browser.close(),
  };
}
