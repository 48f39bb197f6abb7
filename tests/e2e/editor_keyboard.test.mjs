// The keyboard's route through the report: from opening the page to a saved JSON with keys only (not one
// mouse event), Tab and Shift+Tab through 机关信息 → 正文 → 表二 → 表三 → 表四 → 正文, and keys typed right
// after a Tab, after F8 or into a dialog just opened landing where the focus went.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch } from './browser.mjs';
import { openEditor, settleUntil, settle, report, findings } from './editor.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Records every mouse, pointer and wheel event from the user (capturing, before anything handles it). */
function countMouseEvents() {
  window.__mouseEvents = [];
  for (const type of ['mousedown', 'mouseup', 'mousemove', 'click', 'dblclick', 'contextmenu', 'pointerdown',
    'pointerup', 'pointermove', 'wheel'])
    // (The download itself is an <a>.click() by the page's script: not the user's mouse.)
    window.addEventListener(type, (e) => { if (e.isTrusted) window.__mouseEvents.push(type); }, true);
}

/** The DOM text area the keyboard is in, or null. */
const focusedArea = (page) => page.evaluate(() => document.activeElement?.dataset?.area ?? null);

test('from opening the page to a saved JSON with the keyboard only', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  await context.addInitScript(countMouseEvents);
  const { page } = await openEditor(browser, { context });
  const k = page.keyboard;

  // No pause anywhere: keys typed before the field Tab goes to is ready are held for it.
  await k.press('Tab');  // 机关名称
  await k.type('青山县城关镇人民政府');
  await k.press('Tab');  // 报告年度
  await k.type('2024');
  await k.press('Tab');  // 公布日期, written as officers write dates
  await k.type('2025年1月20日');
  await k.press('Tab');  // 一、总体情况
  await settle(page);
  assert.equal(await focusedArea(page), 'overview');
  await k.type('本镇2024年主动公开政府信息。');
  // Tab out of the text and straight on typing: the digits belong to 表二's first cell.
  await k.press('Tab');
  await k.type('12');
  await k.press('Tab');
  await k.type('3');
  await settle(page);
  let r = await report(page);
  assert.equal(r.sections.overview, '本镇2024年主动公开政府信息。');
  const t2 = Object.keys(r.cells).filter((c) => c.startsWith('t2.'));
  assert.equal(r.cells[t2[0]], 12, `first cell of 表二 (${t2[0]})`);
  assert.equal(r.cells[t2[1]], 3, `second cell of 表二 (${t2[1]})`);

  // Shift+Tab from 表二's first cell goes back into the text, the caret at its end.
  await k.press('Shift+Tab');
  await k.press('Shift+Tab');
  await settle(page);
  await k.type('全年未收费。');
  await settle(page);
  assert.equal(await focusedArea(page), 'overview');
  // Through the tables: Ctrl+End to each table's last cell, Tab on into the next one and, after 表四, into
  // 五、存在的主要问题; every stop is typed into straight after the key that reached it.
  await k.press('Tab');
  await k.press('Control+End');
  await k.type('4');
  await k.press('Tab');  // 表三's first cell
  await k.type('6');
  await k.press('Control+End');
  await k.press('Tab');  // 表四's first cell
  await k.type('1');
  await k.press('Control+End');
  await k.type('2');
  await k.press('Tab');  // 五、存在的主要问题
  await settle(page);
  await k.type('人员不足。');
  await k.press('Tab');  // 六、其他需要报告的事项
  await settle(page);
  await k.type('无。');
  await settle(page);
  assert.equal(await focusedArea(page), 'other');
  await k.press('Tab');  // on round to 机关名称: out of the text area
  await settle(page);
  assert.equal(await focusedArea(page), null);

  r = await report(page);
  assert.equal(r.sections.overview, '本镇2024年主动公开政府信息。全年未收费。');
  assert.equal(r.sections.problems, '人员不足。');
  assert.equal(r.sections.other, '无。');
  assert.equal(r.cells['t3.new.natural'], 6);
  assert.equal(r.cells['t4.review.upheld'], 1);
  assert.equal(r.cells['t4.after_review.total'], 2);
  const t2Last = Object.keys(r.cells).filter((c) => c.startsWith('t2.')).pop();
  assert.equal(String(r.cells[t2Last]), '4', `last cell of 表二 (${t2Last}, an amount: decimal text)`);

  const [download] = await Promise.all([page.waitForEvent('download'), k.press('Control+S')]);
  assert.equal(download.suggestedFilename(), '青山县城关镇人民政府2024年政府信息公开工作年度报告.json');
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(saved.agency, '青山县城关镇人民政府');
  assert.equal(saved.agency_kind, 'township', 'the kind is guessed from the name');
  assert.equal(saved.year, 2024);
  assert.equal(saved.published, '2025-01-20', 'a Chinese date is kept as YYYY-MM-DD');
  assert.deepEqual(saved, await report(page));
  assert.deepEqual(await page.evaluate(() => window.__mouseEvents), [], 'no mouse event at all');
  await context.close();
});

test('keys typed right after F8 in a text area land in the finding\'s cell', async () => {
  const { page, context } = await openEditor(browser);
  // One open finding about cells: 表三's 自然人 column does not add up.
  const json = JSON.stringify({ schema: 'nianbao/report', version: 1, format: '2021', year: 2024,
    agency: '青山县自然资源局', agency_kind: 'department', sections: { overview: '概况。', problems: '', other: '' },
    cells: { 't3.new.natural': 5 } });
  assert.equal(await page.evaluate((j) => window.nianbao.loadReport(j), json), '');
  await settle(page);
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');  // 机关名称, 年度, 公布日期, 总体情况
  await settleUntil(page, async () => (await focusedArea(page)) === 'overview');
  assert.equal(await focusedArea(page), 'overview');
  // F8 goes to the first open finding, one about cells: the digit typed with it is its first cell's.
  const first = (await findings(page))[0];
  assert.ok(first.cells.length > 0, `the first finding names cells (${first.rule})`);
  await page.keyboard.press('F8');
  await page.keyboard.type('7');
  await settleUntil(page, async () => (await report(page)).cells[first.cells[0]] === 7);
  const r = await report(page);
  assert.equal(r.cells[first.cells[0]], 7, `F8 went to ${first.cells[0]}`);
  assert.equal(r.sections.overview, '概况。', 'nothing typed into the text');
  await context.close();
});

test('keys typed at once after Tab, after a click on empty space and into 新建 (Alt+C) all land, in order', async () => {
  const { page } = await openEditor(browser);
  const k = page.keyboard;
  const fields = async () => {
    const r = await report(page);
    return [r.agency, r.year, r.published];
  };
  for (let round = 0; round < 3; round++) {
    await k.press('Tab');
    await k.type(`甲${round}局ABC`);
    await k.press('Tab');
    await k.type(`${2020 + round}`);
    await k.press('Tab');
    await k.type('2025-01-20');
    await k.press('Tab');
    await k.type('正文');
    await settle(page);
    assert.deepEqual(await fields(), [`甲${round}局ABC`, 2020 + round, '2025-01-20'], `round ${round}`);
    // Round again from nowhere: a click on the status line (empty space) lets go of the text area.
    await page.mouse.click(700, 885);
    await settle(page);
    for (const combo of ['Tab', 'Tab', 'Tab']) {
      await k.press(combo);
      await k.press('Control+A');
      await k.press('Delete');
    }
    await page.mouse.click(700, 885);
    await settle(page);
  }
  await k.press('Alt+C');
  await k.type('青山县水利局');
  await k.press('Enter');  // 创建: the report typed into is not saved, so the editor asks first
  await k.press('N');      // 不保存，继续 (the Enter that created does not also answer the question)
  assert.ok(await settleUntil(page, async () => (await report(page)).agency === '青山县水利局'),
            `agency ${(await report(page)).agency}`);
});
