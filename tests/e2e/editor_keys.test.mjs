// Keyboard entry an officer can trust: 215 table cells typed with Tab, →, Enter and ↓ and no delay between
// keys, at full speed and with the CPU slowed down 4× — not one digit lost or misplaced.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openEditor, click, report } from './editor.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// 表三 (2021) row and column codes, and 表四's, as in the data contract.
const T3_ROWS = ['new', 'carried', 'granted', 'partial', ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `denied.${i}`),
  ...[1, 2, 3].map((i) => `unable.${i}`), ...[1, 2, 3, 4, 5].map((i) => `refused.${i}`),
  ...[1, 2, 3].map((i) => `other.${i}`), 'total', 'forward'];
const T3_COLS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'];
const T4 = ['review', 'direct', 'after_review'].flatMap((g) =>
  ['upheld', 'corrected', 'other', 'pending', 'total'].map((r) => `t4.${g}.${r}`));

const BLANK = JSON.stringify({ schema: 'nianbao/report', version: 1, format: '2021', year: 2024,
  agency: '青山县自然资源局', sections: { overview: '', problems: '', other: '' }, cells: {} });

// Values the old editor mangled first ("66" → "6", "96" → "6", "24" → "4"), then a spread of 1–3 digits.
const valueFor = (i) => ['66', '96', '24', '7', '0', '100', '11'][i] ?? String((i * 37) % 997);

/** Types every cell and returns {code: value} expected; keys go out back to back, nothing waits for a frame. */
async function typeTables(page) {
  const expected = {};
  let n = 0;
  await click(page, 't3.new.natural');
  const keys = [];  // queued first, then sent without pauses
  for (const row of T3_ROWS) {
    T3_COLS.forEach((col, i) => {
      const v = valueFor(n++);
      expected[`t3.${row}.${col}`] = v;
      keys.push(['type', v], ['press', i + 1 < T3_COLS.length && n % 2 ? 'ArrowRight' : 'Tab']);
    });
  }
  T4.forEach((code, i) => {  // Tab goes on from 表三's last cell into 表四 (and past its last cell into 五、)
    const v = valueFor(n++);
    expected[code] = v;
    keys.push(['type', v], ['press', i + 1 < T4.length ? 'Tab' : 'Enter']);
  });
  for (const [kind, k] of keys) await (kind === 'type' ? page.keyboard.type(k) : page.keyboard.press(k));
  await waitForCells(page, expected);
  // Down 表三's 总计 column with Enter and ↓, overwriting.
  await click(page, 't3.new.total');
  for (const row of T3_ROWS) {
    const v = valueFor(n++);
    expected[`t3.${row}.total`] = v;
    await page.keyboard.type(v);
    await page.keyboard.press(n % 2 ? 'Enter' : 'ArrowDown');
  }
  await waitForCells(page, expected);
  assert.ok(n >= 200);
  return expected;
}

/** Waits until the report holds every expected value (or 20 s pass), then compares cell by cell. */
async function waitForCells(page, expected) {
  await page.waitForFunction((exp) => {
    const cells = JSON.parse(window.nianbao.getReport()).cells;
    return Object.entries(exp).every(([code, v]) => String(cells[code]) === v);
  }, expected, { timeout: 20000, polling: 100 }).catch(() => {});
  const cells = (await report(page)).cells;
  const wrong = Object.entries(expected).filter(([code, v]) => String(cells[code]) !== v)
    .map(([code, v]) => `${code}: typed ${v}, got ${cells[code]}`);
  assert.deepEqual(wrong, [], `${wrong.length} of ${Object.keys(expected).length} cells wrong`);
}

async function openBlank() {
  const opened = await openEditor(browser);
  assert.equal(await opened.page.evaluate((j) => window.nianbao.loadReport(j), BLANK), '');
  return opened;
}

test('215 cells typed back to back with Tab, →, Enter and ↓: every digit lands where meant', async () => {
  const { page, context } = await openBlank();
  await typeTables(page);
  await context.close();
});

test('the same under 4× CPU throttling', async () => {
  const { page, context } = await openBlank();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const start = Date.now();
  await typeTables(page);
  console.log(`# 4x throttled: 215 cells in ${Date.now() - start} ms, frames ${await page.evaluate(() => window.nianbao.frameCount())}`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
});
