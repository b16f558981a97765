// Headless Chromium for the e2e tests: Debian's /usr/bin/chromium driven by playwright-core,
// a fresh profile per launch, and the flags that keep it from stalling on a closed network.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.PHUSONG_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium with a new temporary profile; `close()` also deletes the profile. */
export async function launch(options = {}) {
  const profile = await mkdtemp(path.join(tmpdir(), 'phusong-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A new page that records every request URL, console error, uncaught exception and
 * Content-Security-Policy violation (`securitypolicyviolation` events, from an init script
 * that runs before any page script).
 */
export async function monitoredPage(context) {
  const page = await context.newPage();
  const log = { requests: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (req) => log.requests.push(req.url()));
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => log.pageErrors.push(String(err)));
  await page.addInitScript(() => {
    window.__phusongCspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__phusongCspViolations.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  log.cspViolations = () => page.evaluate(() => window.__phusongCspViolations ?? []);
  return { page, log };
}
