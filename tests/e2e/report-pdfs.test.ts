/**
 * Report PDFs printed in real Chromium (scripts/reports-pdf.ts) and kept between builds: a
 * report whose page changed only where print hides it keeps its PDF; one whose printed text
 * changed is printed again, never served stale.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { hiddenInPrint } from '../../scripts/print-digest.ts';
import { launchChromium } from '../../scripts/browser.ts';
import { printReports } from '../../scripts/reports-pdf.ts';
import { tempDir } from '../helpers/fixtures.ts';
import { sampleSite, type SampleSite } from '../helpers/sample-site.ts';

/**
 * A built site's report pages, as the build leaves them: the year links hidden in print. The two
 * languages print different text, as they do on the site (pages printing the same text share a PDF).
 */
async function site(years: readonly number[], text: (year: number) => string): Promise<string> {
  const out = join(await tempDir(), 'dist');
  for (const prefix of ['', 'en']) {
    for (const year of years) {
      const dir = join(out, prefix, 'reports', String(year));
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="${prefix || 'zh'}"><head><meta charset="utf-8"><title>${year}</title>
<style>@media print { nav.years, p.pdf { display: none; } }</style></head><body>
<nav class="years">${years.map((y) => `<a href="/reports/${y}/">${y}</a>`).join(' ')}</nav>
<h1>${prefix ? `Report ${year}` : `${year}年报告`}</h1><!--pdf-link--><p>${text(year)} <a href="/indicators/exits/">减员人数</a></p></body></html>`);
    }
  }
  return out;
}

describe('report PDFs and Word documents kept between builds', () => {
  it('reuses a PDF and a Word document whose page changed only where print hides it, and makes them again when the text changed', async () => {
    const cache = { dir: join(await tempDir(), 'report-pdfs'), program: 'p1' };
    const first = await printReports(await site([2023], () => '专任教师 100 人。'), { cache });
    assert.deepEqual({ printed: first.printed, reused: first.reused }, { printed: 2, reused: 0 });

    // A new year: the old report's page gains a year link (hidden in print); its printed text is the same.
    const out = await site([2023, 2024], () => '专任教师 100 人。');
    const second = await printReports(out, { cache });
    assert.deepEqual({ printed: second.printed, reused: second.reused }, { printed: 2, reused: 2 }, '2024 printed in both languages, 2023 kept');
    assert.deepEqual(second.documents, { written: 2, reused: 2 }, 'Word documents likewise: only 2024 written, 2023 kept though its page gained a year link');
    const html = await readFile(join(out, 'reports', '2023', 'index.html'), 'utf8');
    assert.ok(html.includes('href="report-2023.pdf"'), 'the kept PDF is linked like a printed one');
    assert.equal((await readFile(join(out, 'reports', '2023', 'report-2023.pdf'))).subarray(0, 5).toString(), '%PDF-');

    // A revised figure in 2023: the printed text differs, so it is printed again.
    const third = await printReports(await site([2023, 2024], (y) => (y === 2023 ? '专任教师 101 人。' : '专任教师 100 人。')), { cache });
    assert.deepEqual({ printed: third.printed, reused: third.reused }, { printed: 2, reused: 2 }, '2023 printed again in both languages, 2024 kept');
    assert.deepEqual(third.documents, { written: 2, reused: 2 }, '2023 written again in both languages, 2024 kept');
  });

  it('prints a report again when an image it shows is replaced under the same name (the 党政机关 mark)', async () => {
    const cache = { dir: join(await tempDir(), 'report-pdfs'), program: 'p1' };
    const out = await site([2024], () => '专任教师 100 人。');
    for (const prefix of ['', 'en']) {
      const html = join(out, prefix, 'reports', '2024', 'index.html');
      await writeFile(html, (await readFile(html, 'utf8')).replace('</h1>', '</h1><img src="/gov-mark.png" alt="mark" width="55" height="68">'));
    }
    // Two 1×1 PNGs, one black and one white.
    const png = (white: boolean) => Buffer.from(white ? 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAWk1v8QAAAABJRU5ErkJggg==' : 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==', 'base64');
    await writeFile(join(out, 'gov-mark.png'), png(false));
    const first = await printReports(out, { cache });
    assert.deepEqual({ printed: first.printed, reused: first.reused }, { printed: 2, reused: 0 });
    const same = await printReports(out, { cache });
    assert.deepEqual({ printed: same.printed, reused: same.reused }, { printed: 0, reused: 2 }, 'the same mark: kept');
    await writeFile(join(out, 'gov-mark.png'), png(true));
    const replaced = await printReports(out, { cache });
    assert.deepEqual({ printed: replaced.printed, reused: replaced.reused }, { printed: 2, reused: 0 }, 'a new mark, same HTML: printed again');
  });

  it('writes and links the Word documents with no Chromium to print, and links no PDF it did not print', async () => {
    const out = await site([2024], () => '专任教师 100 人。');
    const made = await printReports(out, { pdf: false, stamp: new Date('2025-03-31T00:00:00Z') });
    assert.deepEqual(made, { printed: 0, reused: 0, documents: { written: 2, reused: 0 } });
    for (const prefix of ['', 'en']) {
      const dir = join(out, prefix, 'reports', '2024');
      const html = await readFile(join(dir, 'index.html'), 'utf8');
      assert.match(html, /<p class="pdf"><a href="report-2024\.docx" download>(下载本报告 Word 版|Download this report as Word)/);
      assert.doesNotMatch(html, /report-2024\.pdf/);
      assert.equal((await readFile(join(dir, 'report-2024.docx'))).subarray(0, 2).toString(), 'PK');
      assert.deepEqual((await readdir(dir)).sort(), ['index.html', 'report-2024.docx']);
    }
  });

  it('stops with a clear error when Chromium hangs on a report, rather than wait for ever', async () => {
    const out = await site([2024], () => '专任教师 100 人。');
    // Both reports' pages run a script that never ends: they never finish loading, as in a hung renderer.
    for (const prefix of ['', 'en']) {
      const html = join(out, prefix, 'reports', '2024', 'index.html');
      await writeFile(html, (await readFile(html, 'utf8')).replace('</body>', '<script>for (;;) {}</script></body>'));
    }
    // Started first, so a busy machine's slow start is not what runs out the deadline. Which of
    // the two tabs gives up first varies: one printing, or one opening in a renderer the other hangs.
    const browser = await launchChromium();
    const started = performance.now();
    await assert.rejects(printReports(out, { seconds: 3, browser: Promise.resolve(browser) }), /Chromium 在 3 秒内未能(打印 (\/en)?\/reports\/2024\/|打开标签页).*Chromium did not finish (printing (\/en)?\/reports\/2024\/|opening a tab) within 3 s/);
    const took = performance.now() - started;
    assert.ok(took < 25_000, `it gave up at its deadline, well before Playwright's own 30 s (${Math.round(took)} ms)`);
  });

  it('links to the published site, not the server it was printed from, and stamps the publication date, not the clock', async () => {
    const out = await site([2024], () => '专任教师 100 人。');
    await printReports(out, { stamp: new Date('2025-03-31T00:00:00Z'), siteUrl: 'https://jyj.example.gov.cn/' });
    const pdf = (await readFile(join(out, 'reports', '2024', 'report-2024.pdf'))).toString('latin1');
    assert.match(pdf, /\/URI \(https:\/\/jyj\.example\.gov\.cn\/indicators\/exits\/\)/);
    assert.doesNotMatch(pdf, /127\.0\.0\.1/);
    assert.match(pdf, /\/CreationDate \(D:20250331000000\+00'00'\)/);
    assert.doesNotMatch(pdf, /\/ModDate \(D:(?!20250331)/);
  });
});

describe('what a report prints, told without Chromium', () => {
  let sample: SampleSite;
  before(async () => { sample = await sampleSite(); });
  after(async () => { await sample?.close(); });

  it('numbers each printed page once, in Chinese and English (one footer, not the page rule and a header template over each other)', () => {
    for (const prefix of ['', 'en']) {
      const pdf = join(sample.out, prefix, 'reports', '2024', 'report-2024.pdf');
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
      assert.ok(pages >= 2, `${pdf}: ${pages} pages`);
      for (let n = 1; n <= pages; n++) {
        const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' });
        const numbers = text.split('\n').filter((line) => new RegExp(`^\\s*${n}\\s*/\\s*${pages}\\s*$`).test(line));
        assert.equal(numbers.length, 1, `${pdf} page ${n}: “${n} / ${pages}” once, on a line of its own`);
      }
    }
  });

  it('leaves out only elements Chromium hides when it prints, on every report page of the sample, at a desk and on a phone', async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      const context = await sample.browser.newContext({ viewport });
      const page = await context.newPage();
      for (const prefix of ['', 'en/']) {
        for (const year of await readdir(join(sample.out, prefix, 'reports'))) {
          if (!/^\d{4}$/.test(year)) continue;
          const url = `${sample.url}/${prefix}reports/${year}/`;
          // The page as built, each element the digest leaves out marked, served in its place.
          const { document } = parseHTML(await readFile(join(sample.out, prefix, 'reports', year, 'index.html'), 'utf8'));
          const marked = hiddenInPrint(document);
          assert.ok(marked.length >= 10, `${url}: the year links, menus and narrow drawings are left out (${marked.length})`);
          for (const element of marked) element.setAttribute('data-print-hidden', '');
          await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: document.toString() }));
          await page.goto(url);
          await page.emulateMedia({ media: 'print' });
          const { count, shown } = await page.$$eval('[data-print-hidden]', (all) => ({ count: all.length, shown: all.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.outerHTML.slice(0, 80)) }));
          assert.equal(count, marked.length, `${url}: the marked page was served`);
          assert.deepEqual(shown, [], `${url} at ${viewport.width} px`);
          await page.unroute(url);
        }
      }
      await context.close();
    }
  });
});
