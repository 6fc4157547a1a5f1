/**
 * The one module that touches a DOM: Observable Plot renders into a linkedom document at
 * build time, and the figure leaves as an SVG string. Same data → same bytes.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { serializeMarkup } from '../site/escape.ts';

export interface FigureText {
  /** the accessible name of the chart */
  readonly title: string;
  /** one sentence computed from the data, read by screen readers */
  readonly description: string;
  /**
   * Drawing width in px (default: the chart's own, 640). Phones get a drawing of their own
   * (NARROW) rather than a wide one shrunk, so axis text stays readable.
   */
  readonly width?: number | undefined;
}

/** The width charts are drawn at for phones: shown at 328 CSS px on a 360 px screen, 12 px text reads at 11.6 px. */
export const NARROW = 340;
export const isNarrow = (text: FigureText): boolean => (text.width ?? 640) < 500;

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** Colour-blind-safe (Okabe–Ito), distinct in greyscale too. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;
export const ACCENT = PALETTE[0];
/** Grey for what is not a value: the c and x marks where a figure is withheld or missing. */
export const MUTED = '#6e7781';

export function renderFigure(options: Plot.PlotOptions, text: FigureText): string {
  const root = Plot.plot({
    ...options,
    ...(text.width ? { width: text.width } : {}),
    document: document as unknown as Document,
    ariaLabel: text.title,
    ariaDescription: text.description,
    style: { fontSize: '12px', fontFamily: 'inherit', background: 'transparent', overflow: 'visible' },
  }) as unknown as Element;
  // With a legend Plot returns a <figure> holding the swatches and the <svg>.
  // (the chart's own <svg> is a child of the figure; the legend's swatches are <svg>s further in)
  const svg = root.tagName.toLowerCase() === 'svg' ? root : [...root.children].find((c) => c.tagName.toLowerCase() === 'svg')!;
  if (svg !== root) {
    svg.setAttribute('aria-label', text.title);
    svg.setAttribute('aria-description', text.description);
    // Plot gives the font size to the <figure> around a legend; the <svg> inside keeps its 10 px.
    svg.setAttribute('style', `${svg.getAttribute('style') ?? ''};font-size:12px`.replace(/^;/, ''));
  }
  svg.setAttribute('role', 'img');
  // axe: aria-label on a plain <g> is prohibited; as groups they are fine.
  for (const g of root.querySelectorAll('g[aria-label]')) g.setAttribute('role', 'group');
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = text.title;
  svg.insertBefore(title, svg.firstChild);
  // Every text and attribute escaped (./site/escape.ts): linkedom's outerHTML writes a <title>'s text raw.
  return serializeMarkup(root, roundGeometry);
}

/** Attributes that hold positions and sizes, where Plot writes 182.85714285714286. */
const GEOMETRY = new Set(['d', 'points', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'dx', 'dy']);
const LONG_DECIMAL = /-?\d*\.\d{2,}/g;

/**
 * Positions to a tenth of a pixel, as the drawing is written out (`serializeMarkup`): a drawing
 * is no sharper with 14 decimals, but a page of them is a third larger, and every distinct
 * number is one more string for the privacy scan. Text (titles, labels, descriptions) and other
 * attributes are left exactly as written.
 */
export function roundGeometry(name: string, value: string): string {
  return GEOMETRY.has(name) && value.includes('.') ? value.replace(LONG_DECIMAL, (n) => String(Math.round(Number(n) * 10) / 10)) : value;
}

/**
 * The year axis of a trend: every year labelled, or on a phone every other year (the last
 * always), so the labels do not overlap; a little room either side of the end points.
 */
export function yearAxis(years: readonly number[], text: FigureText) {
  const ticks = isNarrow(text) ? years.filter((_, i) => (years.length - 1 - i) % 2 === 0) : [...years];
  return { label: null, tickFormat: (d: number) => String(d), ticks, domain: [Math.min(...years) - 0.3, Math.max(...years) + 0.3] };
}
