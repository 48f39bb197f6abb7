// web_budget.mjs — the web editor's budget figures (not a test), in one run:
//   page size of nianbao.html (budget 1.0 MB);
//   first frame after navigation, against a bare Dear ImGui page packed alike (budget 1.3×): medians of N
//   runs, each in a fresh browser context, the two pages alternating;
//   the cost of drawing 500 characters never drawn before (the browser rasterises each glyph once);
//   frames drawn during 2 s idle.
// Run after: cmake --build --preset web && cmake --build --preset web --target bare_imgui_html
//   node bench/web_budget.mjs [N] [OTHER.html]   (OTHER: another build of the editor, e.g. an older one,
//                                                 measured in the same runs for comparison)
import { statSync, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launch } from '../tests/e2e/browser.mjs';
import { EDITOR_URL } from '../tests/e2e/editor.mjs';

const runs = Number(process.argv[2] || 7);
const other = process.argv[3] ? pathToFileURL(process.argv[3]).href : null;
const root = new URL('../build/web/', import.meta.url).pathname;
const BARE_URL = pathToFileURL(root + 'bare_imgui.html').href;
if (!existsSync(root + 'bare_imgui.html')) {
  console.error('bench: build/web/bare_imgui.html missing: cmake --build --preset web --target bare_imgui_html');
  process.exit(2);
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
// after their first frame's draw calls (read in the page: no polling delay in the figure).
async function firstFrame(url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const mark = await page.waitForFunction(() => {
    const m = performance.getEntriesByName('first-frame')[0];
    return m && m.startTime;
  }, null, { polling: 5, timeout: 30000 });
  return { context, page, ms: await mark.jsonValue() };
}

const editorFirst = [], bareFirst = [], otherFirst = [], idleFrames = [];
for (let i = 0; i < runs; i++) {
  const bare = await firstFrame(BARE_URL);
  bareFirst.push(bare.ms);
  await bare.context.close();
  if (other) {
    const o = await firstFrame(other + '#example=2021');
    otherFirst.push(o.ms);
    await o.context.close();
  }
  const editor = await firstFrame(EDITOR_URL + '#example=2021');
  editorFirst.push(editor.ms);
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
console.log(`first frame ratio         ${ratio.toFixed(2)}× the bare page (budget 1.3×)`);
if (other) {
  console.log(`first frame, ${process.argv[3].split('/').slice(-3).join('/')}: median ` +
              `${median(otherFirst).toFixed(0)} ms (${range(otherFirst)}), ` +
              `${(median(otherFirst) / median(bareFirst)).toFixed(2)}× the bare page`);
}
console.log(`frames in 2 s idle        median ${median(idleFrames)} (max ${Math.max(...idleFrames)})`);

// 500 characters never drawn before, shown in a finding (the unknown cell code that rule U1 names), then the
// same report again with every glyph already in the atlas: the difference is the cost of the new glyphs.
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
await context.addInitScript(timeFrames);
const page = await context.newPage();
await page.goto(EDITOR_URL);
await page.waitForFunction(() => window.nianbao && window.nianbao.frameCount() > 0);
const glyphRuns = [];
for (let i = 0; i < runs; i++) {
  const result = await page.evaluate(async (first) => {
    const chars = Array.from({ length: 500 }, (_, k) => String.fromCodePoint(first + k)).join('');
    const json = (mark) => JSON.stringify({ schema: 'nianbao/report', version: 1, format: '2021', year: 2024,
      agency: '甲', sections: { overview: '', problems: '', other: '' }, cells: { [`t9.${mark}`]: 1 } });
    const frames = () => new Promise((resolve) => {
      const n = window.frameTimes.length;
      const wait = () => (window.frameTimes.length >= n + 3 ? resolve(Math.max(...window.frameTimes.slice(n)))
                                                            : setTimeout(wait, 5));
      wait();
    });
    window.nianbao.loadReport(json(chars));
    const fresh = await frames();
    window.nianbao.loadReport(json('x'));
    await frames();
    window.nianbao.loadReport(json(chars));
    const cached = await frames();
    return { fresh, cached };
  }, 0x4E00 + 0x200 + i * 500);  // common hanzi, a new block of 500 in every run
  glyphRuns.push(result);
}
await browser.close();
const fresh = glyphRuns.map((r) => r.fresh), cached = glyphRuns.map((r) => r.cached);
const perGlyph = glyphRuns.map((r) => (r.fresh - r.cached) / 500);
console.log(`500 new glyphs, frame     median ${median(fresh).toFixed(1)} ms (${range(fresh, 1)}); ` +
            `the same frame with the glyphs drawn before ${median(cached).toFixed(1)} ms`);
console.log(`one new glyph             median ${(median(perGlyph) * 1000).toFixed(0)} µs ` +
            `(${range(perGlyph.map((x) => x * 1000))} µs)`);
