/**
 * Writes an annual report page of a built site as report-<year>.docx (scripts/report-docx.ts):
 * its text read from the page's HTML, its charts drawn from the page's own SVG
 * (scripts/chart-png.ts). Used by scripts/reports-pdf.ts, beside the PDFs.
 */
import { writeFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { chartFonts, chartPngs } from './chart-png.ts';
import type { CutFaces } from './print-font.ts';
import { reportContent, type ReportContent } from './report-content.ts';
import { reportDocx } from './report-docx.ts';

/**
 * Writes the Word document of a report page (`html`) from `content`, its text as docxSource read
 * it, with its charts drawn in the report's cut print font (`cut`; null: the system's fonts).
 */
export async function writeReportDocx(html: string, content: ReportContent, docx: string, stamp: Date, cut: CutFaces | null): Promise<void> {
  const fonts = await chartFonts(cut);
  try {
    await writeFile(docx, await reportDocx(content, await chartPngs(html, fonts), stamp));
  } finally {
    await fonts.close();
  }
}

/**
 * What a report's Word document is made from: the page's content as reportContent reads it
 * (`published`: the page's address on the published site, its links' base; none: the links are
 * left as text, as in the PDFs), and, for `digestOf`, its charts' drawings as well (the images
 * are drawn from these SVGs). Two pages alike in these make the same document,
 * whatever else differs (the year links, the notice of a newer report), so adding a year writes
 * the new year's documents only.
 */
export function docxSource(html: string, published: string | null): { content: ReportContent; digestOf: string } {
  const { document } = parseHTML(html);
  const drawings = [...document.querySelectorAll('article figure.chart[id]')].map((figure) => `${figure.id}\0${[...figure.querySelectorAll('svg')].map((svg) => svg.outerHTML).join('')}`);
  const content = reportContent(html, published);
  return { content, digestOf: `${JSON.stringify(content)}\0${drawings.join('\0')}` };
}
