// web_budget.mjs — the web editor's budget figures (not a test), in one run:
//   page size of nianbao.html (budget 1.0 MB);
//   first frame after navigation, against a bare Dear ImGui page packed alike (budgets 1.3× and 2×) and against
//   Dear ImGui's own example (example_glfw_opengl3 unchanged: its demo window and "Hello, world!" window):
//   medians of N runs, each in a fresh browser context, the pages alternating; all pages are web/page.html
//   with the canvas filling a 1400×900 viewport, and all mark "first-frame" after their first frame's draw
//   calls; the editor twice: with a whole report (#example=2021) and as an officer double-clicking it (a blank
//   report);
//   the cost of drawing 500 characters never drawn before (the browser rasterises each glyph once), as the
//   frame's wall time and as the main thread's CPU time;
//   frames drawn during 2 s idle.
// Run after: cmake --build --preset web && cmake --build --preset web --target bare_imgui_html
//   node bench/web_budget.mjs [N] [OTHER.html]   (OTHER: another build of the editor that marks its first
//                                                 frame, measured in the same runs for comparison)
import { statSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { launch } from '../tests/e2e/browser.mjs';
import { EDITOR_URL } from '../tests/e2e/editor.mjs';

const runs = Number(process.argv[2] || 7);
const other = process.argv[3] ? pathToFileURL(process.argv[3]).href : null;
const root = new URL('../build/web/', import.meta.url).pathname;
const BARE_URL = pathToFileURL(root + 'bare_imgui.html').href;
const IMGUI_EXAMPLE_URL = pathToFileURL(root + 'imgui_example.html').href;
for (const yardstick of ['bare_imgui.html', 'imgui_example.html']) {
  if (!existsSync(root + yardstick)) {
    console.error(`bench: build/web/${yardstick} missing: cmake --build --preset web --target bare_imgui_html`);
    process.exit(2);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs, digits = 0) => `min ${Math.min(...xs).toFixed(digits)}, max ${Math.max(...xs).toFixed(digits)}`;

const size = statSync(root + 'nianbao.html').size;
console.log(`nianbao.html              ${(size / 1048576).toFixed(2)} MB (${(size / 1024).toFixed(0)} KB; budget 1.0 MB)`);
console.log(`bare_imgui.html           ${(statSync(root + 'bare_imgui.html').size / 1024).toFixed(0)} KB`);

// Times every animation-frame callback: the editor draws its frames in requestAnimationFrame.
const timeFrames = () => {
  window.frameTimes = [];
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => {
    const start = performance.now();
    cb(t);
    window.frameTimes.push(performance.now() - start);
  });
};

const browser = await launch();
// The first frame: from navigation start to the performance mark "first-frame", which both pages set right
// after their first frame's draw calls (read in the page: no polling delay in the figure); and the CPU time
// the page's main thread spent by then (CDP ThreadTime: what the page itself costs, whatever else the machine
// runs; the wasm compiles on other threads).
async function firstFrame(url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  const mark = await page.waitForFunction(() => {
    const m = performance.getEntriesByName('first-frame')[0];
    return m && m.startTime;
  }, null, { polling: 5, timeout: 30000 });
  const cpu = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  return { context, page, ms: await mark.jsonValue(), cpu };
}

const editorFirst = [], bareFirst = [], otherFirst = [], idleFrames = [], editorCpu = [], bareCpu = [];
const blankFirst = [], blankCpu = [], exampleFirst = [], exampleCpu = [];
for (let i = 0; i < runs; i++) {
  const bare = await firstFrame(BARE_URL);
  bareFirst.push(bare.ms);
  bareCpu.push(bare.cpu);
  await bare.context.close();
  const example = await firstFrame(IMGUI_EXAMPLE_URL);
  exampleFirst.push(example.ms);
  exampleCpu.push(example.cpu);
  await example.context.close();
  if (other) {
    const o = await firstFrame(other + '#example=2021');
    otherFirst.push(o.ms);
    await o.context.close();
  }
  const blank = await firstFrame(EDITOR_URL);
  blankFirst.push(blank.ms);
  blankCpu.push(blank.cpu);
  await blank.context.close();
  const editor = await firstFrame(EDITOR_URL + '#example=2021');
  editorFirst.push(editor.ms);
  editorCpu.push(editor.cpu);
  await editor.page.waitForTimeout(1500);  // start-up timers run out
  const before = await editor.page.evaluate(() => window.nianbao.frameCount());
  await editor.page.waitForTimeout(2000);
  idleFrames.push((await editor.page.evaluate(() => window.nianbao.frameCount())) - before);
  await editor.context.close();
}
const ratio = median(editorFirst) / median(bareFirst);
console.log(`first frame, editor       median ${median(editorFirst).toFixed(0)} ms (${range(editorFirst)}; ` +
            `#example=2021, headless Chromium, SwiftShader, ${runs} runs)`);
console.log(`first frame, bare ImGui   median ${median(bareFirst).toFixed(0)} ms (${range(bareFirst)})`);
// Each run's pages load one after the other: the median of the runs' own ratios is steadier than the ratio of
// the medians when the machine's load drifts during the benchmark.
const paired = median(editorFirst.map((ms, i) => ms / bareFirst[i]));
console.log(`first frame ratio         ${ratio.toFixed(2)}× the bare page, run by run ${paired.toFixed(2)}× ` +
            `(budgets 1.3×, 2×)`);
console.log(`main-thread CPU by then   editor median ${median(editorCpu).toFixed(0)} ms, bare ${median(bareCpu).toFixed(0)} ms ` +
            `(${(median(editorCpu) / median(bareCpu)).toFixed(2)}×)`);
console.log(`first frame, blank report median ${median(blankFirst).toFixed(0)} ms (${range(blankFirst)}), ` +
            `${(median(blankFirst) / median(bareFirst)).toFixed(2)}× the bare page, run by run ` +
            `${median(blankFirst.map((ms, i) => ms / bareFirst[i])).toFixed(2)}×; main-thread CPU ` +
            `${median(blankCpu).toFixed(0)} ms (${(median(blankCpu) / median(bareCpu)).toFixed(2)}×)`);
const againstExample = (xs) => `${(median(xs) / median(exampleFirst)).toFixed(2)}×, run by run ` +
                                 `${median(xs.map((ms, i) => ms / exampleFirst[i])).toFixed(2)}×`;
console.log(`first frame, ImGui's own example (example_glfw_opengl3) median ${median(exampleFirst).toFixed(0)} ms ` +
            `(${range(exampleFirst)}; main-thread CPU ${median(exampleCpu).toFixed(0)} ms): the editor ` +
            `${againstExample(editorFirst)}, blank ${againstExample(blankFirst)}`);
if (other) {
  console.log(`first frame, ${process.argv[3].split('/').slice(-3).join('/')}: median ` +
              `${median(otherFirst).toFixed(0)} ms (${range(otherFirst)}), ` +
              `${(median(otherFirst) / median(bareFirst)).toFixed(2)}× the bare page`);
}
console.log(`frames in 2 s idle        median ${median(idleFrames)} (max ${Math.max(...idleFrames)})`);

// 500 characters never drawn before, shown in a finding (the unknown cell code that rule U1 names), then the
// same report again with every glyph already in the atlas: the difference is the cost of the new glyphs.
// Two figures: the longest frame (wall time), and the main thread's CPU time from the load to the third frame
// (CDP ThreadTime), which other processes on a busy machine disturb far less.
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
await context.addInitScript(timeFrames);
const page = await context.newPage();
await page.goto(EDITOR_URL);
await page.waitForFunction(() => window.nianbao && window.nianbao.frameCount() > 0);
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
const cpuMs = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
/** Loads a report whose unknown cell code is t9.<mark>: {frame: the longest of the next 3 frames, cpu}. */
async function show(mark) {
  const cpu0 = await cpuMs();
  const frame = await page.evaluate(async (mark) => {
    const n = window.frameTimes.length;
    window.nianbao.loadReport(JSON.stringify({ schema: 'nianbao/report', version: 1, format: '2021', year: 2024,
      agency: '甲', sections: { overview: '', problems: '', other: '' }, cells: { [`t9.${mark}`]: 1 } }));
    await new Promise((resolve) => {
      const wait = () => (window.frameTimes.length >= n + 3 ? resolve() : setTimeout(wait, 5));
      wait();
    });
    return Math.max(...window.frameTimes.slice(n));
  }, mark);
  return { frame, cpu: (await cpuMs()) - cpu0 };
}
const fresh = [], cached = [];
for (let i = 0; i < runs; i++) {
  const first = 0x4E00 + 0x200 + i * 500;  // common hanzi, a new block of 500 in every run
  const chars = Array.from({ length: 500 }, (_, k) => String.fromCodePoint(first + k)).join('');
  fresh.push(await show(chars));
  await show('x');
  cached.push(await show(chars));
}
await browser.close();
const figure = (key) => {
  const f = fresh.map((r) => r[key]), c = cached.map((r) => r[key]);
  const perGlyph = fresh.map((r, i) => (r[key] - cached[i][key]) / 500 * 1000);
  return `median ${median(f).toFixed(1)} ms (${range(f, 1)}); drawn before ${median(c).toFixed(1)} ms; ` +
         `one new glyph ${median(perGlyph).toFixed(0)} µs`;
};
console.log(`500 new glyphs, frame     ${figure('frame')}`);
console.log(`500 new glyphs, CPU       ${figure('cpu')} (main thread, load and 3 frames)`);
console.log(`machine load              ${loadavg()[0].toFixed(1)} (1-minute average, ${cpus().length} cores)`);
