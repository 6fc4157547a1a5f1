/**
 * Prints each annual report of a built site to PDF with Chromium, from the same print
 * stylesheet readers use (A4, page numbers in the footer), into reports/<year>/report-<year>.pdf
 * (and /en/…), writes it beside as an editable Word document, report-<year>.docx
 * (scripts/reports-docx.ts), and links both from its report page. Used by the build (the Word
 * documents only where there is no Chromium: they need none), and by npm run pdf.
 */
import { hash } from 'node:crypto';
import { access, copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { escapeHtml } from '../src/lib/site/escape.ts';
import { chromiumPath, launchChromium } from './browser.ts';
import { docxSource, writeReportDocx, type DocxSource } from './reports-docx.ts';
import { printedPage } from './print-digest.ts';
import { sourceDate } from '../src/lib/source-date.ts';
import { serve } from './serve.ts';
import { loadPrintFont, printFontLoaded, withPrintFont, type CutFaces } from './print-font.ts';
import { basePath, pageUrl } from '../src/lib/site/base.ts';
import type { Browser, Page } from 'playwright-core';

export const hasChromium = (): Promise<boolean> => access(chromiumPath()).then(() => true, () => false);

/**
 * Links in a PDF point where the reader can follow them: at the published site (site_url)
 * rather than the loopback server the report was printed from; without site_url, links into
 * the site are left as text.
 */
function linksForPrint(siteUrl: string | null): void {
  if (siteUrl) {
    const base = document.createElement('base');
    base.href = siteUrl;
    document.head.prepend(base);
    return;
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) if (a.href.startsWith(location.origin)) a.removeAttribute('href');
}

/**
 * Chromium writes the time of printing into a PDF (/CreationDate, /ModDate): each is replaced by
 * `stamp` in the same number of bytes (the file's offsets stay true), so the same report prints
 * to the same bytes.
 */
export async function restamp(pdf: string, stamp: Date): Promise<void> {
  const bytes = await readFile(pdf);
  const text = bytes.toString('latin1');
  const when = `(D:${stamp.toISOString().replace(/\D/g, '').slice(0, 14)}+00'00')`;
  const fixed = text.replace(/\((D:\d{14}[^)]{0,8})\)/g, (found) => (found.length === when.length ? when : found));
  if (fixed !== text) await writeFile(pdf, Buffer.from(fixed, 'latin1'));
}

/**
 * Links each report page of a built site to its Word document and, when it is printed (`pdf`), its
 * PDF, at its <!--pdf-link--> placeholder (a page linked already is left as it is), and lists the
 * reports. The build awaits this before its search index and privacy scan read the pages, so they
 * read them final. Print hides the links (p.pdf), so a PDF is the same with them or without. The
 * links are relative to the page, so they hold in whatever folder the site is published.
 */
export async function linkReports(out: string, pdf = true): Promise<{ dir: string; year: string; url: string; html: string }[]> {
  const reports: { dir: string; year: string; url: string; html: string }[] = [];
  for (const prefix of ['', 'en']) {
    const root = join(out, prefix, 'reports');
    for (const e of await readdir(root, { withFileTypes: true })) {
      if (!e.isDirectory() || !/^\d{4}$/.test(e.name)) continue;
      const year = e.name;
      const dir = join(root, year);
      const html = join(dir, 'index.html');
      const url = `/${prefix ? `${prefix}/` : ''}reports/${year}/`;
      const source = await readFile(html, 'utf8');
      const links = [
        ...(pdf ? [`<a href="${escapeHtml(`report-${year}.pdf`)}" download>${escapeHtml(prefix ? 'Download this report as PDF (A4)' : '下载本报告 PDF（A4）')}</a>`] : []),
        `<a href="${escapeHtml(`report-${year}.docx`)}" download>${escapeHtml(pdf ? (prefix ? 'as Word (editable)' : 'Word 版（可编辑）') : prefix ? 'Download this report as Word (editable)' : '下载本报告 Word 版（可编辑）')}</a>`,
      ];
      if (source.includes('<!--pdf-link-->')) await writeFile(html, source.replace('<!--pdf-link-->', `<p class="pdf">${links.join(' · ')}</p>`));
      reports.push({ dir, year, url, html });
    }
  }
  return reports;
}

interface Job {
  readonly pdf: string;
  readonly url: string;
  /** where its PDF is kept, by what its page prints (printKey) */
  readonly kept: string | null;
  readonly docx: string;
  readonly source: string;
  readonly document: DocxSource;
  readonly keptDocx: string | null;
  cut: Promise<CutFaces> | null;
}

/** The window a report is printed from. */
const VIEWPORT = { width: 1280, height: 900 };
/**
 * A tab printing in the light colours, in print media from the first layout of each page. The
 * print font comes as data: URLs (withPrintFont), which a server sending the site's own policy
 * (font-src 'self') would refuse; the tab reads only the site's own pages.
 */
async function printPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light', reducedMotion: 'reduce', bypassCSP: true });
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  return page;
}

/**
 * `work`, or an error once `seconds` have passed. A report prints in about a second: one that
 * takes minutes means Chromium hangs, and the build stops saying so rather than wait for ever.
 */
function within<T>(work: Promise<T>, seconds: number, zh: string, en: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Chromium 在 ${seconds} 秒内未能${zh}，可能已停止响应；请重新构建，仍如此请报告。 Chromium did not finish ${en} within ${seconds} s and may have hung; build again, and report it if it happens again.`)), seconds * 1000);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * What a report page prints, for the digest that names its kept PDF: its HTML less what print
 * hides (printedPage), and the bytes of each image it shows, so a picture replaced under the same
 * name (the 党政机关 mark of site.yaml) prints again though the HTML is the same. `dir`: the
 * page's folder; `base`: the site's folder on its server (basePath).
 */
async function printKey(source: string, out: string, dir: string, base: string): Promise<string> {
  const { html, images } = printedPage(source);
  const digests = await Promise.all(images.map((address) => {
    const src = address.split(/[?#]/)[0]!;
    // An address elsewhere, or a data: URL, is in the HTML itself.
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return '';
    const file = src.startsWith('/') ? join(out, src.startsWith(base) ? src.slice(base.length) : src) : join(dir, src);
    return readFile(file).then((bytes) => hash('sha256', bytes, 'hex'), () => `missing ${src}`);
  }));
  return `${digests.join(' ')}\0${html}`;
}

export interface PrintOptions {
  /** one line per file written */
  readonly log?: (line: string) => void;
  readonly cache?: { dir: string; program: string } | undefined;
  /** the date the PDFs and Word documents carry (default: SOURCE_DATE_EPOCH or now) */
  readonly stamp?: Date | undefined;
  /** where the site is published (site_url): its links in the PDFs point there */
  readonly siteUrl?: string | null | undefined;
  /** a Chromium launched already (the build starts it while the pages render); closed when done */
  readonly browser?: Promise<Browser> | undefined;
  /** false: no Chromium to print with, so the Word documents only (default true) */
  readonly pdf?: boolean;
  /** how long Chromium may take to start, or to print one report, before the build stops (default 120) */
  readonly seconds?: number;
}

/**
 * `cache`: PDFs printed before are kept in `cache.dir` and copied rather than printed again:
 * under the digest of what their page prints (printKey: its text, styles, charts and images, less
 * what print hides, so a page that gained only a year link keeps its PDF), of
 * `cache.program`, the print font, site_url and the stamp; no Chromium is started when every PDF is kept.
 * Word documents are kept likewise, under the digest of what they are made from (docxSource) and the stamp.
 */
export async function printReports(out: string, { log = () => {}, cache, stamp, siteUrl, browser, pdf: printing = true, seconds = 120 }: PrintOptions = {}): Promise<{ printed: number; reused: number; documents: { written: number; reused: number } }> {
  const jobs: Job[] = [];
  const keep = new Set<string>();
  // Found before anything is looked up: what the reports print in is part of what names a kept one.
  const font = await loadPrintFont();
  if (!font && printing) log('  未找到字体 Noto Sans CJK SC（fonts-noto-cjk），报告按系统字体打印，较慢。Noto Sans CJK SC (fonts-noto-cjk) not found: reports print in the system fonts, more slowly.');
  const keptAs = (digestOf: string, ext = '.pdf') => (cache ? join(cache.dir, `${hash('sha256', `${cache.program}\0${font?.identity ?? 'system fonts'}\0${digestOf}`, 'hex').slice(0, 32)}${ext}`) : null);
  const docxStamp = stamp ?? sourceDate();
  for (const { dir, year, url, html } of await linkReports(out, printing)) {
    const source = await readFile(html, 'utf8');
    // Links in the PDF point at site_url (linksForPrint) and it carries the stamp: both name a kept one too.
    const kept = printing ? keptAs(`print\0${siteUrl ?? ''}\0${stamp?.toISOString() ?? ''}\0${await printKey(source, out, dir, basePath(siteUrl))}`) : null;
    if (kept) keep.add(basename(kept));
    const document = docxSource(source, siteUrl ? pageUrl(siteUrl, url) : null);
    const keptDocx = keptAs(`docx\0${docxStamp.toISOString()}\0${document.digestOf}`, '.docx');
    if (keptDocx) keep.add(basename(keptDocx));
    jobs.push({ pdf: join(dir, `report-${year}.pdf`), url, kept, docx: join(dir, `report-${year}.docx`), source, document, keptDocx, cut: null });
  }
  /** The print font cut to a report's characters, once for its PDF and its Word document both. */
  const cutFor = (job: Job): Promise<CutFaces | null> => (font ? (job.cut ??= font.cut(job.source)) : Promise.resolve(null));
  // Served without the site's CSP: printing puts a <base> at site_url into the page (linksForPrint),
  // which base-uri 'self' forbids, as it should on the published site.
  const site = printing ? await serve(out, { base: basePath(siteUrl), headers: {} }) : null;
  const state: { browser: Promise<Browser> | null } = { browser: browser ?? null };
  let printed = 0;
  let reused = 0;
  const written = { docx: 0, reused: 0 };
  if (cache) await mkdir(cache.dir, { recursive: true });
  const copied = (from: string | null, to: string) => (from ? copyFile(from, to).then(() => true, () => false) : Promise.resolve(false));
  /** The Word documents, in this process (their charts are drawn by resvg), while Chromium prints. */
  const documents = async () => {
    for (const job of [...jobs]) {
      const { docx, document, keptDocx } = job;
      if (await copied(keptDocx, docx)) written.reused++;
      else {
        await writeReportDocx(document, docx, docxStamp, await cutFor(job));
        written.docx++;
        if (keptDocx) await copyFile(docx, keptDocx);
      }
      log(`  ${relative(out, docx)}`);
    }
  };
  /** Prints a report in a tab, in its cut print font, its links pointing at the published site. */
  const print = async (tab: Page, job: Job) => {
    const address = `${site!.url}${job.url}`;
    const cut = await cutFor(job);
    // The page as built (job.source is the file served), its print font in its head.
    if (font && cut) await tab.route(address, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: withPrintFont(job.source, font, cut) }));
    try {
      await tab.goto(address);
    } finally {
      await tab.unroute(address);
    }
    if (font && cut) await printFontLoaded(tab, font);
    await tab.evaluate(linksForPrint, siteUrl ?? null);
    await tab.pdf({ path: job.pdf, format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '18mm', left: '15mm', right: '15mm' } });
  };
  /**
   * One tab printing the reports in turn. Two tabs side by side were slower, not faster: printing
   * waits on Chromium's browser and compositor processes, which the tabs share. The sample's 20
   * reports alone took 12.2 s in one tab against 14.5 s in two, and the whole cold build 38.5–41.0 s
   * against 46.1–46.4 s, its other steps having the second core to themselves.
   */
  const lane = async () => {
    let page: Page | null = null;
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const { pdf, url, kept } = job;
      if (await copied(kept, pdf)) reused++;
      else {
        if (!page) {
          const open = await within(state.browser ??= launchChromium(), seconds, '启动', 'starting');
          // A new tab may land in a renderer another tab hangs.
          page = await within(printPage(open), seconds, '打开标签页', 'opening a tab');
        }
        await within(print(page, job), seconds, `打印 ${url}`, `printing ${url}`);
        printed++;
        if (stamp) await restamp(pdf, stamp);
        if (kept) await copyFile(pdf, kept);
      }
      log(`  ${relative(out, pdf)}`);
    }
  };
  try {
    await Promise.all(printing ? [documents(), lane()] : [documents()]);
    // What pages no longer built made is dropped (kept PDFs too, unless none were printed this time).
    if (cache) for (const f of await readdir(cache.dir)) if (!keep.has(f) && (printing || f.endsWith('.docx'))) await rm(join(cache.dir, f), { force: true });
  } finally {
    // A hung Chromium may not close when asked: the build does not wait on it for ever either.
    await within(Promise.resolve(state.browser).then((b) => b?.close()), 10, '关闭', 'closing').catch(() => {});
    await site?.close();
  }
  return { printed, reused, documents: { written: written.docx, reused: written.reused } };
}
