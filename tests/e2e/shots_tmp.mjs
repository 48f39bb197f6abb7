import { launch } from './browser.mjs';
import { EDITOR_URL, waitForEditor, locate, settle } from './editor.mjs';
const browser = await launch();
for (const [w, h, dpr, name] of [[1366, 768, 1, '1366'], [911, 430, 1.5, '1366-150'], [1920, 1080, 1, '1920']]) {
  const context = await browser.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: dpr });
  const page = await context.newPage();
  page.on('dialog', (d) => d.accept());
  await page.goto(EDITOR_URL + '#example=2021');
  await waitForEditor(page);
  await page.screenshot({ path: `/tmp/shots/${name}-top.png` });
  // select a block in 表三 and scroll so the header is frozen
  const r = JSON.parse(await page.evaluate(() => window.nianbao.locate('t3.new.natural')) || 'null');
  for (let i = 0; i < 30; i++) {
    const j = await page.evaluate(() => window.nianbao.locate('t3.denied.3.natural'));
    const c = j ? JSON.parse(j) : null;
    if (c && c.y > 0 && c.y < h * 0.6) break;
    await page.mouse.move(12, h / 2); await page.mouse.wheel(0, 150); await settle(page);
  }
  const c = JSON.parse(await page.evaluate(() => window.nianbao.locate('t3.denied.3.natural')));
  await page.mouse.click(c.x + c.w / 2, c.y + c.h / 2); await settle(page);
  await page.keyboard.press('Shift+ArrowRight'); await page.keyboard.press('Shift+ArrowRight'); await page.keyboard.press('Shift+ArrowDown');
  await settle(page);
  await page.screenshot({ path: `/tmp/shots/${name}-table3.png` });
  await page.keyboard.press('Escape'); await page.keyboard.press('F2'); await page.keyboard.type('5'); await settle(page);
  await page.mouse.click(c.x + c.w / 2, c.y + c.h / 2, { button: 'right' }); await settle(page);
  await page.screenshot({ path: `/tmp/shots/${name}-menu.png` });
  await context.close();
}
await browser.close();
