/**
 * Writes an annual report page of a built site as report-<year>.docx (scripts/report-docx.ts):
 * its text read from the page's HTML, its charts drawn from the page's own SVG
 * (scripts/chart-png.ts). Used by scripts/reports-pdf.ts, beside the PDFs.
 */
import { writeFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { chartFonts, chartPngs, reportDrawings, type Drawing } from './chart-png.ts';
import type { CutFaces } from './print-font.ts';
import { reportContent, type ReportContent } from './report-content.ts';
import { reportDocx } from './report-docx.ts';

/** A report's Word document as docxSource reads it: its text, and the drawings its charts are made from. */
export interface DocxSource {
  readonly content: ReportContent;
  readonly drawings: readonly Drawing[];
  /** everything the document is made from, for the digest that names a kept one */
  readonly digestOf: string;
}

/**
 * What a report's Word document is made from, from its page's HTML parsed once: the page's
 * content as reportContent reads it (`published`: the page's address on the published site, its
 * links' base; none: the links are left as text, as in the PDFs), and its charts' drawings. Two
 * pages alike in these make the same document, whatever else differs (the year links, the notice
 * of a newer report), so adding a year writes the new year's documents only.
 */
export function docxSource(html: string, published: string | null): DocxSource {
  const { document } = parseHTML(html);
  const content = reportContent(document, published);
  const drawings = reportDrawings(document);
  return { content, drawings, digestOf: `${JSON.stringify(content)}\0${drawings.map(({ id, svg }) => `${id}\0${svg.outerHTML}`).join('\0')}` };
}

/** Writes the Word document of a report (docxSource), its charts drawn in its cut print font (`cut`; null: the system's fonts). */
export async function writeReportDocx({ content, drawings }: DocxSource, docx: string, stamp: Date, cut: CutFaces | null): Promise<void> {
  const fonts = await chartFonts(cut);
  try {
    await writeFile(docx, await reportDocx(content, await chartPngs(drawings, fonts), stamp));
  } finally {
    await fonts.close();
  }
}
