// The editor draws with the computer's own fonts (shell/web/library_glyphs.js): rare characters, characters
// beyond U+FFFF, characters no font has, a computer without Chinese fonts, HiDPI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser.mjs';
import { openEditor, locate, click, settle, report, findings, screenshot, typeWithIme, EDITOR_URL } from './editor.mjs';
import { decodePng, inkPixels } from './png.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const RARE = ['偃', '埇', '𬌗'];  // GBK-only place-name characters, and U+2C317 beyond U+FFFF
const NO_FONT_HAS = '\u{31350}';  // CJK Extension H (2022): no font of this machine has it

/** A 2021 report with `agency`, and an unknown cell code `t9.<mark>` that finding U1 names. */
const reportJson = (agency, mark) => JSON.stringify({
  schema: 'nianbao/report', version: 1, format: '2021', year: 2024, agency,
  sections: { overview: '', problems: '', other: '' }, cells: { [`t9.${mark}`]: 1 } });

/** Dark pixels the editor drew inside `target`'s rectangle. */
async function ink(page, target) {
  const r = await locate(page, target);
  return inkPixels(decodePng(await page.screenshot({ clip: { x: r.x, y: r.y, width: r.w, height: r.h } })));
}

async function load(page, agency, mark) {
  assert.equal(await page.evaluate((j) => window.nianbao.loadReport(j), reportJson(agency, mark)), '');
  await settle(page);
}

const notice = (page) => page.evaluate(() => {
  const n = document.getElementById('nb-font-notice');
  return n && !n.hidden ? { text: n.textContent, error: n.classList.contains('error') } : null;
});

/** The finding naming the unknown cell code (its row in the findings panel). */
async function unknownCellFinding(page) {
  const index = (await findings(page)).findIndex((f) => f.rule === 'U1');
  assert.ok(index >= 0, 'finding U1 present');
  return `finding.${index}`;
}

test('偃, 埇 and 𬌗 are drawn (glyph pixels, not a replacement) in the agency field and in a finding', async () => {
  const { page, errors } = await openEditor(browser);
  // U+3000 (ideographic space) has the advance of a hanzi: the text around it stays where it is.
  await load(page, '\u3000', '\u3000');
  const blankAgency = await ink(page, 'agency');
  const blankFinding = await ink(page, await unknownCellFinding(page));
  assert.equal(blankAgency, 0, 'a blank agency field has no ink');
  for (const c of RARE) {
    await load(page, c, c);
    const agency = await ink(page, 'agency');
    const finding = await ink(page, await unknownCellFinding(page));
    assert.ok(agency > 15, `${c} in the agency field: ${agency} dark pixels`);
    assert.ok(finding - blankFinding > 15, `${c} in the finding: ${finding - blankFinding} more dark pixels`);
  }
  await load(page, RARE.join(''), RARE.join(''));
  assert.equal(await notice(page), null, 'no character was replaced: the page names none');
  await screenshot(page, 'fonts-rare-dpr1');
  assert.deepEqual(errors, []);
});

test('glyphs drawn together in one frame look exactly like glyphs drawn one frame each', async () => {
  // library_glyphs.js draws a run of new ideographs with one letter-spaced fillText: every glyph must land
  // on its own slot, pixel for pixel as when it is drawn alone.
  const text = RARE.join('') + '龘齉';
  const agencyPng = async (page) => {
    const r = await locate(page, 'agency');
    return decodePng(await page.screenshot({ clip: { x: r.x, y: r.y, width: r.w, height: r.h } }));
  };
  const together = await openEditor(browser);
  await load(together.page, text, '');
  const apart = await openEditor(browser);
  for (let n = 1; n <= Array.from(text).length; n++) await load(apart.page, Array.from(text).slice(0, n).join(''), '');
  const a = await agencyPng(together.page), b = await agencyPng(apart.page);
  assert.ok(inkPixels(a) > 60, `the characters are drawn: ${inkPixels(a)} dark pixels`);
  assert.deepEqual([a.width, a.height], [b.width, b.height]);
  assert.ok(Buffer.from(a.pixels).equals(Buffer.from(b.pixels)), 'the same pixels');
  await together.context.close();
  await apart.context.close();
});

test('a character no font has is drawn as the replacement box, and the page names it', async () => {
  const { page } = await openEditor(browser);
  await load(page, '', '');
  assert.equal(await notice(page), null);
  await load(page, NO_FONT_HAS, '');
  assert.ok(await ink(page, 'agency') > 15, 'the replacement box is visible');
  await page.waitForFunction(() => document.getElementById('nb-font-notice'));
  const n = await notice(page);
  assert.ok(n && !n.error, 'a notice, not the no-Chinese-font error');
  assert.match(n.text, /U\+31350/);
  assert.doesNotMatch(n.text, /U\+2C317/);
  assert.equal((await report(page)).agency, NO_FONT_HAS, 'the text itself is kept');
  await screenshot(page, 'fonts-missing-character');
});

test('glyphs drawn before the font check (the first frames) that show the tofu are drawn again as the box', async () => {
  // The check runs once the first frame is on screen (library_glyphs.js); here it is held back until the
  // character no font has has been drawn, as when it is in the report the page opens with.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(() => {
    const setTimeoutOfPage = window.setTimeout;
    window.heldFontChecks = [];
    window.setTimeout = function (callback, ...rest) {
      if (callback && callback.name === 'verifyDeferred') return window.heldFontChecks.push(callback);
      return setTimeoutOfPage.call(window, callback, ...rest);
    };
  });
  const { page } = await openEditor(browser, { context });
  assert.equal(await page.evaluate(() => window.heldFontChecks.length), 1, 'the check waits for the first frame');
  await load(page, NO_FONT_HAS, '');
  const before = await page.screenshot({ clip: await locate(page, 'agency').then((r) => ({ x: r.x, y: r.y, width: r.w, height: r.h })) });
  assert.equal(await notice(page), null, 'nothing compared yet');
  await page.evaluate(() => window.heldFontChecks.pop()());
  await settle(page);
  await page.waitForFunction(() => document.getElementById('nb-font-notice'));
  assert.match((await notice(page)).text, /U\+31350/);
  const after = await page.screenshot({ clip: await locate(page, 'agency').then((r) => ({ x: r.x, y: r.y, width: r.w, height: r.h })) });
  assert.notDeepEqual(after, before, 'the browser\'s tofu is replaced by the box');
  assert.ok(await ink(page, 'agency') > 15, 'the replacement box is visible');
  await context.close();
});

test('a character beyond U+FFFF typed through an input method or pasted is saved and reopens intact', async () => {
  const { page, context } = await openEditor(browser, { clipboard: true });
  await load(page, '青山县', '');
  await click(page, 'agency');
  await page.keyboard.press('End');
  await typeWithIme(page, 'he', '𬌗');
  await typeWithIme(page, 'yanshi', '偃师');
  await page.evaluate(() => navigator.clipboard.writeText('𬌗'));
  await page.keyboard.press('Control+V');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal((await report(page)).agency, '青山县𬌗偃师𬌗');

  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+S')]);
  const saved = readFileSync(await download.path(), 'utf8');
  assert.equal(JSON.parse(saved).agency, '青山县𬌗偃师𬌗');
  assert.ok(Buffer.from(saved, 'utf8').includes(Buffer.from('𬌗', 'utf8')), 'stored as UTF-8, not an escape pair');
  await context.close();

  const reopened = await openEditor(browser);
  assert.equal(await reopened.page.evaluate((j) => window.nianbao.loadReport(j), saved), '');
  await settle(reopened.page);
  assert.equal((await report(reopened.page)).agency, '青山县𬌗偃师𬌗');
  assert.equal(await notice(reopened.page), null);
  await reopened.context.close();
});

test('at devicePixelRatio 2 glyphs are drawn at twice the density', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 2 });
  const { page } = await openEditor(browser, { context });
  await load(page, RARE.join('') + '市自然资源局', RARE.join(''));
  const r = await locate(page, 'agency');
  const png = decodePng(await page.screenshot({ clip: { x: r.x, y: r.y, width: r.w, height: r.h } }));
  assert.equal(png.width, Math.round(r.w * 2), 'the screenshot has device pixels');
  // Sharp text at density 2 has strokes of full ink: many pixels are nearly black, not a blurred grey.
  let solid = 0;
  for (let i = 0; i < png.pixels.length; i += png.channels) if (png.pixels[i] < 60) solid++;
  assert.ok(solid > 200, `${solid} nearly black pixels`);
  await screenshot(page, 'fonts-rare-dpr2');
  await context.close();
});

test('a computer without Chinese fonts is told so clearly', async () => {
  // Chromium with a fontconfig that knows DejaVu only: no font has Chinese characters.
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-fonts-'));
  writeFileSync(join(dir, 'fonts.conf'), `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${dir}/cache</cachedir></fontconfig>`);
  const bare = await launch({ env: { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf') } });
  try {
    const page = await bare.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(EDITOR_URL + '#example=2021');
    await page.waitForFunction(() => window.nianbao && window.nianbao.frameCount() > 0);
    // (The font check runs once the first frame is on screen.)
    await page.waitForFunction(() => document.getElementById('nb-font-notice'));
    const n = await notice(page);
    assert.ok(n && n.error, 'the no-Chinese-font notice is shown as an error');
    assert.match(n.text, /没有中文字体/);
    // The notice itself stays readable: the page's small notice font has every character of it.
    assert.ok(await page.evaluate((t) => document.fonts.check('14px NianbaoNotice', t), n.text));
    await screenshot(page, 'fonts-no-chinese-font');
  } finally {
    await bare.close();
  }
});
