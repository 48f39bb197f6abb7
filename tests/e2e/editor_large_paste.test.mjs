// A 1 MB paste into a prose box (a whole document pasted by mistake, a run-on copy of tables): the editor
// keeps every character, keeps checking, keeps taking keys, and the crash buffer still holds the work.
// Figures are printed (paste to checked report, a key after it); nothing here is timed as a pass condition.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openEditor, settleUntil, report, findings } from './editor.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Polls (page.evaluate, not waitForFunction) until `predicate(arg)` holds in the page; returns ms waited. */
async function until(page, predicate, arg, timeout = 60000) {
  const start = Date.now();
  while (!(await page.evaluate(predicate, arg))) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - start;
}

test('1 MB pasted into 总体情况 is kept whole and the editor keeps working', async () => {
  const { page, context, errors } = await openEditor(browser, { hash: '#example=2021', clipboard: true });
  // Sentences full of figures and no full stop for long stretches: the worst case for the narrative rules.
  const unit = '本机关收到申请12件，其中予以公开3件，部分公开4件，不予公开5件，';
  const text = unit.repeat(Math.ceil((1 << 20) / new TextEncoder().encode(unit).length));
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  // Into the text area by keyboard: Tab through 机关名称, 年度, 公布日期 to 总体情况, select all, paste.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  // Each Tab waits for the stop before it to be ready (a few frames each): the keys are held meanwhile.
  const area = () => page.evaluate(() => document.activeElement?.dataset?.area);
  assert.ok(await settleUntil(page, async () => (await area()) === 'overview'), `keyboard in ${await area()}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  const pasted = await until(page, (n) => JSON.parse(window.nianbao.getReport()).sections.overview.length === n, text.length);
  console.log(`# 1 MB paste (${text.length} characters): in the checked report after ${pasted} ms`);

  // Still whole, still checked (the sentences' figures do not match 表三: N1 speaks), still taking keys.
  assert.equal((await report(page)).sections.overview, text);
  const n1 = (await findings(page)).filter((f) => f.rule === 'N1');
  assert.ok(n1.length > 0, 'the narrative rules ran over the pasted text');
  await page.keyboard.press('Tab');  // on into 表二's first cell
  const start = Date.now();
  await page.keyboard.type('8');
  const typed = await until(page, () => {
    const cells = JSON.parse(window.nianbao.getReport()).cells;
    return Object.entries(cells).find(([c]) => c.startsWith('t2.'))[1] === 8;
  });
  console.log(`# a key typed into a cell after the paste: in the report after ${Date.now() - start} ms (poll ${typed} ms)`);
  assert.equal((await report(page)).sections.overview, text);
  assert.deepEqual(errors, []);
  await context.close();
});
