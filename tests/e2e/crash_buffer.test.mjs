// Crash buffer (崩溃恢复缓存): every edit older than a second survives the whole browser being killed; each tab
// has its own buffer, which survives a renderer crash and is never taken or deleted by another open tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launch, BROWSER_ARGS, EXECUTABLE } from './browser.mjs';
import { EDITOR_URL, openEditor, waitForEditor, click, settle, report, screenshot } from './editor.mjs';

/** Every crash-buffer record in the page's IndexedDB: [{slot, json, savedAt}]. */
const records = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('nianbao', 1);
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const all = open.result.transaction('buffers', 'readonly').objectStore('buffers').getAll();
    all.onsuccess = () => { open.result.close(); resolve(all.result); };
    all.onerror = () => reject(all.error);
  };
}));

/** Is `target` drawn in the last frame? */
const visible = async (page, target) => (await page.evaluate((t) => window.nianbao.locate(t), target)) !== '';

/** Types `value` into cell `code` and commits it with Enter; returns when the edit reached the report. */
async function typeCell(page, code, value) {
  await click(page, code);
  await page.keyboard.type(String(value));
  await page.keyboard.press('Enter');
  await page.waitForFunction(([c, v]) => JSON.parse(window.nianbao.getReport()).cells[c] === v, [code, value],
    { polling: 10 });
  return Date.now();
}

/**
 * Chromium started by hand (not by playwright) on the profile `dir`, as its own process group, so that the
 * whole browser can be killed at once like a power cut or the task manager would. Returns {browser, pid}.
 */
async function startChromium(dir) {
  const child = spawn(EXECUTABLE, [...BROWSER_ARGS, '--headless', `--user-data-dir=${dir}`,
    '--remote-debugging-port=0', '--no-default-browser-check', 'about:blank'],
  { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const ws = await new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${err}`)), 30000);
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
  child.stderr.resume();
  const browser = await chromium.connectOverCDP(ws);
  return { browser, pid: child.pid, exited: new Promise((resolve) => child.on('exit', resolve)) };
}

test('SIGKILL of the whole browser 1 s after the last edit: the relaunched browser restores every edit', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'nianbao-profile-'));
  try {
    const first = await startChromium(profile);
    const page = await first.browser.contexts()[0].newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(EDITOR_URL + '#example=2021');
    await waitForEditor(page);
    const edits = { 't3.new.natural': 41, 't3.new.business': 42, 't3.new.research': 43, 't3.new.nonprofit': 44 };
    let last = 0;
    for (const [code, value] of Object.entries(edits)) {
      last = await typeCell(page, code, value);
      await page.waitForTimeout(300);  // typing on: the buffer is written while edits keep coming
    }
    await page.waitForTimeout(Math.max(0, last + 1000 - Date.now()));
    process.kill(-first.pid, 'SIGKILL');  // the browser and every process it started, at once
    await first.exited;
    await first.browser.close().catch(() => {});

    const second = await startChromium(profile);
    try {
      const again = await second.browser.contexts()[0].newPage();
      await again.setViewportSize({ width: 1400, height: 900 });
      await again.goto(EDITOR_URL);
      await waitForEditor(again);
      const stored = await records(again);
      assert.equal(stored.length, 1);
      assert.ok(stored[0].savedAt >= last - 1000 && stored[0].savedAt <= last + 1000,
        `buffer stamped ${stored[0].savedAt - last} ms after the last edit`);
      await screenshot(again, 'crash-buffer-after-browser-kill');
      await click(again, 'restore.accept');
      const restored = await report(again);
      for (const [code, value] of Object.entries(edits)) assert.equal(restored.cells[code], value, code);
      assert.equal(restored.agency, '青山县自然资源局');
    } finally {
      process.kill(-second.pid, 'SIGKILL');
      await second.exited;
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Opens the editor in a new tab of `context` (a context shares IndexedDB and locks between its tabs). */
async function newTab(context, hash = '') {
  return (await openEditor(browser, { context, hash })).page;
}

/** Sets the agency of the report in `page` to `name` by typing, and waits until its buffer is on disk. */
async function renameAgency(page, name) {
  await click(page, 'agency');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await settle(page);
  // Polled from here: waitForFunction takes a returned Promise as a truthy answer and would not wait.
  for (const deadline = Date.now() + 10000; ;) {
    if ((await records(page)).some((r) => r.json.includes(name))) return;
    if (Date.now() > deadline) throw new Error(`the buffer never held ${name}`);
    await page.waitForTimeout(200);
  }
}

test('each tab has its own buffer; both survive a renderer crash of both tabs and are offered one per tab', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const a = await newTab(context, '#example=2021');
  const b = await newTab(context, '#example=2019');
  await renameAgency(a, '甲县教育局');
  await renameAgency(b, '乙县民政局');
  assert.equal((await records(a)).length, 2);
  const crashed = [a, b].map((p) => new Promise((resolve) => p.once('crash', resolve)));
  for (const p of [a, b]) {
    const cdp = await context.newCDPSession(p);
    cdp.send('Page.crash').catch(() => {});  // the renderer dies: no answer comes
  }
  await Promise.all(crashed);

  const c = await newTab(context);
  await screenshot(c, 'crash-buffer-two-offers');
  assert.ok(await visible(c, 'restore.accept.1'), 'both dead tabs are offered');
  const d = await newTab(context);  // opened meanwhile: c holds both offers, d is not offered them
  assert.equal(await visible(d, 'restore.accept'), false);
  await click(c, 'restore.accept');  // the newest: 乙
  assert.equal((await report(c)).agency, '乙县民政局');
  const e = await newTab(context);  // c released the other one
  assert.ok(await visible(e, 'restore.accept'));
  assert.equal(await visible(e, 'restore.accept.1'), false);
  await click(e, 'restore.accept');
  assert.equal((await report(e)).agency, '甲县教育局');
  assert.equal((await report(e)).format, '2021');
  await context.close();
});

test('a second tab is not offered, and cannot delete, the buffer of a tab that is still open', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const a = await newTab(context, '#example=2021');
  await renameAgency(a, '丙县财政局');
  const b = await newTab(context);
  assert.equal(await visible(b, 'restore.accept'), false);
  await renameAgency(b, '丁县水利局');
  const stored = await records(b);
  assert.equal(stored.length, 2);
  assert.ok(stored.some((r) => r.json.includes('丙县财政局')));
  await a.close();  // closed with unsaved work: its buffer stays for the next editor
  await new Promise((r) => setTimeout(r, 500));  // the browser drops the closed page's lock just after
  const c = await newTab(context);
  assert.ok(await visible(c, 'restore.accept'));
  assert.equal(await visible(c, 'restore.accept.1'), false);
  await context.close();
});

test('丢弃 asks to confirm first; only 确定丢弃 deletes the buffer', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const a = await newTab(context, '#example=2021');
  await renameAgency(a, '戊县审计局');
  await a.close();
  await new Promise((r) => setTimeout(r, 500));  // the browser drops the closed page's lock just after
  const b = await newTab(context);
  await click(b, 'restore.discard');
  await screenshot(b, 'crash-buffer-discard-confirm');
  assert.ok(await visible(b, 'restore.discard.confirm'));
  assert.equal((await records(b)).length, 1);
  await click(b, 'restore.discard.confirm');
  await b.waitForFunction(() => window.nianbao.locate('restore.accept') === '');
  for (let i = 0; i < 20 && (await records(b)).some((r) => r.json.includes('戊县审计局')); i++) await b.waitForTimeout(100);
  assert.equal((await records(b)).some((r) => r.json.includes('戊县审计局')), false);
  await context.close();
});
