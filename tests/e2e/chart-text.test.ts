/**
 * Chart text as a reader sees it, measured in real Chromium: on one page of every page type,
 * in both languages, on a phone (360 px) and a wide screen (1440 px), no text of any chart
 * reaches outside its drawing (a y axis losing its leading digits, a facet title cut) and no
 * two texts of a chart overlap (facet titles run together). Each visible chart's <text>
 * elements are measured with getBoundingClientRect, allowing 1 px.
 *
 * The sample site is built once (tests/helpers/sample-site.ts). YUANDING_E2E_SITE=<dir> measures a site already built
 * instead (to count the faults of an older build); the test then builds nothing.
 */
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { sampleSite, type SampleSite } from '../helpers/sample-site.ts';

let out: string;
let site: { url: string; close: () => Promise<void> };
let browser: Browser;

/** One page of each type (zh path; the en page is the same under /en), by the charts they hold. */
const PAGES: Record<string, string> = {
  'home (sparklines)': '/',
  'indicator: trend, by-stage multiples, grouped bars, bars, school dots': '/indicators/bachelor_plus_share/',
  'indicator: two lines behind a gap': '/indicators/gap_senior_title/',
  'indicator: stacked structure': '/indicators/title_structure/',
  'indicator: counts with bars by channel': '/indicators/new_hires/',
  'indicator: money': '/indicators/rural_allowance/',
  'indicator: small counts by stage': '/indicators/new_hires_postgrad/',
  'year snapshot of breakdowns': '/indicators/title_structure/2023/',
  'report': '/reports/2024/',
};

const WIDTHS = [360, 1440];
/** Slack for antialiasing and rounding, px. */
const SLACK = 1;

export interface TextFault {
  readonly kind: 'outside' | 'overlap';
  readonly chart: string;
  readonly text: string;
}

let sample: SampleSite;
before(async () => {
  sample = await sampleSite();
  ({ out, browser } = sample);
  site = sample;
});

after(async () => sample?.close());

/** Every fault of the charts shown on the page (charts hidden at this width are not measured). */
function textFaults(page: Page): Promise<TextFault[]> {
  return page.evaluate((slack) => {
    const faults: { kind: 'outside' | 'overlap'; chart: string; text: string }[] = [];
    const svgs = [...document.querySelectorAll('figure.chart svg[role="img"], .tile svg[role="img"]')] as SVGSVGElement[];
    for (const svg of svgs) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const chart = `${svg.closest('figure')?.id ?? 'tile'} (${Math.round(box.width)} px)`;
      const texts = ([...svg.querySelectorAll('text')] as SVGTextElement[])
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => ({ t: t.textContent!.trim(), r: t.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0);
      for (const { t, r } of texts) {
        if (r.left < box.left - slack || r.right > box.right + slack || r.top < box.top - slack || r.bottom > box.bottom + slack) {
          faults.push({ kind: 'outside', chart, text: `“${t}” [${Math.round(r.left - box.left)}, ${Math.round(r.right - box.left)}] of ${Math.round(box.width)}` });
        }
      }
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          const a = texts[i]!.r;
          const b = texts[j]!.r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > slack && h > slack) faults.push({ kind: 'overlap', chart, text: `“${texts[i]!.t}” × “${texts[j]!.t}”` });
        }
      }
    }
    return faults;
  }, SLACK);
}

async function faultsOn(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of paths) {
      for (const prefix of ['', '/en']) {
        const res = await page.goto(`${site.url}${prefix}${path}`);
        assert.equal(res?.status(), 200, `${prefix}${path}`);
        for (const f of await textFaults(page)) found.push(`${width} px ${prefix}${path} ${f.chart}: ${f.kind} ${f.text}`);
      }
    }
    await context.close();
  }
  return found;
}

describe('chart text on every page type, in both languages, at 360 and 1440 px', () => {
  it('stays inside its drawing and never overlaps other text', async () => {
    const schools = (await readdir(join(out, 'schools'))).filter((f) => !f.endsWith('.html')).sort();
    const faults = await faultsOn([...Object.values(PAGES), `/schools/${schools[0]}/`]);
    console.log(`chart text faults: ${faults.filter((f) => f.includes(': outside ')).length} outside, ${faults.filter((f) => f.includes(': overlap ')).length} overlapping`);
    assert.deepEqual(faults, []);
  });

  it('links each school dot to its school page, and each link takes the keyboard focus', async () => {
    for (const prefix of ['', '/en']) {
      const page = await browser.newPage();
      await page.goto(`${site.url}${prefix}/indicators/bachelor_plus_share/`);
      const links = await page.evaluate(() => [...document.querySelectorAll('#by-school .drawing.wide svg a')].map((a) => {
        (a as SVGAElement).focus();
        // The tooltip script moves each <title> into data-tip once the page has loaded.
        const title = a.querySelector('title')?.textContent || a.getAttribute('data-tip') || a.querySelector('[data-tip]')?.getAttribute('data-tip') || '';
        return { href: a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? '', focused: document.activeElement === a, title };
      }));
      assert.ok(links.length > 10, `${prefix}: ${links.length} school links`);
      for (const l of links) {
        assert.match(l.href, new RegExp(`^${prefix}/schools/[\\w-]+/$`));
        assert.ok(l.focused, `${l.href} takes the focus`);
        assert.match(l.title, /\d/, 'the tooltip gives the school’s figure');
      }
      const res = await page.goto(`${site.url}${links[0]!.href}`);
      assert.equal(res?.status(), 200);
      await page.close();
    }
  });

  it('completes every stacked structure bar to 100%, withheld parts in grey', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const short: string[] = [];
    let grey = 0;
    for (const path of ['/indicators/title_structure/', '/indicators/age_structure/', '/en/indicators/title_structure/2023/']) {
      await page.goto(`${site.url}${path}`);
      const charts = await page.evaluate(() => [...document.querySelectorAll('figure[id^="structure-"] .drawing.wide svg[role="img"]')].map((svg) => [...svg.querySelectorAll('g[aria-label="bar"] rect')].map((r) => ({
        y: r.getAttribute('y')!, width: Number(r.getAttribute('width')), title: r.querySelector('title')?.textContent || r.getAttribute('data-tip') || '',
      }))));
      for (const [i, bars] of charts.entries()) {
        const sums = new Map<string, number>();
        for (const b of bars) sums.set(b.y, (sums.get(b.y) ?? 0) + b.width);
        const full = Math.max(...sums.values());
        for (const [y, sum] of sums) if (Math.abs(sum - full) > 1) short.push(`${path} chart ${i + 1}, bar at y=${y}: ${sum.toFixed(1)} of ${full.toFixed(1)} px`);
        grey += bars.filter((b) => /: c[（ (]/.test(b.title)).length;
      }
    }
    await page.close();
    assert.deepEqual(short, []);
    assert.ok(grey > 0, 'the sample has withheld parts, drawn');
  });

  it('stays inside its drawing on every school page (small schools have the smallest ranges)', async () => {
    const schools = (await readdir(join(out, 'schools'))).filter((f) => !f.endsWith('.html')).sort();
    const faults = await faultsOn(schools.map((s) => `/schools/${s}/`));
    console.log(`school pages: ${faults.filter((f) => f.includes(': outside ')).length} outside, ${faults.filter((f) => f.includes(': overlap ')).length} overlapping`);
    assert.deepEqual(faults, []);
  });
});

describe('the words beside the charts, at 360 and 1440 px in both languages', () => {
  it('never end in a symbol, and never name an extreme among withheld cells', async () => {
    const indicators = (await readdir(join(out, 'indicators'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    const schools = (await readdir(join(out, 'schools'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    const faults: string[] = [];
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const prefix of ['', '/en']) {
        for (const path of [...indicators.map((i) => `/indicators/${i}/`), ...schools.slice(0, 20).map((s) => `/schools/${s}/`)]) {
          await page.goto(`${site.url}${prefix}${path}`);
          const found = await page.evaluate(() => [...document.querySelectorAll('figure.chart')].map((f) => {
            const caption = (f.querySelector('figcaption')?.textContent ?? '').replace(/\s*#\s*$/, '').trim();
            // A table by year: only the year the sentence speaks of counts; a breakdown's table: every cell.
            const year = /\b(\d{4})\b|(\d{4})年/.exec(caption)?.slice(1).find(Boolean);
            const rows = [...f.querySelectorAll('tbody tr')];
            const ofYear = rows.filter((r) => r.querySelector('th')?.textContent?.trim() === year);
            const withheld = (ofYear.length ? ofYear : rows).some((r) => [...r.querySelectorAll('td')].some((td) => td.textContent?.trim() === 'c'));
            return { caption, withheld };
          }));
          for (const { caption, withheld } of found) {
            if (/[为:：]\s*[cxz][。.]?$/.test(caption)) faults.push(`${width} ${prefix}${path}: ends in a symbol: ${caption}`);
            const extreme = /最低为|最低的是|lowest/.test(caption);
            const qualified = /在可公开的(类别|学校)中|among the published/.test(caption);
            if (withheld && extreme && !qualified) faults.push(`${width} ${prefix}${path}: names an extreme beside withheld cells: ${caption}`);
          }
        }
      }
      await page.close();
    }
    assert.deepEqual(faults, []);
  });

  it('reconcile 减员 with 流失 in one table on the exits, leavers and attrition pages', async () => {
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const [prefix, words] of [['', ['减员记录（全部教职工）', '流失（上年专任教师本年不再是专任教师）', '有减员记录']], ['/en', ['Exit records (all staff)', 'Leavers (last year', 'With an exit record']]] as const) {
        for (const id of ['exits', 'leavers', 'attrition_rate']) {
          await page.goto(`${site.url}${prefix}/indicators/${id}/`);
          const table = page.locator('#exits-reconciled table');
          const text = await table.innerText();
          for (const w of words) assert.ok(text.includes(w), `${width} ${prefix} ${id}: ${w}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
          assert.ok(!overflow, `${width} ${prefix} ${id}: no sideways scroll`);
        }
      }
      await page.close();
    }
  });
});
