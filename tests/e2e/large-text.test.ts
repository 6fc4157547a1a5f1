/**
 * Issue 18 §2, 大字 and 200% zoom, read in real Chromium: the large-text switch in the header of
 * every page type, working with scripts off and remembered from page to page with them (under a
 * Content-Security-Policy of script-src 'self'); no page scrolls sideways with it on; and chart
 * text at least 12 px as drawn on a 640 px viewport (a 1280 px window at 200% zoom), with and
 * without large text. The sample site is built once (tests/helpers/sample-site.ts;
 * YUANDING_E2E_SITE names a built one).
 */
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sampleSite, type SampleSite } from '../helpers/sample-site.ts';

let sample: SampleSite;
let browser: Browser;
let url: string;
/** One page of each type, by name. */
let PAGES: Record<string, string>;

before(async () => {
  sample = await sampleSite();
  ({ browser, url } = sample);
  const schools = (await readdir(join(sample.out, 'schools'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const reports = (await readdir(join(sample.out, 'reports'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  PAGES = {
    home: '/',
    indicator: '/indicators/bachelor_plus_share/',
    'indicator (stacked structure)': '/indicators/title_structure/',
    'schools index': '/schools/',
    school: `/schools/${schools[0]}/`,
    report: `/reports/${reports.at(-1)}/`,
    targets: '/targets/',
    'balance review': '/targets/balance/',
    search: '/search/',
    'data guide': '/data-guide/',
    downloads: '/downloads/',
    methodology: '/methodology/',
    'en home': '/en/',
    'en indicator': '/en/indicators/bachelor_plus_share/',
    'en school': `/en/schools/${schools[0]}/`,
  };
});

after(async () => sample?.close());

/** A browser at a width. Every response carries the README's Content-Security-Policy (scripts/serve.ts sends it). */
async function context(width: number, javaScriptEnabled: boolean): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
}

async function go(page: Page, path: string): Promise<void> {
  const res = await page.goto(`${url}${path}`);
  assert.equal(res?.status(), 200, path);
}

const switchOf = (page: Page, path: string) => page.getByRole('checkbox', { name: path.startsWith('/en/') ? 'Large text' : '大字', exact: true });
const bodySize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p') ?? document.body).fontSize));
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * The text of every chart shown, at the size it is drawn: its font size times the drawing's
 * scale (shown width over the viewBox's), and a legend's names at their own size. A figure shows
 * exactly one drawing, never an empty one.
 */
function chartText(page: Page) {
  return page.evaluate(() => {
    const small: string[] = [];
    const drawn: string[] = [];
    let min = Infinity;
    let texts = 0;
    for (const fig of document.querySelectorAll('figure.chart')) {
      const shown = [...fig.querySelectorAll(':scope > .drawing')].filter((d) => d.getBoundingClientRect().width > 0);
      if (shown.length !== 1) drawn.push(`${fig.id}: ${shown.length} drawings shown`);
    }
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg[role="img"], .tile svg[role="img"]')) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue;
      const scale = box.width / (svg.viewBox.baseVal?.width || box.width);
      for (const t of svg.querySelectorAll('text')) {
        if (!t.textContent?.trim()) continue;
        const size = parseFloat(getComputedStyle(t).fontSize) * scale;
        texts++;
        min = Math.min(min, size);
        if (size < 12 - 0.05) small.push(`${svg.closest('figure.chart')?.id}: “${t.textContent.trim()}” ${size.toFixed(1)} px`);
      }
    }
    for (const s of document.querySelectorAll<HTMLElement>('figure.chart .drawing [class$="-swatch"]')) {
      if (s.getBoundingClientRect().width === 0) continue;
      const size = parseFloat(getComputedStyle(s).fontSize);
      texts++;
      min = Math.min(min, size);
      if (size < 12) small.push(`legend “${s.textContent}” ${size} px`);
    }
    return { small: small.slice(0, 10), drawn, min, texts };
  });
}

/** Texts of one chart that overlap each other or reach outside its drawing (1 px slack). */
function chartFaults(page: Page) {
  return page.evaluate(() => {
    const faults: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg[role="img"]')) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue;
      const rects = [...svg.querySelectorAll('text')].filter((t) => t.textContent?.trim()).map((t) => ({ t: t.textContent!.trim(), r: t.getBoundingClientRect() }));
      for (const [i, { t, r }] of rects.entries()) {
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) faults.push(`${svg.closest('figure.chart')?.id}: “${t}” outside`);
        for (const o of rects.slice(i + 1)) {
          const w = Math.min(r.right, o.r.right) - Math.max(r.left, o.r.left);
          const h = Math.min(r.bottom, o.r.bottom) - Math.max(r.top, o.r.top);
          if (w > 1 && h > 1) faults.push(`${svg.closest('figure.chart')?.id}: “${t}” × “${o.t}”`);
        }
      }
    }
    return faults;
  });
}

describe('the 大字 / Large text switch', () => {
  it('is in the header of every page type, a labelled checkbox reached by the keyboard, and not printed', async () => {
    const ctx = await context(360, false);
    const page = await ctx.newPage();
    for (const [name, path] of Object.entries(PAGES)) {
      await go(page, path);
      const box = switchOf(page, path);
      assert.equal(await box.count(), 1, `${name}: one switch`);
      assert.ok(await box.isVisible(), `${name}: visible on a phone`);
      assert.equal(await box.evaluate((b) => !!b.closest('header.site')), true, `${name}: in the header`);
      const rect = await box.evaluate((b) => b.closest('label')!.getBoundingClientRect().toJSON() as DOMRect);
      assert.ok(rect.right <= 360 && rect.height >= 24, `${name}: in view, 24 px tall: ${JSON.stringify(rect)}`);
    }
    // The keyboard: Tab reaches it, Space turns it on, and the focus shows.
    await go(page, '/');
    await page.keyboard.press('Tab');
    for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.id === 'large-text')); i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'large-text', 'Tab reaches the switch');
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle), 'none', 'its focus is visible');
    await page.keyboard.press('Space');
    assert.ok(await switchOf(page, '/').isChecked());
    await page.emulateMedia({ media: 'print' });
    assert.equal(await switchOf(page, '/').isVisible(), false, 'not printed');
    await ctx.close();
  });

  it('enlarges the text by at least 1.2× with scripts off, on every page type', async () => {
    const ctx = await context(1280, false);
    const page = await ctx.newPage();
    for (const [name, path] of Object.entries(PAGES)) {
      await go(page, path);
      const before = await bodySize(page);
      await switchOf(page, path).check();
      const after = await bodySize(page);
      assert.ok(after >= before * 1.2, `${name}: ${before} px → ${after} px`);
      await switchOf(page, path).uncheck();
      assert.equal(await bodySize(page), before, `${name}: off again`);
    }
    await ctx.close();
  });

  it('with scripts on, is remembered on the next page and in the other language, and forgotten when turned off', async () => {
    const ctx = await context(1280, true);
    const page = await ctx.newPage();
    const violations: string[] = [];
    page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && /large|_astro/.test(m.text()) && violations.push(m.text()));
    await go(page, '/');
    const normal = await bodySize(page);
    await switchOf(page, '/').check();
    for (const path of [PAGES['indicator']!, PAGES['school']!, '/en/']) {
      await go(page, path);
      assert.ok(await switchOf(page, path).isChecked(), `${path}: still on`);
      assert.ok((await bodySize(page)) >= normal * 1.2, `${path}: large`);
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains('large-text')), true);
    }
    await switchOf(page, '/en/').uncheck();
    await go(page, '/search/');
    assert.equal(await switchOf(page, '/search/').isChecked(), false);
    assert.equal(await bodySize(page), normal);
    assert.deepEqual(violations, [], 'the switch’s script runs under script-src \'self\'');
    await ctx.close();
  });

  for (const width of [360, 640, 1280]) {
    it(`leaves no page scrolling sideways at ${width} px with large text on`, async () => {
      const ctx = await context(width, true);
      const page = await ctx.newPage();
      await go(page, '/');
      await switchOf(page, '/').check();
      const wide: string[] = [];
      for (const [name, path] of Object.entries(PAGES)) {
        await go(page, path);
        assert.ok(await switchOf(page, path).isChecked(), `${name}: on`);
        const over = await overflow(page);
        if (over > 0) wide.push(`${name} (${path}): ${over} px too wide`);
      }
      assert.deepEqual(wide, []);
      await ctx.close();
    });
  }
});

describe('chart text at 200% zoom (a 640 px viewport)', () => {
  for (const large of [false, true]) {
    it(`is at least 12 px on the home page and every chart of indicator pages${large ? ', and larger with large text' : ''}`, async () => {
      const ctx = await context(640, false);
      const page = await ctx.newPage();
      const problems: string[] = [];
      for (const path of ['/', '/en/', PAGES['indicator']!, PAGES['indicator (stacked structure)']!, '/indicators/new_hires/', '/en/indicators/bachelor_plus_share/']) {
        await go(page, path);
        if (large) await switchOf(page, path).check();
        const { small, drawn, min, texts } = await chartText(page);
        problems.push(...drawn.map((d) => `${path}: ${d}`), ...small.map((s) => `${path}: ${s}`), ...(await chartFaults(page)).map((f) => `${path}: ${f}`));
        if (path.includes('indicators')) {
          assert.ok(texts > 20, `${path}: chart text measured (${texts})`);
          if (large) assert.ok(min >= 14.9, `${path}: with large text, chart text is ${min.toFixed(1)} px`);
        }
      }
      assert.deepEqual(problems, []);
      await ctx.close();
    });
  }

  it('keeps the wide drawing where it is shown whole, and every text of it at 12 px', async () => {
    const ctx = await context(1280, false);
    const page = await ctx.newPage();
    await go(page, PAGES['indicator']!);
    const widths = await page.locator('figure.chart svg[role="img"]').evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().width).filter((w) => w > 0));
    assert.ok(widths.length > 3 && widths.every((w) => Math.round(w) === 640), `wide drawings at 640 px: ${widths.join(', ')}`);
    assert.deepEqual((await chartText(page)).small, []);
    await ctx.close();
  });
});
