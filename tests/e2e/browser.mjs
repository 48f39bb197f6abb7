// browser.mjs — launches Debian's Chromium through playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';

export const EXECUTABLE = process.env.CHROMIUM || '/usr/bin/chromium';

/** Software GL, no background networking: the same for every browser the tests start. */
export const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * A fresh headless Chromium with software GL and no background networking. Playwright gives every
 * launch its own temporary profile (it refuses a --user-data-dir argument). `env`: the browser's environment
 * (e.g. FONTCONFIG_FILE for a computer without Chinese fonts); the default is this process's.
 */
export async function launch({ env } = {}) {
  return chromium.launch({
    env,
    executablePath: EXECUTABLE,
    headless: true,
    args: BROWSER_ARGS,
  });
}

/**
 * Records every request a page makes other than to `allowedUrl` (the page itself) and data:/blob: URLs.
 * Returns the live list; a test asserts it is empty.
 */
export function recordForeignRequests(page, allowedUrl) {
  const foreign = [];
  page.on('request', (req) => {
    const url = req.url();
    if (url === allowedUrl || url.startsWith('data:') || url.startsWith('blob:')) return;
    foreign.push(url);
  });
  return foreign;
}

/** Folder where tests leave screenshots for people to look at. */
export const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
