// Word in the browser: 导出 Word downloads a .docx (pugixml and stb's deflate in WebAssembly), which dropped
// back on the editor imports every cell; a hand-laid .docx (python-docx) imports; an old .doc is refused
// and changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch } from './browser.mjs';
import { openEditor, click, settle, report, screenshot } from './editor.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function dropBytes(page, name, bytes) {
  const dataTransfer = await page.evaluateHandle(([data, name]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], name));
    return dt;
  }, [Array.from(bytes), name]);
  await page.dispatchEvent('#canvas', 'drop', { dataTransfer });
}

test('导出 Word downloads a .docx that, dropped back, imports every cell and section', async () => {
  const { page } = await openEditor(browser, { hash: '#example=2021' });
  const original = await report(page);
  await click(page, 'export');
  await settle(page);
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'export.docx')]);
  assert.match(download.suggestedFilename(), /青山县自然资源局.*\.docx$/);
  const bytes = await readFile(await download.path());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');

  const fresh = await openEditor(browser);
  await dropBytes(fresh.page, download.suggestedFilename(), bytes);
  await fresh.page.waitForFunction(() => JSON.parse(window.nianbao.getReport()).agency === '青山县自然资源局');
  const back = await report(fresh.page);
  assert.deepEqual(back.cells, original.cells);
  assert.deepEqual(back.sections, original.sections);
  assert.equal(back.import.source, 'docx');
});

test('a hand-laid Word file dropped on the editor imports all 200 cells', async () => {
  const { page } = await openEditor(browser);
  const bytes = await readFile(new URL('../data/docx/hand-laid-2021.docx', import.meta.url));
  await dropBytes(page, 'hand-laid-2021.docx', bytes);
  await page.waitForFunction(() => JSON.parse(window.nianbao.getReport()).agency === '青山县交通运输局');
  const r = await report(page);
  const expected = JSON.parse(await readFile(new URL('../data/docx/hand-laid-2021.expected.json', import.meta.url), 'utf8'));
  assert.deepEqual(Object.fromEntries(Object.keys(expected.cells).map((k) => [k, r.cells[k]])), expected.cells);
  await screenshot(page, 'editor-docx-import');
});

test('an old binary .doc dropped on the editor is refused and changes nothing', async () => {
  const { page } = await openEditor(browser, { hash: '#example=2021' });
  const before = await page.evaluate(() => window.nianbao.getReport());
  const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
  await dropBytes(page, '年报.doc', doc);
  await settle(page);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.nianbao.getReport()), before);
  await screenshot(page, 'editor-doc-refused');
});
