/**
 * A report's charts as PNG images for its Word document, drawn from the page's own SVG by resvg
 * (@resvg/resvg-js, a Rust SVG renderer) rather than captured from Chromium: a capture cost about
 * 0.14 s of CPU a chart, and a cold build of the sample draws 80 of them while Chromium prints.
 *
 * They are drawn as the page shows them in light colours: the wide drawing at its own size ×
 * CHART_SCALE on white, text in the site's ink (--fg in src/styles/site.css), Latin text in the
 * face Chromium gives the site's `system-ui` (fontconfig's sans-serif) and CJK text in the
 * report's cut print font (scripts/print-font.ts). resvg takes one font for a whole run of text
 * and would draw "4,121人" entirely in a CJK face (and from a collection's first face, which is
 * Japanese), so each run of CJK characters is put in a <tspan> of the CJK family first. Without
 * fontconfig, resvg draws with the system's fonts as it finds them.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { fcMatch, isCjk, SOURCE_FAMILY, type CutFaces } from './print-font.ts';
import type { ChartImage } from './report-docx.ts';

/** Device pixels per CSS pixel of a chart's PNG: sharp when printed at the width of an A4 page. */
export const CHART_SCALE = 2;

const SVG_NS = 'http://www.w3.org/2000/svg';

const SITE_CSS = readFileSync(new URL('../src/styles/site.css', import.meta.url), 'utf8');
/** A custom property of src/styles/site.css as its :root sets it (the first: light colours). */
const siteVariable = (name: string, fallback: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(SITE_CSS)?.[1]?.trim() ?? fallback;
/** The site's ink, and its faces (what CJK text falls back to where this machine has no print font). */
const INK = siteVariable('--fg', '#000');
const SITE_FONT = siteVariable('--font', 'sans-serif');

/** What resvg draws a report's charts with. */
export interface ChartFonts {
  /** font files to load; empty: the system's fonts */
  readonly files: readonly string[];
  /** the family of Latin text, and of CJK text */
  readonly latin: string;
  readonly cjk: string;
  /** removes the files written for this report */
  close(): Promise<void>;
}

/** Latin faces (regular, bold) as fontconfig names sans-serif, looked up once. */
let latinFaces: Promise<{ family: string; files: string[] } | null> | null = null;
const latin = () => (latinFaces ??= Promise.all(['Regular', 'Bold'].map((style) => fcMatch(`sans-serif:style=${style}`))).then((found) => {
  const [regular] = found;
  if (!regular) return null;
  return { family: regular.families[0]!, files: [...new Set(found.flatMap((f) => (f && f.families[0] === regular.families[0] ? [f.file] : [])))] };
}));

/**
 * The fonts for one report's charts: the Latin faces, and its cut print font (`cut`, null where
 * this machine has none: the system's CJK fonts then) written to a temporary folder for resvg,
 * which reads fonts from files only.
 */
export async function chartFonts(cut: CutFaces | null): Promise<ChartFonts> {
  const found = await latin();
  if (!found || !cut) {
    return { files: found?.files ?? [], latin: found?.family ?? 'sans-serif', cjk: cut ? SOURCE_FAMILY : SITE_FONT, close: async () => {} };
  }
  const dir = await mkdtemp(join(tmpdir(), 'yuanding-chart-fonts-'));
  const files = await Promise.all(cut.map(async ({ weight, bytes }) => {
    const file = join(dir, `${weight}.otf`);
    await writeFile(file, bytes);
    return file;
  }));
  return { files: [...found.files, ...files], latin: found.family, cjk: SOURCE_FAMILY, close: () => rm(dir, { recursive: true, force: true }) };
}

/** A chart of a report page: its figure's id and the drawing the Word document shows. */
export interface Drawing {
  readonly id: string;
  readonly svg: Element;
}

/** Each chart of a parsed report page (article figure.chart, by id) with its wide drawing (the only one, for a compact chart). */
export function reportDrawings(document: Document): Drawing[] {
  return [...document.querySelectorAll('article figure.chart[id]')].flatMap((figure) => {
    const drawing = figure.querySelector('.drawing.wide') ?? figure.querySelector('.drawing');
    const svg = drawing?.querySelector(':scope > svg') ?? drawing?.querySelector('svg');
    return svg ? [{ id: figure.id, svg }] : [];
  });
}

/** Each drawing as a PNG, by its chart's id, at its SVG's own size (width × height attributes) × CHART_SCALE, on white. */
export async function chartPngs(drawings: readonly Drawing[], fonts: ChartFonts): Promise<Map<string, ChartImage>> {
  const images = new Map<string, ChartImage>();
  for (const { id, svg } of drawings) {
    const image = await renderAsync(standalone(svg, fonts), {
      fitTo: { mode: 'zoom', value: CHART_SCALE },
      background: '#ffffff',
      logLevel: 'off',
      font: { loadSystemFonts: fonts.files.length === 0, fontFiles: [...fonts.files], defaultFontFamily: fonts.latin, sansSerifFamily: fonts.latin },
    });
    images.set(id, { png: new Uint8Array(image.asPng()), width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) });
  }
  return images;
}

/** The drawing as an SVG file of its own: its namespace, the page's ink and faces, CJK runs in the CJK family. */
function standalone(svg: Element, fonts: ChartFonts): string {
  const copy = svg.cloneNode(true) as Element;
  const document = svg.ownerDocument;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('color', INK);
  // The page sets the drawing's text in the page's font (font-family: inherit); here, the Latin face.
  const style = (copy.getAttribute('style') ?? '').replace(/font-family:[^;]*;?/g, '');
  copy.setAttribute('style', `${style};font-family:'${fonts.latin}'`.replace(/^;/, ''));
  for (const text of copy.querySelectorAll('text')) for (const node of textNodes(text)) splitCjk(node, document, fonts.cjk);
  return copy.outerHTML;
}

const textNodes = (node: Node): Text[] => (node.nodeType === 3 ? [node as Text] : [...node.childNodes].flatMap(textNodes));

/** Puts each run of CJK characters of a text node in a <tspan> of the CJK family. */
function splitCjk(node: Text, document: Document, family: string): void {
  const runs: { cjk: boolean; text: string }[] = [];
  for (const ch of node.data) {
    const cjk = isCjk(ch.codePointAt(0)!);
    const last = runs[runs.length - 1];
    if (last?.cjk === cjk) last.text += ch;
    else runs.push({ cjk, text: ch });
  }
  if (!runs.some((r) => r.cjk)) return;
  const parent = node.parentNode!;
  for (const run of runs) {
    if (!run.cjk) {
      parent.insertBefore(document.createTextNode(run.text), node);
      continue;
    }
    const span = document.createElementNS(SVG_NS, 'tspan');
    span.setAttribute('font-family', family);
    span.textContent = run.text;
    parent.insertBefore(span, node);
  }
  parent.removeChild(node);
}
