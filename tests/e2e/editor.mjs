// editor.mjs — helpers for the browser tests of the web editor (build/web/nianbao.html, opened from file://).
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ARTIFACTS, recordForeignRequests } from './browser.mjs';

/** The built editor page. */
export const EDITOR_URL = pathToFileURL(new URL('../../build/web/nianbao.html', import.meta.url).pathname).href;

/**
 * Opens the editor in a new context (own localStorage unless `context` is given; with `clipboard`, allowed
 * to read and write the clipboard) and waits for its first frame.
 * Returns {context, page, foreign (requests other than the page), errors (page errors)}.
 */
export async function openEditor(browser, { hash = '', context = null, clipboard = false } = {}) {
  context = context || await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const foreign = recordForeignRequests(page, EDITOR_URL);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => d.accept());  // the leave-page warning on reload
  // File choosers are intercepted from the start, so none can open before a test's listener is in place.
  page.on('filechooser', () => {});
  await page.goto(EDITOR_URL + hash);
  await waitForEditor(page);
  return { context, page, foreign, errors };
}

/** Waits until the editor drew its first frame and handled its start. */
export async function waitForEditor(page) {
  await page.waitForFunction(() => window.nianbao && window.nianbao.frameCount() > 0, null, { timeout: 30000 });
  await settle(page);
}

/**
 * Lets the editor handle what just happened: a macrotask turn for asynchronous browser work (clipboard, file
 * reads), then four animation frames (the editor draws up to three frames after each input, in rAF order).
 */
export async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await page.evaluate(() => new Promise((resolve) => {
    let n = 4;
    const step = () => (--n > 0 ? requestAnimationFrame(step) : resolve());
    requestAnimationFrame(step);
  }));
}

/**
 * Settles until `check` (async, true when done) holds, at most `rounds` times, and returns whether it held: on
 * a busy machine queued keys can take the editor more frames than one settle waits for.
 */
export async function settleUntil(page, check, rounds = 40) {
  for (let i = 0; i < rounds; i++) {
    if (await check()) return true;
    await settle(page);
  }
  return check();
}

/**
 * The file chooser that `action` (a key or a click) opens; fails with the editor's status line (which says
 * why a picker did not open) when none opens.
 */
export async function chooseFile(page, action) {
  const chooser = page.waitForEvent('filechooser', { timeout: 15000 });
  chooser.catch(() => {});  // when `action` throws, its error is the one reported
  await action();
  try {
    return await chooser;
  } catch (e) {
    throw new Error(`no file chooser opened; status line: "${await page.evaluate(() => window.nianbao.status())}"`);
  }
}

/** Where the editor drew `target` in the last frame ({x, y, w, h}); fails clearly when it is not visible. */
export async function locate(page, target) {
  const json = await page.evaluate((t) => window.nianbao.locate(t), target);
  if (!json) throw new Error(`locate("${target}"): not visible`);
  return JSON.parse(json);
}

/**
 * Scrolls the report with the mouse wheel (over the left margin, away from DOM text areas) until `target`
 * is fully visible; returns its rectangle.
 */
export async function reveal(page, target) {
  const viewport = page.viewportSize();
  for (let i = 0; i < 40; i++) {
    const json = await page.evaluate((t) => window.nianbao.locate(t), target);
    const r = json ? JSON.parse(json) : null;
    if (r && r.y >= 0 && r.y + r.h <= viewport.height - 60) return r;
    await page.mouse.move(12, viewport.height / 2);
    await page.mouse.wheel(0, r && r.y < 0 ? -200 : 200);
    await settle(page);
  }
  throw new Error(`reveal("${target}"): never became visible`);
}

/** Scrolls `target` into view, clicks its middle, then lets the editor draw the result. */
export async function click(page, target) {
  const r = await reveal(page, target);
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await settle(page);
}

/** Report JSON and findings as objects. */
export const report = async (page) => JSON.parse(await page.evaluate(() => window.nianbao.getReport()));
export const findings = async (page) => JSON.parse(await page.evaluate(() => window.nianbao.getFindings()));

/** Saves a screenshot to tests/e2e/artifacts/<name>.png for people to look at. */
export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png` });
}

/** Chinese typed through an input method: composition first (pinyin), then the committed text. */
export async function typeWithIme(page, pinyin, text) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
  await settle(page);
}
