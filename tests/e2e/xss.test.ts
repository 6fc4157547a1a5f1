/**
 * Stored XSS: the sample with markup planted in every free-text field (tests/helpers/hostile.ts:
 * school names, a school code, townships, training programmes, honours, a file's and a sheet's
 * name, and the words of site.yaml), built and read in real Chromium with JavaScript on. No
 * page may raise a dialog or hold an element or handler the data put there; the planted text is
 * shown, as text. Three years and no PDFs (the build prints them only when it finds Chromium),
 * so the build takes seconds.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser.ts';
import { serve } from '../../scripts/serve.ts';
import { tempDir } from '../helpers/fixtures.ts';
import { hostileData, PAYLOADS, PLANTED_SCHOOL } from '../helpers/hostile.ts';
import { runScript } from '../helpers/run.ts';

let out: string;
let site: { url: string; close: () => Promise<void> };
let browser: Browser;

/** One page of each type (as tests/e2e/site.test.ts, with this data's years), zh path (the en page is the same under /en). */
const PAGE_TYPES = ['/', '/indicators/', '/indicators/exchange_rate/', '/indicators/age_structure/', '/reports/', '/reports/2024/', '/reports/2022/', '/schools/', '/methodology/', '/glossary/', '/data-guide/', '/downloads/', '/quality/2024/', '/changes/', '/search/'];
/**
 * Pages that name what was planted: a school's own, an indicator's school breakdown (a chart of
 * every school), a past year of it, and the quality page naming the honours' file and sheet.
 */
const PLANTED_PAGES = [`/schools/${PLANTED_SCHOOL.code}/`, '/indicators/staff_student_ratio/', '/indicators/student_teacher_ratio/2023/', '/indicators/exchange_rate/2023/', '/quality/2022/'];

before(async () => {
  const root = await tempDir();
  const data = join(root, 'data');
  assert.ok((await hostileData(data, [2022, 2023, 2024])) > 1000, 'the payloads were planted');
  out = join(root, 'dist');
  // CHROMIUM_PATH to nowhere: the build prints no report PDFs (this test reads the pages), and
  // writes the Word documents still, from the hostile text (they need no Chromium).
  const r = runScript('scripts/build.ts', ['--data', data, '--out', out, '--no-cache'], { CHROMIUM_PATH: join(root, 'no-chromium') });
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  assert.match(r.stdout, /Chromium not found at .*no-chromium; none printed/);
  assert.match(r.stdout, /Word documents: 6 \(6 written, 0 unchanged\)/, 'three years in two languages');
  site = await serve(out);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** What the data might have made of a page: inline scripts that are not the site's own, images and handlers it put there. */
const planted = (page: Page) => page.evaluate(() => ({
  scripts: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').filter((t) => /alert\s*\(/.test(t)).length,
  images: document.querySelectorAll('img[src="x"]').length,
  handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map((el) => el.outerHTML.slice(0, 120)),
}));

describe('free text with markup in it, on every page type in both languages (JavaScript on)', () => {
  it('raises no dialog and puts no script, image or handler of its own in any page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    let at = '';
    page.on('dialog', (d) => {
      dialogs.push(`${at}: ${d.type()} ${d.message()}`);
      void d.dismiss();
    });
    // The school whose code holds markup has a page named by a hash: found from the index.
    const hashed = (await readdir(join(out, 'schools'))).filter((f) => f.startsWith('s-'));
    assert.ok(hashed.length, 'a school named by a hash');
    for (const path of [...PAGE_TYPES, ...PLANTED_PAGES, ...hashed.map((s) => `/schools/${s}/`), '/search/?q=alert']) {
      for (const prefix of ['', '/en']) {
        at = `${prefix}${path}`;
        const res = await page.goto(`${site.url}${at}`);
        assert.equal(res?.status(), 200, at);
        if (path.includes('?q=')) await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
        else await page.waitForLoadState('load');
        assert.deepEqual(await planted(page), { scripts: 0, images: 0, handlers: [] }, at);
      }
    }
    await page.waitForTimeout(200); // a handler that fires late
    assert.deepEqual(dialogs, []);
    await context.close();
  });

  it("shows the planted text as text on the school's page: its heading, the site's name, and each chart's title", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const prefix of ['', '/en']) {
      await page.goto(`${site.url}${prefix}/schools/${PLANTED_SCHOOL.code}/`);
      const heading = await page.locator('h1').innerText();
      assert.ok(heading.includes(PAYLOADS[0]), `${prefix}: the heading reads ${heading}`);
      if (!prefix) assert.equal(heading, PLANTED_SCHOOL.name);
      assert.ok((await page.locator('body').innerText()).includes(prefix ? `Sample ${PAYLOADS[3]} Education Bureau` : `示例县${PAYLOADS[0]}教育局`), `${prefix}: the bureau's name is shown`);
      const titles = await page.locator('svg[role="img"] > title').allTextContents();
      assert.ok(titles.length >= 6, `${prefix}: the school's charts`);
      assert.ok(titles.some((t) => t.includes(PAYLOADS[0])), `${prefix}: a chart's title names the school, markup and all: ${titles[0]}`);
    }
    await page.goto(`${site.url}/quality/2022/`);
    assert.ok((await page.locator('main').innerText()).includes(`表彰${PAYLOADS[1]}`), "the quality page names the honours' sheet, markup and all");
    await context.close();
  });

  it('writes the markup escaped in the chart drawings and the sitemap', async () => {
    const html = await readFile(join(out, 'schools', PLANTED_SCHOOL.code, 'index.html'), 'utf8');
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    assert.ok(svgs.length);
    for (const svg of svgs) {
      // attributes may hold < and > (quoted, as Astro writes them); a text node may not
      const text = svg.replace(/"[^"]*"/g, '""');
      assert.ok(!/<(script|img)\b|<svg onload/.test(text), svg.slice(0, 300));
    }
    assert.match(html, /<title>[^<]*示例县实验&lt;script&gt;alert\(1\)&lt;\/script&gt;小学/);
    const sitemap = await readFile(join(out, 'sitemap.xml'), 'utf8');
    assert.ok(!sitemap.includes('alert'));
  });
});
