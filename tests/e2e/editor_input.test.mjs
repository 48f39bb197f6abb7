// Typing into the editor: table cells, Chinese through an input method, clipboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openEditor, locate, click, settle, report, findings, screenshot, typeWithIme } from './editor.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const involves = (list, code) => list.some((f) => (f.cells || []).includes(code));

test('a number typed into a table cell changes the report and the findings', async () => {
  const { page, foreign } = await openEditor(browser, { hash: '#example=2021' });
  const before = await findings(page);
  await click(page, 't3.new.natural');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('9999');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal((await report(page)).cells['t3.new.natural'], 9999);
  // 9999 new applications of natural persons break 表三's balance: a new finding about that cell appears.
  const after = await findings(page);
  const added = after.filter((f) => !before.some((b) => b.rule === f.rule && b.message === f.message));
  assert.ok(involves(added, 't3.new.natural'), `new findings: ${added.map((f) => f.rule).join(', ')}`);
  await screenshot(page, 'editor-cell-typed');
  assert.deepEqual(foreign, []);
});

test('Chinese through IME composition lands in the agency field and in a narrative section', async () => {
  const { page } = await openEditor(browser);
  await click(page, 'agency');
  await typeWithIme(page, 'yanshishi', '偃师市埇桥区');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal((await report(page)).agency, '偃师市埇桥区');

  const overview = page.locator('textarea.nb-text[data-area="overview"]');
  await overview.click();
  await typeWithIme(page, 'zongtiqingkuang', '本年度总体情况良好。');
  assert.equal((await report(page)).sections.overview, '本年度总体情况良好。');
  await screenshot(page, 'editor-ime');
});

test('Ctrl+V pastes into an ImGui field and Ctrl+C copies from it', async () => {
  const { page, context } = await openEditor(browser, { clipboard: true });
  await page.evaluate(() => navigator.clipboard.writeText('青山县自然资源局'));
  await click(page, 'agency');
  await page.keyboard.press('Control+V');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal((await report(page)).agency, '青山县自然资源局');

  await page.evaluate(() => navigator.clipboard.writeText(''));
  await click(page, 'agency');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await settle(page);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '青山县自然资源局');
  await context.close();
});

test('tab-separated rows pasted from a spreadsheet reach the editor through Ctrl+V', async () => {
  const { page, context } = await openEditor(browser, { clipboard: true });
  await page.evaluate(() => navigator.clipboard.writeText('5\t6\n7\t8'));
  await click(page, 't3.new.natural');
  await page.keyboard.press('Control+V');
  await settle(page);
  const cells = (await report(page)).cells;
  assert.equal(cells['t3.new.natural'], 5);
  assert.equal(cells['t3.new.business'], 6);
  await context.close();
});

test('clicking a narrative finding scrolls to the section and selects the quoted text', async () => {
  const { page } = await openEditor(browser, { hash: '#example=2021' });
  const list = await findings(page);
  // (a finding that names cells leads to the cells instead)
  const index = list.findIndex((f) => f.section === 'overview' && f.quote && !(f.cells || []).length);
  assert.ok(index >= 0, `the example has a finding quoting 总体情况: ${list.map((f) => f.rule).join(', ')}`);
  await click(page, `finding.${index}`);
  await settle(page);
  const selected = await page.evaluate(() => {
    const el = document.activeElement;
    return el && el.dataset.area ? [el.dataset.area, el.value.slice(el.selectionStart, el.selectionEnd)] : null;
  });
  assert.deepEqual(selected, ['overview', list[index].quote]);
  await screenshot(page, 'editor-finding-selected');
});

test('Ctrl+Z in a prose box and the toolbar\'s 撤销 step through one history', async () => {
  const { page } = await openEditor(browser);
  const blank = { schema: 'nianbao/report', version: 1, format: '2021', year: 2024, agency: '青山县自然资源局',
    sections: { overview: '', problems: '', other: '' }, cells: {} };
  assert.equal(await page.evaluate((json) => window.nianbao.loadReport(json), JSON.stringify(blank)), '');
  await click(page, 't3.new.natural');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  const overview = page.locator('textarea.nb-text[data-area="overview"]');
  await overview.click();
  await page.keyboard.insertText('本年度');
  await settle(page);
  assert.equal((await report(page)).sections.overview, '本年度');
  await page.keyboard.press('Control+z');  // the editor's history, not the textarea's own
  await settle(page);
  assert.equal((await report(page)).sections.overview, '');
  assert.equal(await overview.inputValue(), '');
  assert.equal((await report(page)).cells['t3.new.natural'], 5);
  await page.keyboard.press('Control+y');
  await settle(page);
  assert.equal(await overview.inputValue(), '本年度');
  await page.keyboard.insertText('，');  // still in the box, the caret after the restored text
  await settle(page);
  assert.equal((await report(page)).sections.overview, '本年度，');
  await click(page, 'undo');
  assert.equal((await report(page)).sections.overview, '本年度');
  await click(page, 'undo');
  await click(page, 'undo');
  assert.equal((await report(page)).sections.overview, '');
  assert.equal((await report(page)).cells['t3.new.natural'] ?? null, null);  // blank again (null, never 0)
});
