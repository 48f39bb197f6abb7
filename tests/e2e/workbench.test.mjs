// The 汇总/审核 workbench in the browser: 30 units dropped on it and a roster opened, the table exported as CSV,
// one unit returned with a comment (shown when that file is opened again), the 汇总 built and saved.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { launch } from './browser.mjs';
import { openEditor, chooseFile, click, locate, settle, report, screenshot, typeWithIme } from './editor.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const BASE = JSON.parse(readFileSync(new URL('../rules/base/zero-2021.json', import.meta.url), 'utf8'));
const UNITS = 30;

/** Unit `i`'s 2024 report: consistent figures that differ per unit, 收费 an amount with decimals. */
function unitReport(i) {
  const r = structuredClone(BASE);
  r.agency = `青山县第${i + 1}局`;
  r.year = 2024;
  r.published = '2025-01-20';
  r.sections.overview = `${r.agency}2024年认真贯彻《条例》，主动公开政府信息${100 + i * 7}条，持续推进重点领域信息公开。`;
  const k = (i * 5) % 13 + 1;
  for (const row of ['new', 'granted', 'total']) for (const col of ['natural', 'total']) r.cells[`t3.${row}.${col}`] = k;
  r.cells['t2.fees.amount'] = `${i % 7}.${String((i * 37) % 100).padStart(2, '0')}`;
  return r;
}

/** Hundredths, exactly: "3.07" → 307. */
const cents = (s) => Math.round(Number(s) * 100);

async function workbench(page) { return JSON.parse(await page.evaluate(() => window.nianbao.workbench())); }

async function untilDone(page) {
  for (let i = 0; i < 400; i++) {
    const wb = await workbench(page);
    if (!wb.busy && wb.count > 0) return wb;
    await settle(page);
  }
  throw new Error('the workbench never finished reading');
}

async function dropFiles(page, files) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const [name, text] of list) dt.items.add(new File([text], name, { type: 'application/json' }));
    return dt;
  }, files);
  await page.dispatchEvent('#canvas', 'drop', { dataTransfer });
}

async function download(page, action) {
  const [d] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
}

test('30 units dropped, roster opened, CSV exported, one unit returned with a comment, the 汇总 built', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const { page, foreign, errors } = await openEditor(browser, { context });
  await page.keyboard.press('Alt+W');
  await settle(page);
  assert.equal((await workbench(page)).shown, true, 'Alt+W opens the workbench');
  await locate(page, 'wb.open');

  const units = Array.from({ length: UNITS }, (_, i) => unitReport(i));
  await dropFiles(page, units.map((r, i) => [`unit-${String(i + 1).padStart(2, '0')}.json`, JSON.stringify(r)]));
  let wb = await untilDone(page);
  assert.equal(wb.units.length, UNITS);
  assert.ok(wb.units.every((u) => u.errors === 0), JSON.stringify(wb.units.filter((u) => u.errors > 0).slice(0, 2)));

  // The roster: every unit but the last, and one that sent nothing.
  const roster = ['机关名称,机关类型', ...units.slice(0, UNITS - 1).map((r) => `${r.agency},部门`), '青山县未报送局,部门'].join('\r\n');
  const chooser = await chooseFile(page, () => page.keyboard.press('Alt+M'));
  await chooser.setFiles({ name: '名单.csv', mimeType: 'text/csv', buffer: Buffer.from('\ufeff' + roster, 'utf8') });
  await settle(page);
  wb = await untilDone(page);
  assert.deepEqual(wb.missing, ['青山县未报送局']);
  assert.deepEqual(wb.unlisted, [units[UNITS - 1].agency]);
  await screenshot(page, 'workbench-30-units');

  // The table as CSV: UTF-8 with a BOM, Chinese headers and names, one line per unit and the missing one.
  const csv = await download(page, () => page.keyboard.press('Alt+X'));
  assert.match(csv.name, /\.csv$/);
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.toString('utf8').slice(1).trim().split('\r\n');
  assert.match(lines[0], /^文件,机关名称,/);
  assert.equal(lines.length, 1 + UNITS + 1);
  assert.ok(lines.some((l) => l.includes('青山县第7局')));
  assert.ok(lines.some((l) => l.includes('青山县未报送局') && l.includes('未提交')));

  // Return unit 3 with a comment: select it with the keyboard, write, 退回, download its JSON.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await settle(page);
  wb = await workbench(page);
  assert.equal(wb.units[wb.selected].file, 'unit-03.json', 'sorted by file: the third row');
  const comment = '表三“本年新收政府信息公开申请数量”请与登记台账核对后重新报送。';
  await click(page, 'wb.comment');
  await page.keyboard.insertText(comment);
  await page.keyboard.press('Alt+T');
  await settle(page);
  wb = await untilDone(page);
  assert.equal(wb.units[2].review, 'returned');
  const returned = await download(page, () => page.keyboard.press('Alt+J'));
  assert.equal(returned.name, 'unit-03.json');
  const saved = JSON.parse(returned.bytes.toString('utf8'));
  assert.equal(saved.review.status, 'returned');
  assert.equal(saved.review.history.at(-1).comment, comment);
  await screenshot(page, 'workbench-returned');

  // Enter opens the selected unit in the editor (a click on the canvas first takes the keyboard from the comment box); Alt+W comes back to the same selection and order.
  await click(page, 'wb.message');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal((await report(page)).agency, units[2].agency);
  await locate(page, 'wb.back');
  await page.keyboard.press('Alt+W');
  await settle(page);
  wb = await workbench(page);
  assert.equal(wb.shown, true);
  assert.equal(wb.selected, 2);

  // 生成汇总报告: the sums of the 30 units, opened as an aggregate listing them; saved with Ctrl+S.
  await click(page, 'wb.agency');
  await typeWithIme(page, 'qingshanxianrenminzhengfu', '青山县人民政府');
  await page.keyboard.press('Alt+G');
  await settle(page);
  const agg = await report(page);
  assert.equal(agg.scope, 'aggregate');
  assert.equal(agg.agency, '青山县人民政府');
  assert.equal(agg.aggregate.units.length, UNITS);
  const natural = units.reduce((s, r) => s + r.cells['t3.new.natural'], 0);
  assert.equal(agg.cells['t3.new.natural'], natural);
  const fees = units.reduce((s, r) => s + cents(r.cells['t2.fees.amount']), 0);
  assert.equal(cents(agg.cells['t2.fees.amount']), fees);
  await locate(page, 'notice.scope');
  await screenshot(page, 'workbench-aggregate');
  const aggFile = await download(page, () => page.keyboard.press('Control+S'));
  const aggSaved = JSON.parse(aggFile.bytes.toString('utf8'));
  assert.equal(aggSaved.scope, 'aggregate');
  assert.equal(aggSaved.cells['t3.new.natural'], natural);
  assert.equal(aggSaved.aggregate.units.length, UNITS);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);

  // The unit's officer opens the returned file: the comment is shown above the report.
  const officer = await openEditor(browser);
  await dropFiles(officer.page, [[returned.name, returned.bytes.toString('utf8')]]);
  await settle(officer.page);
  assert.equal((await report(officer.page)).review.history.at(-1).comment, comment);
  await locate(officer.page, 'notice.review');
  await screenshot(officer.page, 'workbench-officer-sees-review');
  await officer.context.close();
  await context.close();
});

test('生成汇总报告 with two formats mixed is refused with a Chinese message naming them; nothing changes', async () => {
  const { page, context } = await openEditor(browser);
  const before = await page.evaluate(() => window.nianbao.getReport());
  await page.keyboard.press('Alt+W');
  await settle(page);
  const old = structuredClone(JSON.parse(readFileSync(new URL('../rules/base/zero-2019.json', import.meta.url), 'utf8')));
  old.agency = '青山县旧格式局';
  old.year = 2024;
  await dropFiles(page, [['a.json', JSON.stringify(unitReport(0))], ['old.json', JSON.stringify(old)]]);
  await untilDone(page);
  await click(page, 'wb.agency');
  await typeWithIme(page, 'qingshan', '青山县人民政府');
  await click(page, 'wb.aggregate');
  const wb = await workbench(page);
  assert.equal(wb.message_is_error, true);
  assert.match(wb.message, /无法生成汇总报告/);
  assert.match(wb.message, /青山县旧格式局/);
  assert.equal(await page.evaluate(() => window.nianbao.getReport()), before);
  await screenshot(page, 'workbench-refused');
  await context.close();
});
