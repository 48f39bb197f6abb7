// The page opens from file://, draws, makes no request, and draws nothing while idle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openEditor, locate, screenshot, settle } from './editor.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('opens from file:// with the example report, draws it, and requests nothing', async () => {
  const { page, foreign, errors } = await openEditor(browser, { hash: '#example=2021' });
  assert.ok(await page.evaluate(() => window.nianbao.frameCount()) > 0);
  const agency = await locate(page, 'agency');
  assert.ok(agency.w > 0 && agency.h > 0);
  assert.match(await page.evaluate(() => window.nianbao.getReport()), /青山县自然资源局/);
  // The overview is a real, visible DOM textarea over the ImGui layout, holding the section's text.
  const overview = page.locator('textarea.nb-text[data-area="overview"]');
  assert.equal(await overview.isVisible(), true);
  assert.ok((await overview.inputValue()).length > 20);
  await screenshot(page, 'editor-example-2021');
  assert.deepEqual(foreign, [], 'no request other than the page itself');
  assert.deepEqual(errors, []);
});

test('idle for 2 s draws no frame', async () => {
  const { page, foreign } = await openEditor(browser, { hash: '#example=2021' });
  await page.waitForTimeout(1000);  // startup timers (autosave) run out
  const before = await page.evaluate(() => window.nianbao.frameCount());
  await page.waitForTimeout(2000);
  const after = await page.evaluate(() => window.nianbao.frameCount());
  assert.equal(after - before, 0, `frames drawn while idle: ${after - before}`);
  // …and input still wakes it up.
  await page.mouse.move(300, 300);
  await settle(page);
  assert.ok(await page.evaluate(() => window.nianbao.frameCount()) > after);
  assert.deepEqual(foreign, []);
});

test('2019 example and HiDPI: the canvas backing store is CSS size × devicePixelRatio', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2 });
  const { page } = await openEditor(browser, { hash: '#example=2019', context });
  const size = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return [c.width, c.height, c.clientWidth, c.clientHeight];
  });
  assert.deepEqual(size, [2000, 1400, 1000, 700]);
  assert.match(await page.evaluate(() => window.nianbao.getReport()), /"format":\s*"2019"/);
  await screenshot(page, 'editor-example-2019-hidpi');
  await context.close();
});
