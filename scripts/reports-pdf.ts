/**
 * Prints each annual report of a built site to PDF with Chromium, from the same print
 * stylesheet readers use (A4, page numbers in the footer), into reports/<year>/report-<year>.pdf
 * (and /en/…), and links each PDF from its report page. Used by the build when Chromium is
 * there, and by npm run pdf.
 */
import { access, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromiumPath, launchChromium } from './browser.ts';
import { serve } from './serve.ts';

export const hasChromium = (): Promise<boolean> => access(chromiumPath()).then(() => true, () => false);

const FOOTER = '<div style="width:100%;font-size:8px;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';

export async function printReports(out: string, log: (line: string) => void = () => {}): Promise<number> {
  const site = await serve(out);
  const browser = await launchChromium();
  let count = 0;
  try {
    const page = await browser.newPage();
    for (const prefix of ['', 'en']) {
      const dir = join(out, prefix, 'reports');
      const years = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name)).map((e) => e.name);
      for (const year of years) {
        await page.goto(`${site.url}/${prefix ? `${prefix}/` : ''}reports/${year}/`);
        await page.emulateMedia({ media: 'print' });
        const file = `report-${year}.pdf`;
        await page.pdf({ path: join(dir, year, file), format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: FOOTER, margin: { top: '15mm', bottom: '18mm', left: '15mm', right: '15mm' } });
        const html = join(dir, year, 'index.html');
        const label = prefix ? 'Download this report as PDF (A4)' : '下载本报告 PDF（A4）';
        await writeFile(html, (await readFile(html, 'utf8')).replace('<!--pdf-link-->', `<p class="pdf"><a href="/${prefix ? `${prefix}/` : ''}reports/${year}/${file}" download>${label}</a></p>`));
        count++;
        log(`  ${prefix ? `${prefix}/` : ''}reports/${year}/${file}`);
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return count;
}
