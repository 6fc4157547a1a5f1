/**
 * A county's site is usually a column of the bureau's (https://jyj.<county>.gov.cn/szgk/): the
 * sample built for that address is served under /szgk/, and the sample built for a web root at
 * the root, both read in real Chromium under the web-server headers the README gives (CSP).
 */
import assert from 'node:assert/strict';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY, serve, WEB_HEADERS } from '../../scripts/serve.ts';
import { crawl } from '../helpers/crawl.ts';
import { tempDir } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';
import { sampleSite, type SampleSite } from '../helpers/sample-site.ts';

const SITE_URL = 'https://jyj.example.gov.cn/szgk/';
let root: SampleSite;
let folder: { out: string; url: string; close: () => Promise<void> };
let browser: Browser;

before(async () => {
  root = await sampleSite();
  browser = root.browser;
  const dir = await tempDir();
  const data = join(dir, 'data');
  await cp('data', data, { recursive: true });
  const settings = await readFile(join(data, 'site.yaml'), 'utf8');
  assert.match(settings, /^site_url: /m);
  await writeFile(join(data, 'site.yaml'), settings.replace(/^site_url: .*$/m, `site_url: ${SITE_URL}`));
  const out = join(dir, 'dist');
  const r = runScript('scripts/build.ts', ['--data', data, '--out', out, '--no-cache']);
  assert.equal(r.status, 0, r.stderr);
  folder = { out, ...(await serve(out, { base: '/szgk/' })) };
});

after(async () => {
  await folder?.close();
  await root?.close();
});

describe('every link from the home page', () => {
  for (const where of ['/szgk/', 'the root'] as const) {
    it(`leads somewhere, #fragments included, with the site served at ${where}`, async (t) => {
      const site = where === 'the root' ? root.url : folder.url;
      const found = await crawl(site);
      t.diagnostic(`${where}: ${found.pages} pages, ${found.addresses} addresses, ${found.links} links followed`);
      assert.deepEqual(found.broken.slice(0, 20), []);
      assert.deepEqual(found.outside.slice(0, 20), []);
      // Every page of the sitemap is reached from the home page.
      const sitemap = (await readFile(join(where === 'the root' ? root.out : folder.out, 'sitemap.xml'), 'utf8')).match(/<loc>/g)!.length;
      assert.ok(found.pages >= sitemap, `${found.pages} pages reached, ${sitemap} in the sitemap`);
    });
  }
});

describe('published under /szgk/', () => {
  it('names addresses inside the folder in the sitemap, the canonical links and the citations; writes no robots.txt', async () => {
    const sitemap = await readFile(join(folder.out, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    assert.ok(locs.length > 100);
    assert.deepEqual(locs.filter((l) => !l.startsWith(SITE_URL)), []);
    const page = await readFile(join(folder.out, 'en', 'indicators', 'exchange_rate', 'index.html'), 'utf8');
    assert.match(page, new RegExp(`<link rel="canonical" href="${SITE_URL}en/indicators/exchange_rate/"`));
    assert.ok(page.includes(`${SITE_URL}en/indicators/exchange_rate/`), 'the citation gives the address inside the folder');
    assert.deepEqual((await readdir(folder.out)).filter((f) => f === 'robots.txt'), [], 'robots.txt counts only at a host root');
  });
});

describe('search in Chromium', () => {
  for (const where of ['/szgk/', 'the root'] as const) {
    it(`finds pages and links them where they are, with the site at ${where}`, async () => {
      const site = where === 'the root' ? root.url : folder.url;
      const page = await browser.newPage();
      for (const [prefix, query] of [['', '交流轮岗'], ['/en', 'training']] as const) {
        await page.goto(`${site}${prefix}/search/?q=${encodeURIComponent(query)}`);
        await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
        const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
        assert.ok(hrefs.length > 0);
        for (const href of hrefs) {
          assert.ok(href.startsWith(`${site}${prefix}/`), `${href} is inside ${site}${prefix}/`);
          assert.equal((await fetch(href)).status, 200, href);
        }
      }
      await page.close();
    });
  }
});

/** One page of each type (zh path; each also under /en). */
const PAGE_TYPES = ['/', '/indicators/', '/indicators/exchange_rate/', '/indicators/exchange_rate/2023/', '/schools/', '/reports/', '/reports/2024/', '/targets/', '/targets/balance/', '/methodology/', '/glossary/', '/data-guide/', '/downloads/', '/quality/2024/', '/changes/', '/search/?q=%E6%95%99%E5%B8%88'];

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

describe('the web-server settings of the README', () => {
  it('are the headers the test server sends, word for word', async () => {
    const readme = await readFile('README.md', 'utf8');
    assert.ok(readme.includes(CONTENT_SECURITY_POLICY), 'the README gives the CSP the tests run under');
    for (const [name, value] of Object.entries(WEB_HEADERS)) assert.ok(readme.toLowerCase().includes(`${name} "${value}"`.toLowerCase()), `${name}: ${value}`);
  });

  it('let every page type work under its Content-Security-Policy: no violation reported, scripts running', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { cspViolations?: string[] };
        (w.cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const page = await context.newPage();
    const reported: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) reported.push(`${page.url()}: ${m.text()}`); });
    const schools = (await readdir(join(folder.out, 'schools'), { withFileTypes: true })).filter((e) => e.isDirectory());
    for (const path of [...PAGE_TYPES, `/schools/${schools[0]!.name}/`, '/404.html']) {
      for (const prefix of path === '/404.html' ? [''] : ['', '/en']) {
        const res = await page.goto(`${folder.url}${prefix}${path}`);
        assert.ok(res, path);
        assert.equal(res.status(), 200, `${prefix}${path}`);
        const headers = res.headers();
        assert.equal(headers['content-security-policy'], CONTENT_SECURITY_POLICY, `${prefix}${path} (${res.status()})`);
        if (path.startsWith('/search/')) await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
        if (path === '/indicators/exchange_rate/') {
          // The scripts run: the chart downloads appear and make a PNG (an image drawn from the SVG).
          const figure = page.locator('figure.chart').first();
          await figure.locator('.chart-downloads').waitFor({ state: 'visible' });
          const [download] = await Promise.all([page.waitForEvent('download'), figure.locator('button[data-format="png"]').click()]);
          assert.match(download.suggestedFilename(), /\.png$/);
        }
        assert.deepEqual(await violations(page), [], `${prefix}${path}`);
      }
    }
    assert.deepEqual(reported, []);
    await context.close();
  });
});
