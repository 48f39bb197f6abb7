// Failing paths in the WebAssembly build show a message and change nothing; the editor never aborts.
// (The web build keeps Emscripten's default of not catching C++ exceptions: the core never throws on any
// input, so every failure comes back as a result with a Chinese message, as these inputs show.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { openEditor, report, settle } from './editor.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const BAD_REPORTS = [
  '',
  '{',
  '[]',
  'null',
  '{"schema": "nianbao/report", "version": 1, "format": "2022", "year": 2024}',
  '{"schema": "nianbao/report", "version": 1, "format": "2021", "year": 1850}',
  '{"schema": "nianbao/report", "version": 1, "format": "2021", "year": 2024, "cells": {"t3.new.natural": "五"}}',
  '{"schema": "nianbao/report", "version": 1, "format": "2021", "year": 2024, "cells": {"t3.new.natural": 1e300}}',
  '{"schema": "nianbao/report", "version": 1, "format": "2021", "year": 2024, "cells": []}',
  '{"schema": "nianbao/report", "version": 1, "format": "2021", "year": 2024, "sections": {"overview": 7}}',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
  '{"schema": "nianbao/report", "version": 1, "format": "2021", "year": 2024, "agency": "\uD800"}',
];

test('loadReport with broken or wrong reports returns a message each time and keeps the document', async () => {
  const { page, errors } = await openEditor(browser, { hash: '#example=2021' });
  const before = await report(page);
  for (const bad of BAD_REPORTS) {
    const message = await page.evaluate((json) => window.nianbao.loadReport(json), bad);
    assert.ok(message.length > 0, `no message for ${bad.slice(0, 60)}`);
    assert.match(message, /[\u4e00-\u9fff]/, `message in Chinese for ${bad.slice(0, 60)}: ${message}`);
  }
  await settle(page);
  assert.deepEqual(await report(page), before, 'the open document is unchanged');
  // Still alive: it draws, answers and accepts a valid report.
  const frames = await page.evaluate(() => window.nianbao.frameCount());
  await page.mouse.move(200, 200);
  await settle(page);
  assert.ok(await page.evaluate(() => window.nianbao.frameCount()) > frames);
  before.agency = '偃师市人民政府办公室';
  assert.equal(await page.evaluate((json) => window.nianbao.loadReport(json), JSON.stringify(before)), '');
  assert.equal((await report(page)).agency, '偃师市人民政府办公室');
  assert.deepEqual(errors, [], 'no page error');
  // An abort would have put the loader's error in its status line (which is gone once the editor runs).
  const status = await page.evaluate(() => document.getElementById('nb-status')?.className ?? '');
  assert.notEqual(status, 'error');
});
