// web_budget.mjs — the web editor's budget figures (not a test): page size, font size, first frame time
// after navigation (median of N runs, each in a fresh browser context), frames drawn during 2 s idle.
// Run after building the web preset: node bench/web_budget.mjs [N]
import { statSync, existsSync } from 'node:fs';
import { launch } from '../tests/e2e/browser.mjs';
import { EDITOR_URL } from '../tests/e2e/editor.mjs';

const runs = Number(process.argv[2] || 7);
const root = new URL('../build/web/', import.meta.url).pathname;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const fonts = ['fonts/cjk.ttf.gz', 'fonts/symbols.ttf.gz'].map((f) => root + f).filter(existsSync);
console.log(`nianbao.html          ${kb(statSync(root + 'nianbao.html').size)} (budget 3072 KB)`);
console.log(`embedded fonts (gzip) ${kb(fonts.reduce((n, f) => n + statSync(f).size, 0))} ` +
            `(+33% as base64 in the page)`);

const browser = await launch();
const firstFrame = [];
const idleFrames = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const t0 = performance.now();
  await page.goto(EDITOR_URL + '#example=2021');
  await page.waitForFunction(() => window.nianbao && window.nianbao.frameCount() > 0, null, { polling: 5 });
  firstFrame.push(performance.now() - t0);
  await page.waitForTimeout(1500);  // start-up timers run out
  const before = await page.evaluate(() => window.nianbao.frameCount());
  await page.waitForTimeout(2000);
  idleFrames.push((await page.evaluate(() => window.nianbao.frameCount())) - before);
  await context.close();
}
await browser.close();
console.log(`first frame           median ${median(firstFrame).toFixed(0)} ms over ${runs} runs ` +
            `(min ${Math.min(...firstFrame).toFixed(0)}, max ${Math.max(...firstFrame).toFixed(0)}; ` +
            `headless Chromium, SwiftShader)`);
console.log(`frames in 2 s idle    median ${median(idleFrames)} (max ${Math.max(...idleFrames)})`);
