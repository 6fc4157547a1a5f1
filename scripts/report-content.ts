/**
 * What an annual report page says, read back from the built HTML (linkedom): its title block,
 * then its headings, paragraphs, key points and charts (title, caption, data table) in page
 * order. The Word report (scripts/report-docx.ts) is made from this, so it says exactly what
 * the page says. Left out: what only serves a reader of the web page (year links, download
 * links, the notice pointing to a newer report, chart download buttons and anchors), and the
 * charts' SVG, which the Word report holds as images.
 */
import { parseHTML } from 'linkedom';

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  /** where the page links it (its indicator), absolute */
  readonly link?: string;
}
export interface DataTable {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}
export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly runs: readonly Run[] }
  | { readonly kind: 'point'; readonly runs: readonly Run[] }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'chart'; readonly id: string; readonly title: string; readonly caption: string; readonly tables: readonly DataTable[] };

export interface ReportContent {
  readonly lang: 'zh' | 'en';
  /** 发文机关: the bureau */
  readonly issuer: string;
  readonly title: string;
  /** the 统计时点 line, e.g. 统计时点：2024年9月30日 */
  readonly date: string;
  /** the rest of the title block's note */
  readonly note: string;
  readonly blocks: readonly Block[];
}

/** Page furniture, not report text. */
const SKIP = 'nav, p.pdf, p.notice, .chart-downloads, a.anchor, button, summary, svg, script, style, [hidden]';

const squash = (s: string) => s.replace(/\s+/g, ' ');
const textOf = (el: Element | null): string => (el ? squash(visibleText(el)).trim() : '');

function visibleText(node: Node): string {
  if (node.nodeType === 3) return (node as Text).data;
  if (node.nodeType !== 1 || (node as Element).matches(SKIP)) return '';
  return [...node.childNodes].map(visibleText).join('');
}

/**
 * A paragraph's inline text as runs, <strong>/<b> bold, links resolved against `base` (the page's
 * published address; without one, links are left as text); whitespace squashed, ends trimmed.
 */
function runsOf(el: Element, base: string | null): Run[] {
  const runs: Run[] = [];
  const walk = (node: Node, bold: boolean, link: string | undefined) => {
    if (node.nodeType === 3) {
      const text = squash((node as Text).data);
      const last = runs.at(-1);
      if (last && !!last.bold === bold && last.link === link) runs[runs.length - 1] = { ...last, text: last.text + text };
      else if (text) runs.push({ text, ...(bold ? { bold } : {}), ...(link ? { link } : {}) });
      return;
    }
    if (node.nodeType !== 1 || (node as Element).matches(SKIP)) return;
    const element = node as Element;
    const strong = bold || /^(STRONG|B)$/.test(element.tagName);
    const href = element.tagName === 'A' ? element.getAttribute('href') : null;
    const to = href && base ? new URL(href, base).href : link;
    for (const child of node.childNodes) walk(child, strong, to);
  };
  walk(el, false, undefined);
  const first = runs[0];
  if (first) runs[0] = { ...first, text: first.text.trimStart() };
  const last = runs.at(-1);
  if (last) runs[runs.length - 1] = { ...last, text: last.text.trimEnd() };
  return runs.filter((r) => r.text);
}

function tableOf(table: Element): DataTable {
  const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => textOf(c));
  const head = table.querySelector('thead tr');
  const rows = [...table.querySelectorAll('tbody tr')].map(cells);
  return { caption: textOf(table.querySelector('caption')), head: head ? cells(head) : [], rows };
}

function chartOf(figure: Element): Block {
  const drawing = figure.querySelector('svg[aria-label]');
  const title = figure.getAttribute('data-title') ?? drawing?.getAttribute('aria-label') ?? textOf(figure.querySelector('svg title'));
  return { kind: 'chart', id: figure.id, title, caption: textOf(figure.querySelector('figcaption')), tables: [...figure.querySelectorAll('table')].map(tableOf) };
}

function blocksOf(parent: Element, base: string | null, out: Block[]): Block[] {
  for (const el of parent.children) {
    if (el.matches(SKIP) || el.matches('header.title-block')) continue;
    if (/^H[1-6]$/.test(el.tagName)) out.push({ kind: 'heading', text: textOf(el) });
    else if (el.tagName === 'P' && el.classList.contains('note')) out.push({ kind: 'note', text: textOf(el) });
    else if (el.tagName === 'P') out.push({ kind: 'paragraph', runs: runsOf(el, base) });
    else if (el.tagName === 'LI') out.push({ kind: 'point', runs: runsOf(el, base) });
    else if (el.tagName === 'FIGURE') out.push(chartOf(el));
    else blocksOf(el, base, out);
  }
  return out;
}

/**
 * `page`: the report page's HTML, or the page parsed already (it is only read); `base`: its
 * published address (site_url and its path), which its links are resolved against.
 */
export function reportContent(page: string | Document, base: string | null = null): ReportContent {
  const document = typeof page === 'string' ? parseHTML(page).document : page;
  const article = document.querySelector('article') ?? document.body;
  const header = article.querySelector('header.title-block');
  const note = header?.querySelector('p.note') ?? null;
  const date = textOf(note?.querySelector('.statistics-date') ?? null);
  return {
    lang: document.documentElement.getAttribute('lang')?.startsWith('en') ? 'en' : 'zh',
    issuer: textOf(header?.querySelector('.issuer') ?? null),
    title: textOf(article.querySelector('h1')),
    date,
    note: textOf(note).slice(date.length).replace(/^[；;.。,，]\s*/, ''),
    blocks: blocksOf(article, base, []),
  };
}
