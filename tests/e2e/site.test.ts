/**
 * Builds the sample site and reads it in real Chromium, as a parent on a phone would with
 * scripts off: the home page's tiles, an indicator page's charts and tables, both languages.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { HOME_TILES, INDICATORS } from '../../src/lib/indicators/registry.ts';
import { launchChromium } from '../helpers/browser.ts';
import { tempDir } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';
import { serve } from '../../scripts/serve.ts';

let out: string;
let site: { url: string; close: () => Promise<void> };
let browser: Browser;

before(async () => {
  const root = await tempDir();
  out = join(root, 'dist');
  const r = runScript('scripts/build.ts', ['--data', 'data', '--out', out, '--cache', join(root, 'cache')]);
  assert.equal(r.status, 0, r.stderr);
  site = await serve(out);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

describe('the downloads of the built sample site', () => {
  it('indicators.csv: UTF-8 with BOM, tidy columns, every indicator × year × breakdown, no small count', async () => {
    const text = await readFile(join(out, 'downloads/indicators.csv'), 'utf8');
    assert.ok(text.startsWith('\uFEFFyear,indicator,dimension,category,value,numerator,denominator,symbol\r\n'));
    const rows = text.slice(1).trim().split('\r\n').slice(1).map((l) => l.split(','));
    const years = [...new Set(rows.map((r) => r[0]))];
    assert.equal(years.length, 10);
    for (const ind of INDICATORS) {
      for (const year of years) {
        const mine = rows.filter((r) => r[0] === year && r[1] === ind.id);
        assert.ok(mine.length > 0, `${ind.id} ${year}`);
        if (mine.some((r) => r[7] === 'x' && r[2] === 'total')) continue;
        for (const dim of ind.breakdowns) assert.ok(mine.some((r) => r[2] === dim || r[2]!.startsWith(`${dim}:`)), `${ind.id} ${year} by ${dim}`);
      }
    }
    // Counts of people and numerators of shares are 0 or ≥ 5 (the sample's threshold); withheld cells are empty.
    const counts = new Set(INDICATORS.filter((i) => i.unit === 'persons' || i.unit === 'person-times').map((i) => i.id));
    for (const r of rows) {
      if (r[7]) assert.equal(r[4], '', 'no value beside a symbol');
      const n = Number(r[5]);
      if (r[5] !== '' && (counts.has(r[1]!) || r[6] !== '') && !['age_mean', 'training_hours_per_teacher', 'student_teacher_ratio', 'staff_student_ratio'].includes(r[1]!)) {
        assert.ok(n === 0 || n >= 5, `${r.join(',')}`);
      }
    }
  });

  it('indicators.xlsx: a sheet per theme, header frozen, number formats; one CSV per indicator and a dictionary', async () => {
    const XLSX = await import('xlsx');
    const wb = XLSX.read(await readFile(join(out, 'downloads/indicators.xlsx')), { type: 'buffer', cellNF: true });
    assert.ok(wb.SheetNames.includes('交流轮岗') && wb.SheetNames.includes('队伍概况'));
    const sheet = wb.Sheets['交流轮岗']!;
    assert.equal(sheet['A1']?.v, 'year');
    const rates = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet).findIndex((r) => r['indicator'] === 'exchange_rate' && r['symbol'] === '');
    assert.equal(sheet[XLSX.utils.encode_cell({ r: rates + 1, c: 4 })]?.z, '0.0');
    const zip = (XLSX.CFB as unknown as { read(d: Uint8Array, o: object): { FullPaths: string[]; FileIndex: { content: Uint8Array }[] } }).read(await readFile(join(out, 'downloads/indicators.xlsx')), { type: 'buffer' });
    const i = zip.FullPaths.findIndex((p) => p.endsWith('xl/worksheets/sheet1.xml'));
    assert.match(new TextDecoder().decode(zip.FileIndex[i]!.content), /<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
    for (const ind of INDICATORS) assert.ok((await readFile(join(out, 'downloads', `${ind.id}.csv`), 'utf8')).startsWith('\uFEFFyear,indicator'));
    const dictionary = await readFile(join(out, 'downloads/dictionary.csv'), 'utf8');
    for (const ind of INDICATORS) assert.ok(dictionary.includes(`indicator,${ind.id},`), ind.id);
  });
});

describe('the built sample site', () => {
  it('has a Chinese home page at /, an English one at /en/, and a page per indicator with inline SVG charts', async () => {
    assert.match(await readFile(join(out, 'index.html'), 'utf8'), /<html lang="zh-CN"/);
    assert.match(await readFile(join(out, 'en/index.html'), 'utf8'), /<html lang="en"/);
    for (const ind of INDICATORS) {
      for (const prefix of ['', 'en/']) {
        const html = await readFile(join(out, prefix, 'indicators', ind.id, 'index.html'), 'utf8');
        assert.match(html, /<svg[^>]*role="img"[^>]*aria-label="[^"]+"/, `${prefix}${ind.id} has a named chart`);
      }
    }
  });

  it('shows the home tiles and the sample-data label with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    assert.match(await page.locator('.sample').innerText(), /样例数据/);
    const tiles = page.locator('.tile');
    assert.equal(await tiles.count(), HOME_TILES.length);
    assert.match(await tiles.first().locator('.value').innerText(), /^[\d,]+人$/);
    assert.match(await tiles.first().locator('.change').innerText(), /^比上年(增加|减少)/);
    await context.close();
  });

  it('shows an indicator page’s charts, each with an accessible name and a data table', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/indicators/exchange_rate/`);
    assert.equal(await page.locator('h1').innerText(), '交流轮岗教师占义务教育专任教师比例');
    const charts = page.locator('figure.chart');
    assert.ok((await charts.count()) >= 3, 'trend, by stage, by area');
    for (const fig of await charts.all()) {
      const name = await fig.locator('svg[role="img"]').getAttribute('aria-label');
      assert.ok(name && name.length > 4, 'chart has an accessible name');
      assert.ok((await fig.locator('table tbody tr').count()) > 0, 'chart has a table');
    }
    const trendRows = page.locator('figure.chart').first().locator('tbody tr');
    assert.equal(await trendRows.count(), 10, 'one row per year 2015–2024');
    assert.match(await trendRows.last().innerText(), /^2024\s+\d+\.\d\s+[\d,]+\s+[\d,]+$/);
    await context.close();
  });

  it('switches language on the same page', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/indicators/fulltime_teachers/`);
    await page.getByRole('link', { name: 'English' }).click();
    assert.equal(new URL(page.url()).pathname, '/en/indicators/fulltime_teachers/');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.match(await page.locator('h1').innerText(), /Full-time teachers/);
    await page.close();
  });
});
