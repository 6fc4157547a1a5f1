/**
 * The 优质均衡 page (issue 17 §1) of the sample site, read in real Chromium on a phone and a wide
 * screen in both languages: the coefficient table and the schools' tables render, every chart
 * has its named SVG and table, and the page never scrolls sideways.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { sampleSite, type SampleSite } from '../helpers/sample-site.ts';

let site: { url: string; close: () => Promise<void> };
let browser: Browser;

let sample: SampleSite;
before(async () => {
  sample = await sampleSite();
  ({ browser } = sample);
  site = sample;
});

after(async () => sample?.close());

describe('the 优质均衡 review page', () => {
  for (const prefix of ['', '/en']) {
    for (const width of [360, 1440]) {
      it(`${prefix || '/'} at ${width} px shows the tables and charts with no sideways scroll`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
        const page = await context.newPage();
        const res = await page.goto(`${site.url}${prefix}/targets/balance/`);
        assert.equal(res?.status(), 200);
        assert.match(await page.locator('h1').innerText(), prefix ? /balanced development/i : /优质均衡/);
        // the coefficients: 2 stages × 3 measures, each with a result
        const rows = page.locator('#coefficients tbody tr');
        assert.equal(await rows.count(), 6);
        assert.match(await rows.first().innerText(), prefix ? /met/ : /达标/);
        assert.ok(await page.locator('#schools-primary tbody tr').count() > 10, 'primary schools listed');
        assert.ok(await page.locator('#schools-junior tbody tr').count() > 5, 'junior schools listed');
        assert.ok(await page.locator('#quota table').count() >= 1, 'quota table');
        const figures = await page.locator('figure.chart').all();
        assert.equal(figures.length, 8, '6 charts against the line, 2 trends');
        for (const fig of figures) {
          assert.ok(await fig.locator('svg[role="img"][aria-label]').count());
          assert.ok(await fig.locator('table').count());
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, 'no horizontal page overflow');
        await context.close();
      });
    }
  }

  it('on a 360 px phone, no school name in the schools\' tables breaks over more than two lines (not one character a line)', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/targets/balance/`);
    const lines = await page.locator('#schools-primary th[scope="row"], #schools-junior th[scope="row"]').evaluateAll((cells) => cells.map((th) => {
      const range = document.createRange();
      range.selectNodeContents(th);
      return [th.textContent, new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size] as const;
    }));
    assert.ok(lines.length > 40);
    assert.deepEqual(lines.filter(([, n]) => n > 2), [], 'school names of at most two lines');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'a wide table scrolls in its frame, not the page');
    await context.close();
  });

  for (const prefix of ['', '/en']) {
    it(`${prefix || '/'}: every x in the coefficients' trend is explained beside the chart (which measure, which year, why)`, async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}${prefix}/targets/balance/`);
      const cells = await page.locator('#trend table').evaluateAll((tables) => tables.flatMap((t) => {
        const head = [...t.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
        return [...t.querySelectorAll('tbody tr')].flatMap((tr) => [...tr.children].map((c, i) => [tr.children[0]!.textContent!.trim(), head[i]!, c.textContent!.trim()] as const)).filter(([, , v]) => v === 'x');
      }));
      assert.ok(cells.length > 0, 'the sample\'s first year has no subject column');
      const notes = (await page.locator('#trend p.note').allTextContents()).join(' ');
      for (const [year, measure] of cells) assert.match(notes, new RegExp(`${measure}.*${year}`), `x of ${measure} in ${year} explained: ${notes}`);
      assert.match(notes, prefix ? /subject/ : /任教学科/);
      await page.close();
    });
  }

  it('is linked from every page\'s footer', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    assert.equal(await page.locator('footer a[href$="/targets/balance/"]').count(), 1);
    await page.close();
  });
});
