/**
 * Prints each annual report of a built site to PDF with Chromium, from the same print
 * stylesheet readers use (A4, page numbers in the footer), into reports/<year>/report-<year>.pdf
 * (and /en/…), and links each PDF from its report page. Used by the build when Chromium is
 * there, and by npm run pdf.
 */
import { hash } from 'node:crypto';
import { access, copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { chromiumPath, launchChromium } from './browser.ts';
import { serve } from './serve.ts';
import type { Browser, Page } from 'playwright-core';

export const hasChromium = (): Promise<boolean> => access(chromiumPath()).then(() => true, () => false);

const FOOTER = '<div style="width:100%;font-size:8px;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/**
 * `cacheDir`: PDFs printed before are kept there under the digest of their page (which holds
 * all its text, styles and charts) and of `program`, and copied rather than printed again.
 */
export async function printReports(out: string, log: (line: string) => void = () => {}, cache?: { dir: string; program: string }): Promise<{ printed: number; reused: number }> {
  const jobs: { prefix: string; year: string; dir: string }[] = [];
  for (const prefix of ['', 'en']) {
    const dir = join(out, prefix, 'reports');
    for (const e of await readdir(dir, { withFileTypes: true })) if (e.isDirectory() && /^\d{4}$/.test(e.name)) jobs.push({ prefix, year: e.name, dir });
  }
  const site = await serve(out);
  const state: { browser: Promise<Browser> | null } = { browser: null };
  let printed = 0;
  let reused = 0;
  if (cache) await mkdir(cache.dir, { recursive: true });
  const keep = new Set<string>();
  /** One tab printing reports in turn; two run side by side (Chromium prints in processes of its own). */
  const lane = async () => {
    let page: Page | null = null;
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const { prefix, year, dir } = job;
      const file = `report-${year}.pdf`;
      const pdf = join(dir, year, file);
      const html = join(dir, year, 'index.html');
      const source = await readFile(html, 'utf8');
      const kept = cache ? join(cache.dir, `${hash('sha256', `${cache.program}\0${source}`, 'hex').slice(0, 32)}.pdf`) : null;
      if (kept) keep.add(basename(kept));
      if (kept && (await copyFile(kept, pdf).then(() => true, () => false))) reused++;
      else {
        page ??= await (await (state.browser ??= launchChromium())).newPage();
        await page.goto(`${site.url}/${prefix ? `${prefix}/` : ''}reports/${year}/`);
        await page.emulateMedia({ media: 'print' });
        await page.pdf({ path: pdf, format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: FOOTER, margin: { top: '15mm', bottom: '18mm', left: '15mm', right: '15mm' } });
        if (kept) await copyFile(pdf, kept);
        printed++;
      }
      const label = prefix ? 'Download this report as PDF (A4)' : '下载本报告 PDF（A4）';
      await writeFile(html, source.replace('<!--pdf-link-->', `<p class="pdf"><a href="/${prefix ? `${prefix}/` : ''}reports/${year}/${file}" download>${label}</a></p>`));
      log(`  ${prefix ? `${prefix}/` : ''}reports/${year}/${file}`);
    }
  };
  try {
    await Promise.all([lane(), lane()]);
    // PDFs of pages no longer built are dropped.
    if (cache) for (const f of await readdir(cache.dir)) if (!keep.has(f)) await rm(join(cache.dir, f), { force: true });
  } finally {
    await (await state.browser)?.close();
    await site.close();
  }
  return { printed, reused };
}
