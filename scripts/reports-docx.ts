/**
 * Writes an annual report page of a built site as report-<year>.docx (scripts/report-docx.ts):
 * its text read from the page's HTML, its charts rasterised by Chromium from the page's own SVG.
 * Used by scripts/reports-pdf.ts, beside the PDFs.
 */
import { writeFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { reportContent, type ReportContent } from './report-content.ts';
import { reportDocx, type ChartImage } from './report-docx.ts';
import { usePrintFont, type PrintFont } from './print-font.ts';

/** Device pixels per CSS pixel of a chart's PNG: sharp when printed at the width of an A4 page. */
export const CHART_SCALE = 2;
/** The window a report is loaded, drawn and printed in. */
const VIEWPORT = { width: 1280, height: 900 };

/**
 * A tab drawing charts at CHART_SCALE, in the light colours the site prints in. The print font
 * comes as data: URLs (usePrintFont), which a server sending the site's own policy (font-src
 * 'self') would refuse; the tab reads only the site's own pages.
 */
export async function docxPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ deviceScaleFactor: CHART_SCALE, viewport: VIEWPORT, colorScheme: 'light', reducedMotion: 'reduce', bypassCSP: true });
  return context.newPage();
}

/** CSS pixels between two charts laid out for capture: room for what a drawing shows past its box (overflow: visible). */
const GAP = 40;

/**
 * Each chart of the open page (figure.chart, by id) as a PNG of its wide drawing, at its SVG's
 * own size (width × height attributes) × CHART_SCALE, on white, however wide the page's column
 * is: the same chart makes the same pixels. The drawings are pinned over the page at the window's
 * left edge, one under another at whole-pixel offsets (a drawing at a fractional offset would gain
 * a row), and each is captured from that one frame.
 */
export async function chartImages(page: Page): Promise<Map<string, ChartImage>> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const charts = await page.evaluate((gap) => {
    window.scrollTo(0, 0);
    // The page behind the drawings is hidden while they are captured: Chromium then has only
    // them to draw in each frame, at 2× (their white backgrounds cover it in the images anyway).
    const hide = document.createElement('style');
    hide.id = 'docx-capture';
    hide.textContent = 'body { visibility: hidden !important } svg[data-docx-chart] { visibility: visible !important }';
    document.head.append(hide);
    let top = 0;
    return [...document.querySelectorAll<HTMLElement>('article figure.chart[id]')].flatMap((figure) => {
      const drawing = figure.querySelector('.drawing.wide') ?? figure.querySelector('.drawing');
      const svg = drawing?.querySelector<SVGSVGElement>(':scope > svg') ?? drawing?.querySelector<SVGSVGElement>('svg');
      if (!svg) return [];
      const width = Number(svg.getAttribute('width'));
      const height = Number(svg.getAttribute('height'));
      // Kept to put back afterwards: the same page load then prints the PDF (scripts/reports-pdf.ts).
      svg.setAttribute('data-docx-style', svg.getAttribute('style') ?? '');
      svg.setAttribute('data-docx-chart', figure.id);
      Object.assign(svg.style, { width: `${width}px`, height: `${height}px`, maxWidth: 'none', background: '#fff', position: 'fixed', left: '0', top: `${top}px`, margin: '0', zIndex: '2147483647', display: 'block' });
      const at = top;
      top += Math.ceil(height) + gap;
      return [{ id: figure.id, width, height, top: at }];
    });
  }, GAP);
  const needed = { width: Math.ceil(Math.max(0, ...charts.map((c) => c.width))), height: Math.ceil(Math.max(0, ...charts.map((c) => c.top + c.height))) };
  // The window grows to hold them all, and is put back afterwards: the same load then prints the
  // PDF, whose layout must not depend on which reports this tab drew before.
  const viewport = page.viewportSize() ?? VIEWPORT;
  const grown = viewport.width < needed.width || viewport.height < needed.height;
  if (grown) await page.setViewportSize({ width: Math.max(viewport.width, needed.width), height: Math.max(viewport.height, needed.height) });
  const images = new Map<string, ChartImage>();
  // Chromium's own capture (DevTools protocol) in device pixels: Playwright's page.screenshot adds
  // round trips of its own around each one (animations, caret, fonts).
  const devtools = await page.context().newCDPSession(page);
  try {
    for (const { id, width, height, top } of charts) {
      const { data } = await devtools.send('Page.captureScreenshot', { format: 'png', clip: { x: 0, y: top, width, height, scale: CHART_SCALE }, captureBeyondViewport: false });
      images.set(id, { png: new Uint8Array(Buffer.from(data, 'base64')), width, height });
    }
  } finally {
    await devtools.detach();
  }
  if (grown) await page.setViewportSize(viewport);
  await page.evaluate(() => {
    document.getElementById('docx-capture')?.remove();
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-docx-chart]')) {
      const style = svg.getAttribute('data-docx-style');
      if (style) svg.setAttribute('style', style);
      else svg.removeAttribute('style');
      svg.removeAttribute('data-docx-style');
      svg.removeAttribute('data-docx-chart');
    }
  });
  return images;
}

/**
 * Loads the report served at `url` into `page` (a docxPage) as its charts are drawn and it is
 * printed: set in the print font cut to its HTML (`html`), where this machine has the font.
 */
export async function openReport(page: Page, url: string, html: string, font: PrintFont | null): Promise<void> {
  await page.goto(url);
  if (font) await usePrintFont(page, font, html);
}

/**
 * Writes the Word document of the report open in `page` (openReport, in screen media) from
 * `content`, its text as docxSource read it. The PDF printer draws the charts in the load it
 * prints from, rather than loading each page twice.
 */
export async function writeOpenReportDocx(page: Page, content: ReportContent, docx: string, stamp: Date): Promise<void> {
  await writeFile(docx, await reportDocx(content, await chartImages(page), stamp));
}

/**
 * What a report's Word document is made from: the page's content as reportContent reads it
 * (`published`: the page's address on the published site, its links' base; none: the links are
 * left as text, as in the PDFs), and, for `digestOf`, its charts' drawings as well (the images
 * are these SVGs as Chromium draws them). Two pages alike in these make the same document,
 * whatever else differs (the year links, the notice of a newer report), so adding a year writes
 * the new year's documents only.
 */
export function docxSource(html: string, published: string | null): { content: ReportContent; digestOf: string } {
  const { document } = parseHTML(html);
  const drawings = [...document.querySelectorAll('article figure.chart[id]')].map((figure) => `${figure.id}\0${[...figure.querySelectorAll('svg')].map((svg) => svg.outerHTML).join('')}`);
  const content = reportContent(html, published);
  return { content, digestOf: `${JSON.stringify(content)}\0${drawings.join('\0')}` };
}
