/**
 * The sample site, built once (with its PDFs) and read in real Chromium as visitors would:
 * every page type in both languages with scripts off, checked by axe for serious
 * accessibility faults, crawled for broken internal links; its downloads read back; search
 * tried with scripts on. One file, so the test run builds the site once.
 */
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { HOME_TILES, INDICATORS } from '../../src/lib/indicators/registry.ts';
import { ISSUE_CODES } from '../../src/lib/ingest/codes.ts';
import { launchChromium } from '../../scripts/browser.ts';
import { tempDir } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';
import { serve } from '../../scripts/serve.ts';

let out: string;
let site: { url: string; close: () => Promise<void> };
let browser: Browser;

/** One page of each type, zh path (the en page is the same under /en). */
const PAGE_TYPES = ['/', '/indicators/', '/indicators/exchange_rate/', '/indicators/age_structure/', '/reports/', '/reports/2024/', '/reports/2019/', '/schools/', '/methodology/', '/glossary/', '/data-guide/', '/downloads/', '/quality/2024/', '/changes/', '/search/'];

before(async () => {
  const root = await tempDir();
  out = join(root, 'dist');
  const r = runScript('scripts/build.ts', ['--data', 'data', '--out', out, '--cache', join(root, 'cache')]);
  assert.equal(r.status, 0, r.stderr);
  const pdf = runScript('scripts/pdf.ts', ['--out', out]);
  assert.equal(pdf.status, 0, pdf.stderr);
  site = await serve(out);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

describe('every page type, in both languages', () => {
  it('reads with JavaScript off: a title, the sample label, and each chart with an accessible name and a table', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const schools = (await readdir(join(out, 'schools'))).filter((f) => !f.endsWith('.html'));
    for (const path of [...PAGE_TYPES, `/schools/${schools[0]}/`]) {
      for (const prefix of ['', '/en']) {
        const res = await page.goto(`${site.url}${prefix}${path}`);
        assert.equal(res?.status(), 200, `${prefix}${path}`);
        assert.ok((await page.locator('h1').innerText()).length > 1, `${prefix}${path} has a heading`);
        assert.equal(await page.locator('.sample').count(), 1, `${prefix}${path} is labelled as sample data`);
        for (const fig of await page.locator('figure.chart').all()) {
          assert.ok(await fig.locator('svg[role="img"][aria-label]').count(), `${prefix}${path}: chart has a named svg`);
          assert.ok(await fig.locator('table').count(), `${prefix}${path}: chart has a table`);
        }
      }
    }
    await context.close();
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    const schools = (await readdir(join(out, 'schools'))).filter((f) => !f.endsWith('.html'));
    for (const path of [...PAGE_TYPES, `/schools/${schools[0]}/`]) {
      for (const prefix of ['', '/en']) {
        await page.goto(`${site.url}${prefix}${path}`);
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) problems.push(`${prefix}${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      }
    }
    await context.close();
    assert.deepEqual(problems, []);
  });

  it('has no broken internal link anywhere in the site', async () => {
    const broken: string[] = [];
    const exists = async (p: string) => stat(p).then((s) => s.isFile() || stat(join(p, 'index.html')).then(() => true, () => false), () => false);
    for (const file of await htmlFiles(out)) {
      const html = await readFile(file, 'utf8');
      for (const [, href] of html.matchAll(/href="(\/[^"#?]*)/g)) {
        const target = join(out, decodeURIComponent(href!));
        if (!(await exists(target))) broken.push(`${file.slice(out.length)} → ${href}`);
      }
    }
    assert.deepEqual(broken.slice(0, 20), []);
  });

  it('shows the latest year’s figures on the home tiles exactly as indicators.csv has them', async () => {
    const csv = (await readFile(join(out, 'downloads/indicators.csv'), 'utf8')).slice(1).split('\r\n').map((l) => l.split(','));
    const latest = Math.max(...csv.slice(1).map((r) => Number(r[0])).filter(Boolean));
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    for (const tile of await page.locator('.tile').all()) {
      const id = (await tile.locator('a.name').getAttribute('href'))!.split('/')[2];
      const row = csv.find((r) => r[0] === String(latest) && r[1] === id && r[2] === 'total')!;
      const shown = (await tile.locator('.value').innerText()).replace(/[,人次%]/g, '');
      assert.equal(Number(shown), Number(row[4]), `${id}: tile ${shown}, csv ${row[4]}`);
    }
    await page.close();
  });
});

describe('annual reports', () => {
  it('each prints to an A4 PDF that its page links, and earlier reports point to the newest', async () => {
    const years = (await readdir(join(out, 'reports'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    assert.equal(years.length, 10);
    for (const year of years) {
      for (const prefix of ['', 'en']) {
        const pdf = await readFile(join(out, prefix, 'reports', year, `report-${year}.pdf`));
        assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
        assert.match(new TextDecoder('latin1').decode(pdf), /\/MediaBox \[0 0 595\.9\d* 842\.\d+\]/, 'A4 pages');
        const html = await readFile(join(out, prefix, 'reports', year, 'index.html'), 'utf8');
        assert.ok(html.includes(`href="/${prefix ? 'en/' : ''}reports/${year}/report-${year}.pdf"`), `${prefix} ${year} links its PDF`);
        const newest: string = years[years.length - 1]!;
        assert.equal(html.includes(`class="notice"`), year !== newest, `${year}: notice of a newer report`);
      }
    }
  });

  it('links every figure in the narrative to its indicator and covers the nine sections', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/reports/2024/`);
    assert.deepEqual(await page.locator('article h2').allInnerTexts(), ['一、队伍概况', '二、补充招聘', '三、交流轮岗', '四、培训研修', '五、学历提升', '六、职称评聘', '七、表彰激励', '八、乡村教师', '九、退休与流动']);
    const figures = page.locator('article a.figure');
    assert.ok((await figures.count()) > 40);
    for (const href of await figures.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) assert.match(href!, /^\/indicators\/[a-z0-9_]+\/$/);
    await context.close();
  });
});

describe('search', () => {
  it('finds the exchange indicator and the reports for 交流轮岗, and training pages for “training”', async () => {
    const page = await browser.newPage();
    const search = async (path: string, q: string) => {
      await page.goto(`${site.url}${path}`);
      return page.evaluate(async (query) => {
        const module = '/pagefind/pagefind.js'; // served by the site, not a package
        const pagefind = await import(module);
        const found = await pagefind.search(query);
        return Promise.all(found.results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
      }, q);
    };
    const zh = await search('/search/', '交流轮岗');
    assert.ok(zh.slice(0, 5).includes('/indicators/exchange_rate/'), zh.join(' '));
    assert.ok(zh.some((u: string) => u.startsWith('/reports/20')), 'an annual report');
    const en = await search('/en/search/', 'training');
    assert.ok(en.slice(0, 5).includes('/en/indicators/training_person_times/'), en.join(' '));
    assert.ok(en.every((u: string) => u.startsWith('/en/')), 'English results only');
    await page.close();
  });
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

  it('lists every error and warning code with what to do on the data guide, in both languages', async () => {
    for (const prefix of ['', 'en/']) {
      const html = await readFile(join(out, prefix, 'data-guide', 'index.html'), 'utf8');
      for (const code of Object.keys(ISSUE_CODES)) assert.match(html, new RegExp(`id="code-${code}"`), `${prefix}data-guide lists ${code}`);
    }
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
