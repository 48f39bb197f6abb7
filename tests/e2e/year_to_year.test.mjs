// Year to year: last year's report attached in the editor (CY rules live with the others, its prose beside
// each section), the next year's report started from it, and the 比对 view with its exported page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch } from './browser.mjs';
import { openEditor, chooseFile, click, locate, reveal, settle, report, findings, screenshot } from './editor.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/**
 * The open report as last year's: one year earlier, 结转下年度 = this year's 上年结转 except 自然人 = `forward`,
 * prose of its own.
 */
async function lastYearOf(page, forward) {
  const r = await report(page);
  r.year -= 1;
  for (const col of ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'])
    r.cells[`t3.forward.${col}`] = r.cells[`t3.carried.${col}`];
  r.cells['t3.forward.natural'] = forward;
  r.sections.problems = '上年的问题：政务新媒体更新频率偏低，依申请公开答复文书格式不够统一。下一步将建立季度巡查机制。';
  return r;
}

const cy = async (page, rule) => (await findings(page)).filter((f) => f.rule === rule);

/** Types `value` into cell `code` and commits it with Enter; returns when the report holds it. */
async function typeCell(page, code, value) {
  await click(page, code);
  await page.keyboard.type(String(value));
  await page.keyboard.press('Enter');
  for (let i = 0; i < 200; i++) {
    if ((await report(page)).cells[code] === value) return;
    await settle(page);
  }
  throw new Error(`${code} never became ${value}`);
}

test('last year attached with the 附加上年报告 button: CY1 appears and disappears as 上年结转 is corrected', async () => {
  const { page, foreign, errors } = await openEditor(browser, { hash: '#example=2021' });
  assert.deepEqual(await cy(page, 'CY1'), [], 'no cross-year rule without last year');
  const carried = (await report(page)).cells['t3.carried.natural'];
  const last = await lastYearOf(page, carried + 2);
  const unchanged = await page.evaluate(() => window.nianbao.getReport());

  const chooser = await chooseFile(page, () => click(page, 'previous.attach'));
  assert.equal(await chooser.element().evaluate((input) => input.accept), '.json');
  await chooser.setFiles({ name: '2023年报告.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(last)) });
  let cy1 = [];
  for (let i = 0; i < 100 && cy1.length === 0; i++) {
    await settle(page);
    cy1 = await cy(page, 'CY1');
  }
  assert.equal(cy1.length, 1);
  assert.deepEqual(cy1[0].cells, ['t3.carried.natural']);
  assert.equal(cy1[0].expected, String(carried + 2));
  assert.equal(cy1[0].actual, String(carried));
  assert.match(cy1[0].message, /2023 年报告第四项结转下年度继续办理/);
  // The document itself did not change: attaching is no edit.
  assert.equal(await page.evaluate(() => window.nianbao.getReport()), unchanged);

  await typeCell(page, 't3.carried.natural', carried + 2);
  assert.deepEqual(await cy(page, 'CY1'), [], 'corrected: CY1 is gone');
  await typeCell(page, 't3.carried.natural', carried + 1);
  assert.equal((await cy(page, 'CY1')).length, 1, 'wrong again: CY1 is back');
  await typeCell(page, 't3.carried.natural', carried + 2);
  assert.deepEqual(await cy(page, 'CY1'), []);

  // Last year's prose beside each section, and Alt+R hides it.
  const beside = await reveal(page, 'previous.problems');
  const area = await locate(page, 'problems');
  assert.ok(beside.x > area.x + area.w - 1, 'last year\'s text is to the right of this year\'s');
  await screenshot(page, 'year-previous-attached');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+R');
  await settle(page);
  assert.equal(await page.evaluate(() => window.nianbao.locate('previous.problems')), '');
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
});

test('loadPrevious: "" or a Chinese message; CY4 covers 一 as well as 五; 移除 turns the CY rules off', async () => {
  const { page } = await openEditor(browser, { hash: '#example=2021' });
  const before = await page.evaluate(() => window.nianbao.getFindings());
  const error = await page.evaluate(() => window.nianbao.loadPrevious('{"schema": "nianbao/report"'));
  assert.match(error, /^无法读取上年报告：/);
  assert.equal(await page.evaluate(() => window.nianbao.getFindings()), before, 'a bad file changes nothing');

  const last = await lastYearOf(page, 0);
  last.sections.overview = (await report(page)).sections.overview.replaceAll('2024', '2023');
  assert.equal(await page.evaluate((j) => window.nianbao.loadPrevious(j), JSON.stringify(last)), '');
  await settle(page);
  const cy4 = await cy(page, 'CY4');
  assert.deepEqual(cy4.map((f) => f.section), ['overview']);
  assert.match(cy4[0].message, /^一、总体情况与 2023 年报告几乎相同/);
  assert.ok((await cy(page, 'CY1')).length > 0);

  await click(page, 'previous.remove');
  assert.deepEqual((await findings(page)).filter((f) => f.rule.startsWith('CY')), []);
});

test('以上年报告为基础新建: the next year in its format, 上年结转 carried, everything else empty, last year attached', async () => {
  const { page } = await openEditor(browser, { hash: '#example=2019' });
  const last = await report(page);
  assert.equal(last.format, '2019');
  await click(page, 'new');
  await click(page, 'new.from_current');
  let next = await report(page);
  for (let i = 0; i < 50 && next.year === last.year; i++) {
    await settle(page);
    next = await report(page);
  }
  assert.equal(next.year, last.year + 1);
  assert.equal(next.format, next.year >= 2021 ? '2021' : '2019');
  assert.equal(next.agency, last.agency);
  assert.equal(next.agency_kind, last.agency_kind);
  for (const col of ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'])
    assert.equal(next.cells[`t3.carried.${col}`], last.cells[`t3.forward.${col}`] ?? null, col);
  const filled = Object.entries(next.cells).filter(([, v]) => v !== null).map(([k]) => k);
  assert.ok(filled.every((k) => k.startsWith('t3.carried.')), filled.join());
  assert.deepEqual(Object.values(next.sections).filter((s) => s !== ''), []);
  // Last year stays attached: the bar names it, and 上年结转 agrees with it (no CY1).
  assert.ok((await locate(page, 'previous.remove')).w > 0);
  assert.deepEqual(await cy(page, 'CY1'), []);
  await screenshot(page, 'year-new-from-previous');
  // Undo brings the old report back.
  await page.keyboard.press('Control+Z');
  await settle(page);
  assert.equal((await report(page)).year, last.year);
});

test('比对 view (Alt+B) and its export: a page with every cell, the flags and the shared passages', async () => {
  const { page, foreign } = await openEditor(browser, { hash: '#example=2021' });
  const last = await lastYearOf(page, 0);
  last.cells['t3.new.natural'] = 1;  // this year's example has many more: flagged
  assert.equal(await page.evaluate((j) => window.nianbao.loadPrevious(j), JSON.stringify(last)), '');
  await settle(page);
  await page.keyboard.press('Alt+B');
  await settle(page);
  assert.ok((await locate(page, 'compare.export')).w > 0);
  assert.equal(await page.evaluate(() => window.nianbao.locate('t3.new.natural')), '', 'the report gives way to the 比对');
  await screenshot(page, 'year-compare-view');

  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'compare.export')]);
  assert.match(download.suggestedFilename(), /（与2023年比对）\.html$/);
  const html = readFileSync(await download.path(), 'utf8');
  assert.match(html, /变化较大的单元格（\d+ 处）/);
  assert.ok(!/<script/i.test(html));
  // The exported page as a reader sees it.
  const view = await page.context().newPage();
  await view.setContent(html);
  assert.ok(await view.locator('td.flagged').count() > 0);
  assert.ok(await view.locator('#s-overview mark').count() > 0);
  await view.screenshot({ path: new URL('./artifacts/year-compare-export.png', import.meta.url).pathname, fullPage: false });
  await view.close();

  await page.mouse.move(300, 600);
  await page.mouse.wheel(0, 900);
  await settle(page);
  await screenshot(page, 'year-compare-view-table3');
  await page.keyboard.press('Alt+B');
  await settle(page);
  await page.mouse.wheel(0, -5000);  // back to the top, where the report begins
  await settle(page);
  assert.ok((await locate(page, 'agency')).w > 0);
  assert.deepEqual(foreign, []);
});
