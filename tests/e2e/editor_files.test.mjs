// Files: Ctrl+S downloads the report JSON; reopening restores the autosave; a dropped file opens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { launch } from './browser.mjs';
import { openEditor, chooseFile, click, settle, report, screenshot } from './editor.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('Ctrl+S downloads the report JSON under its Chinese name', async () => {
  const { page } = await openEditor(browser, { hash: '#example=2021' });
  await page.mouse.click(700, 880);  // focus the page (status line), no field active
  await settle(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+S')]);
  assert.match(download.suggestedFilename(), /青山县自然资源局.*\.json$/);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(saved, await report(page));
  assert.equal(saved.agency, '青山县自然资源局');
});

/** Drops a file named `name` holding `text` on the page, as a file manager would. */
/** Drops a file holding `text` (a string, or an array of bytes) on the editor. */
async function dropFile(page, name, text) {
  const dataTransfer = await page.evaluateHandle(([text, name]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([typeof text === 'string' ? text : new Uint8Array(text)], name));
    return dt;
  }, [text, name]);
  await page.dispatchEvent('#canvas', 'drop', { dataTransfer });
}

test('a report file dropped on the page opens; a broken one changes nothing', async () => {
  const { page } = await openEditor(browser);
  const json = JSON.stringify({ schema: 'nianbao/report', version: 1, format: '2021', year: 2023,
    agency: '偃师市人民政府办公室', sections: {}, cells: { 't3.new.natural': 4 } });
  await dropFile(page, '偃师市2023年报.json', json);
  await page.waitForFunction(() => JSON.parse(window.nianbao.getReport()).agency === '偃师市人民政府办公室');
  assert.equal((await report(page)).cells['t3.new.natural'], 4);

  const before = await page.evaluate(() => window.nianbao.getReport());
  const framesBefore = await page.evaluate(() => window.nianbao.frameCount());
  await dropFile(page, '坏文件.json', '{"schema": "nianbao/report", "cells": ');
  // The file is read asynchronously; its message redraws the editor. Wait for that frame, then a settle.
  await page.waitForFunction((n) => window.nianbao.frameCount() > n, framesBefore, { timeout: 10000 });
  await settle(page);
  assert.equal(await page.evaluate(() => window.nianbao.getReport()), before);
  await screenshot(page, 'editor-bad-drop');
});

// A real published report (sample read at test time from ../shared; never copied into the repo).
const PINGTAN = new URL('../../../shared/samples/real/pingtan-2021.html', import.meta.url).pathname;
test('a published report page dropped on the editor is imported (gumbo in WebAssembly)', {
  skip: existsSync(PINGTAN) ? false : `SKIPPED: ${PINGTAN} absent`,
}, async () => {
  const { page } = await openEditor(browser);
  await dropFile(page, 'pingtan-2021.html', await readFile(PINGTAN, 'utf8'));
  await page.waitForFunction(() => JSON.parse(window.nianbao.getReport()).agency !== '', null, { timeout: 15000 });
  const imported = await report(page);
  assert.match(imported.agency, /平潭/);
  assert.equal(imported.format, '2021');
  const filled = Object.values(imported.cells).filter((v) => v !== null).length;
  assert.ok(filled > 100, `${filled} cells filled`);
  await screenshot(page, 'editor-imported-html');
});

const PINGTAN_TEXT = new URL('../../../shared/samples/real/pingtan-2024.txt', import.meta.url).pathname;
test('text copied from a published report is pasted into 导入网页或文本 → 粘贴复制的文字 and imported', {
  skip: existsSync(PINGTAN_TEXT) ? false : `SKIPPED: ${PINGTAN_TEXT} absent`,
}, async () => {
  const { page, foreign } = await openEditor(browser, { clipboard: true });
  await click(page, 'import');
  await click(page, 'import.paste');
  await page.evaluate((t) => navigator.clipboard.writeText(t), await readFile(PINGTAN_TEXT, 'utf8'));
  await click(page, 'paste.text');
  await page.keyboard.press('Control+V');
  await settle(page);
  await screenshot(page, 'editor-paste-import');
  await click(page, 'paste.import');
  const imported = await report(page);
  assert.match(imported.agency, /平潭/);
  assert.equal(imported.year, 2024);
  assert.equal(imported.cells['t3.new.total'], 218);
  assert.deepEqual(foreign, []);
});

test('the 打开 button opens the file picker, and unsaved changes arm the leave-page warning', async () => {
  const { page } = await openEditor(browser, { hash: '#example=2021' });
  const chooser = await chooseFile(page, () => click(page, 'open'));
  assert.equal(await chooser.element().evaluate((input) => input.accept), '.json,.docx,.doc,.wps');
  await chooser.setFiles({ name: '年报.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({
    schema: 'nianbao/report', version: 1, format: '2019', year: 2020, agency: '埇桥区人民政府', sections: {}, cells: {} })) });
  await page.waitForFunction(() => JSON.parse(window.nianbao.getReport()).agency === '埇桥区人民政府');

  await click(page, 'agency');
  await page.keyboard.type('X');
  await page.keyboard.press('Enter');
  await settle(page);
  const dialog = new Promise((resolve) => {
    page.once('dialog', (d) => resolve(d.type()));
    setTimeout(() => resolve('no dialog within 5 s'), 5000);
  });
  await page.close({ runBeforeUnload: true });
  assert.equal(await dialog, 'beforeunload');
});

test('a picker the browser will not open (no key press or click just before) is said in the status line', async () => {
  const { context, page, errors } = await openEditor(browser, { hash: '#example=2021' });
  const before = await page.evaluate(() => window.nianbao.getReport());
  let opened = false;
  page.on('filechooser', () => { opened = true; });
  // Playwright's evaluate counts as a user gesture: wait until that activation has lapsed (5 s), then press
  // Ctrl+O from a script (no gesture) and let the editor draw its frames within that same script.
  await page.waitForFunction(() => !navigator.userActivation.isActive, null, { polling: 100, timeout: 15000 });
  const cdp = await context.newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', {
    userGesture: false, awaitPromise: true, returnByValue: true,
    expression: `new Promise((resolve) => {
      for (const type of ['keydown', 'keyup'])
        window.dispatchEvent(new KeyboardEvent(type, { key: 'o', code: 'KeyO', ctrlKey: true, bubbles: true }));
      let n = 6;
      const step = () => (--n > 0 ? requestAnimationFrame(step) : resolve(window.nianbao.status()));
      requestAnimationFrame(step);
    })`,
  });
  assert.match(result.value, /^浏览器没有打开选择文件的窗口/);
  assert.equal(opened, false);
  assert.equal(await page.evaluate(() => window.nianbao.getReport()), before);
  assert.deepEqual(errors, []);
});

// A layout fixture of the repository, in GBK: the browser decodes it behind the platform seam.
const GBK_PAGE = new URL('../data/import/gbk.html', import.meta.url).pathname;
test('a GBK page dropped on the editor is decoded (TextDecoder gbk) and imported in full', async () => {
  const { page } = await openEditor(browser);
  await dropFile(page, 'gbk.html', [...await readFile(GBK_PAGE)]);
  await page.waitForFunction(() => JSON.parse(window.nianbao.getReport()).agency === '青山县农业农村局', null,
    { timeout: 15000 });
  const imported = await report(page);
  assert.equal(imported.cells['t3.new.total'], 51);
  assert.equal(imported.cells['t4.direct.total'], 2);
});
