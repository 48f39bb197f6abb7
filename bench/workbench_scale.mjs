// workbench_scale.mjs — a province's worth of units batch-checked in the browser workbench (issue 11 §7); prints
// figures, is no test. Each run: a fresh page at 1366×768, Alt+W, UNITS report files (2021 format, figures varied,
// one in ten with a wrong 总计, as bench/batch_throughput.sh) given to the workbench's multi-file picker; timed
// from the picker's files to the last row checked (table complete, roster compared). Meanwhile the page's
// animation frames are timed: the largest gap between two says whether the page kept drawing (also given from the
// moment the browser handed the picked files to the page: before it, the browser itself is busy with them).
// Run after: cmake --build --preset web
//   node bench/workbench_scale.mjs [UNITS] [RUNS]   (defaults: 2000 units, 3 runs)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../tests/e2e/browser.mjs';
import { openEditor, settle } from '../tests/e2e/editor.mjs';

const units = Number(process.argv[2] || 2000);
const runs = Number(process.argv[3] || 3);
const base = JSON.parse(readFileSync(new URL('../tests/rules/base/zero-2021.json', import.meta.url), 'utf8'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Files on disk, given to the picker by path as a user's selection would be (not built inside the page).
const dir = mkdtempSync(join(tmpdir(), 'nianbao-workbench-'));
const files = [];
let bytes = 0;
const roster = ['机关名称,机关类型'];
for (let i = 0; i < units; i++) {
  const r = structuredClone(base);
  r.agency = `基准市第${i}局`;
  r.year = 2024;
  r.published = `2025-01-2${i % 10}`;
  r.sections.overview = `${r.agency}2024年度认真贯彻《条例》，主动公开政府信息${i * 3 + 1}条。`;
  const k = i % 17;
  for (const row of ['new', 'granted', 'total']) for (const col of ['natural', 'total']) r.cells[`t3.${row}.${col}`] = k;
  r.cells['t2.fees.amount'] = `${i % 50}.${String(i % 97).padStart(2, '0')}`;
  if (i % 10 === 0) r.cells['t3.total.total'] = k + 1;
  const text = JSON.stringify(r, null, 2);
  bytes += Buffer.byteLength(text);
  files.push(join(dir, `u${i}.json`));
  writeFileSync(files.at(-1), text);
  roster.push(`${r.agency},部门`);
}

const browser = await launch();
const times = [], gaps = [], pageGaps = [], frames = [];
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const { page } = await openEditor(browser, { context });
  await page.keyboard.press('Alt+W');
  await settle(page);
  const [rosterChooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Alt+M')]);
  await rosterChooser.setFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(roster.join('\n')) });
  await settle(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+O')]);
  // Frame gaps and the end are measured in the page, so that the driver's polling does not count.
  await page.evaluate(() => {
    window.__bench = { maxGap: 0, last: 0, start: 0, end: 0, frames0: window.nianbao.frameCount(), frames: 0, long: [] };
    const b = window.__bench;
    const tick = (t) => {
      if (b.last && b.start) {
        b.maxGap = Math.max(b.maxGap, t - b.last);
        if (b.picked && b.last >= b.picked) b.maxGapPage = Math.max(b.maxGapPage || 0, t - b.last);
        if (t - b.last > 100) b.long.push(`${((b.last - b.start) / 1000).toFixed(2)}s+${(t - b.last).toFixed(0)}ms`);
      }
      b.last = t;
      if (b.start && !b.end) {
        const wb = JSON.parse(window.nianbao.workbench());
        if (!wb.busy && wb.count > 0) {
          b.end = performance.now();
          b.frames = window.nianbao.frameCount() - b.frames0;
        }
      }
      if (!b.end) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    // When the browser hands the picked files to the page (before it, the gap is the browser's own).
    document.addEventListener('change', () => { b.picked = performance.now(); }, { capture: true, once: true });
  });
  await page.evaluate(() => { window.__bench.start = performance.now(); });
  await chooser.setFiles(files);
  await page.waitForFunction(() => window.__bench.end > 0, null, { timeout: 600000, polling: 200 });
  const b = await page.evaluate(() => window.__bench);
  const wb = JSON.parse(await page.evaluate(() => window.nianbao.workbench()));
  if (wb.units.length !== units) throw new Error(`expected ${units} rows, got ${wb.units.length}`);
  const failing = wb.units.filter((u) => u.errors > 0).length;
  times.push((b.end - b.start) / 1000);
  console.log(`  the browser gave the page the files after ${((b.picked - b.start) / 1000).toFixed(2)} s`);
  gaps.push(b.maxGap);
  pageGaps.push(b.maxGapPage);
  frames.push(b.frames);
  console.log(`run ${run + 1}: ${((b.end - b.start) / 1000).toFixed(2)} s, max frame gap ${b.maxGap.toFixed(0)} ms, ` +
              `${b.frames} editor frames drawn, ${failing} units with errors; gaps over 100 ms: ${b.long.join(' ') || 'none'}`);
  await context.close();
}
await browser.close();
rmSync(dir, { recursive: true, force: true });
console.log(`workbench (browser): ${units} units (${(bytes / 1048576).toFixed(1)} MB of JSON) + roster; median of ${runs} runs: ` +
            `${median(times).toFixed(2)} s (${(units / median(times)).toFixed(0)} units/s); max frame gap ` +
            `${median(gaps).toFixed(0)} ms, ${median(pageGaps).toFixed(0)} ms once the browser had handed over the files; ` +
            `${median(frames)} frames drawn while reading`);
