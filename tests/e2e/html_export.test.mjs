// html_export.test.mjs — the page written by `nianbao render`, opened in headless Chromium:
// no payload in any field runs, nothing is fetched, both formats render; screenshots for people.
//
// Needs NIANBAO_BIN (path of the nianbao binary; ctest sets it). Run: node --test tests/e2e/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, recordForeignRequests, ARTIFACTS } from './browser.mjs';

const BIN = process.env.NIANBAO_BIN;
const skip = !BIN || !existsSync(BIN) ? `SKIPPED: NIANBAO_BIN is not set to the nianbao binary (${BIN ?? 'unset'})` : false;
if (skip) console.error(skip);

const work = mkdtempSync(join(tmpdir(), 'nianbao-html-'));

/** Every payload sets window.__xss or calls a dialog if it ever runs. */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"></svg>',
  '<a href="javascript:window.__xss=1" id="xsslink">点我</a>',
  '</td></tr></table><script>window.__xss=1</script>',
  '</p></section></main><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '"\'><input autofocus onfocus="window.__xss=1">',
  '<details open ontoggle="window.__xss=1">',
  '<body onload=alert(1)>',
  '</style></title><script>alert(1)</script>',
  '<img src="http://127.0.0.1:9/track.png">',
  '<link rel="stylesheet" href="http://127.0.0.1:9/x.css">',
  '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/">',
  'A&amp;B & C &lt;D&gt; 引号"\'',
];

/** A blank report of `format` from `nianbao new`, as a JS object. */
function blank(format, year) {
  const out = join(work, `blank-${format}.json`);
  execFileSync(BIN, ['new', '--format', format, '--year', String(year), '--agency', '测试市人民政府办公室', '-o', out]);
  return JSON.parse(readFileSync(out, 'utf8'));
}

/** Renders `report` with the CLI (`flags`: extra options); returns the HTML file's path. */
function render(report, name, flags = []) {
  const json = join(work, `${name}.json`);
  const html = join(work, `${name}.html`);
  writeFileSync(json, JSON.stringify(report));
  execFileSync(BIN, ['render', json, '-o', html, ...flags]);
  return html;
}

/** A plausible report: distinct figures in every cell, a few paragraphs. */
function sample(format, year) {
  const r = blank(format, year);
  Object.keys(r.cells).forEach((code, i) => {
    r.cells[code] = code.endsWith('.amount') ? `${1200 + i}.35` : (i * 7) % 97;
  });
  if (format === '2019') r.units = { 't2.procurement.amount': '万元' };
  r.sections.overview = '本年度，本机关认真贯彻《中华人民共和国政府信息公开条例》，各项工作有序推进。\n\n（一）主动公开\n' +
    '全年主动公开政府信息1200余条，政策解读51次。\n（二）依申请公开\n全年收到政府信息公开申请18件，均按期答复。';
  r.sections.problems = '存在的主要问题：公开内容的深度有待加强。\n改进措施：加强培训，完善制度。';
  r.sections.other = '本年度未收取信息处理费。';
  return r;
}

/** Opens `file` and collects everything a payload could cause. */
async function open(browser, file) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  const url = pathToFileURL(file).href;
  const foreign = recordForeignRequests(page, url);
  const dialogs = [];
  const errors = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  return { page, foreign, dialogs, errors };
}

test('payloads in every text field render as text and never run', { skip }, async () => {
  const browser = await launch();
  try {
    for (const [format, year] of [['2019', 2020], ['2021', 2021]]) {
      for (const [i, payload] of PAYLOADS.entries()) {
        const r = blank(format, year);
        r.agency = payload;
        r.sections = { overview: payload, problems: `${payload}\n${payload}`, other: payload };
        for (const code of Object.keys(r.cells)) if (code.endsWith('.amount')) r.cells[code] = payload;
        if (format === '2019') r.units = { 't2.procurement.amount': payload };
        // With the findings appendix: rules quote narrative sentences, so the payload reaches it too.
        const { page, foreign, dialogs, errors } = await open(browser, render(r, `xss-${format}-${i}`, ['--with-findings']));
        // Give event-handler payloads a chance: focus, hover, click anything that exists.
        await page.mouse.move(300, 300);
        await page.keyboard.press('Tab');
        await page.waitForTimeout(50);
        const state = await page.evaluate(() => ({
          xss: window.__xss,
          foreignElements: document.querySelectorAll('script,img,svg,iframe,a,input,details,link,base,object,embed').length,
          metas: document.querySelectorAll('meta').length,
          title: document.title,
          h1: document.querySelector('h1').textContent,
          overview: [...document.querySelectorAll('#overview p')].map((p) => p.textContent),
          problems: [...document.querySelectorAll('#problems p')].map((p) => p.textContent),
          // The review copy's finding marks (<sup>[n]</sup>) follow the value; the value itself is the payload.
          amounts: [...document.querySelectorAll('td.amount')].map((td) =>
            [...td.childNodes].filter((n) => n.nodeName !== 'SUP').map((n) => n.textContent).join('')),
          marks: [...document.querySelectorAll('td.amount sup')].map((sup) => sup.textContent),
          location: location.href,
          appendix: document.querySelector('#findings .verdict')?.textContent,
        }));
        const where = `format ${format}, payload ${JSON.stringify(payload)}`;
        assert.equal(state.xss, undefined, where);
        assert.deepEqual(dialogs, [], where);
        assert.deepEqual(foreign, [], where);
        assert.deepEqual(errors, [], where);
        assert.equal(state.foreignElements, 0, where);
        assert.equal(state.metas, 5, where);
        assert.equal(state.location, page.url(), where);
        assert.match(state.appendix ?? '', /^[✓✗] /, where);
        assert.equal(state.h1, `${payload}${year}年政府信息公开工作年度报告`, where);
        assert.equal(state.title, state.h1.replace(/\s+/g, ' ').trim(), where);
        assert.deepEqual(state.overview, [payload.trim()], where);
        assert.deepEqual(state.problems, [payload.trim(), payload.trim()], where);
        const unit = format === '2019' ? [`${payload}${payload}`] : [payload];
        assert.deepEqual(state.amounts, unit, where);
        for (const mark of state.marks) assert.match(mark, /^\[\d+\]$/, where);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
});

test('both formats render in Chromium: six sections, three tables; screenshots and print PDF', { skip }, async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await launch();
  try {
    for (const [format, year, t3rows] of [['2019', 2020, 23], ['2021', 2021, 25]]) {
      const { page, foreign, errors } = await open(browser, render(sample(format, year), `sample-${format}`));
      const shape = await page.evaluate(() => ({
        headings: [...document.querySelectorAll('h2')].map((h) => h.textContent),
        tables: document.querySelectorAll('table').length,
        t3rows: [...document.querySelectorAll('#table-3 tbody tr')].length,
        widths: [...document.querySelectorAll('table')].map((t) => t.getBoundingClientRect().width),
        page: document.querySelector('main').getBoundingClientRect().width,
      }));
      assert.deepEqual(foreign, []);
      assert.deepEqual(errors, []);
      assert.equal(shape.headings.length, 6);
      assert.equal(shape.tables, 3);
      assert.equal(shape.t3rows, t3rows);
      // No table is wider than the page it sits on.
      for (const w of shape.widths) assert.ok(w <= shape.page, `table ${w}px wider than page ${shape.page}px`);
      await page.screenshot({ path: join(ARTIFACTS, `html-export-${format}.png`), fullPage: true });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(ARTIFACTS, `html-export-${format}-print.png`), fullPage: true });
      await page.pdf({ path: join(ARTIFACTS, `html-export-${format}.pdf`), preferCSSPageSize: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
});

test('--with-findings appends the check results; without it the page has none', { skip }, async () => {
  const browser = await launch();
  try {
    const r = sample('2021', 2021);
    // 10 + 0 ≠ 3 + 0: the 勾稽 identity of the 自然人 column fails.
    Object.assign(r.cells, { 't3.new.natural': 10, 't3.carried.natural': 0, 't3.total.natural': 3, 't3.forward.natural': 0 });
    for (const [flags, expected] of [[[], false], [['--with-findings'], true]]) {
      const { page } = await open(browser, render(r, `findings-${expected}`, flags));
      const appendix = await page.evaluate(() => {
        const s = document.querySelector('#findings');
        return s && {
          verdict: s.querySelector('.verdict').textContent,
          caption: s.querySelector('caption')?.textContent,
          rows: [...s.querySelectorAll('tbody tr')].map((tr) => [...tr.cells].map((td) => td.textContent)),
        };
      });
      if (!expected) {
        assert.equal(appendix, null);
      } else {
        assert.match(appendix.verdict, /^✗ \d+ 处错误/);
        assert.equal(appendix.caption, `校验发现（共 ${appendix.rows.length} 条）`);
        const row = appendix.rows.find((cells) => cells[4].includes('一、本年新收政府信息公开申请数量 · 自然人'));
        assert.ok(row, JSON.stringify(appendix.rows));
        assert.equal(row[2], '勾稽不符');
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
});

test('bad input: clear message, exit status 2, no output file', { skip }, () => {
  const out = join(work, 'never.html');
  const bad = join(work, 'bad.json');
  writeFileSync(bad, '{"schema":"nianbao/report","version":1,"format":"2021","year":2021,"cells":{"t3.new.natural":"x"}}');
  for (const args of [[join(work, 'missing.json'), '-o', out], [bad, '-o', out], [bad], ['-o', out], [bad, bad, '-o', out]]) {
    const run = spawnSync(BIN, ['render', ...args], { encoding: 'utf8' });
    assert.equal(run.status, 2, args.join(' '));
    assert.match(run.stderr, /^nianbao render: .+/, args.join(' '));
    assert.equal(existsSync(out), false, args.join(' '));
  }
  // An existing page is left as it was when the new input is bad.
  writeFileSync(out, 'old page');
  assert.equal(spawnSync(BIN, ['render', bad, '-o', out]).status, 2);
  assert.equal(readFileSync(out, 'utf8'), 'old page');
});
