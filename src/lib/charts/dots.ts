/**
 * A school dot plot: one filled dot per school along the value axis, a row per urban/rural
 * class. Schools with the same (or nearly the same) figure are stacked beside each other, never
 * drawn on top of one another; the highest and lowest schools are named; each dot links to its
 * school's page (a keyboard stop, with the school and its figure as its tooltip).
 */
import * as Plot from '@observablehq/plot';
import { PALETTE, isNarrow, renderFigure, type FigureText } from './render.ts';
import { isChinese, textWidth, valueAxis } from './measure.ts';
import { cached } from './cache.ts';

export interface SchoolDot {
  readonly school: string;
  readonly group: string;
  readonly value: number;
  readonly text: string;
  /** the school's page */
  readonly href?: string | undefined;
}

export interface DotOptions extends FigureText {
  readonly dots: readonly SchoolDot[];
  readonly groups: readonly string[];
  readonly xLabel: string;
  /** the words beside the highest and lowest school's name (default 最高/最低, Highest/Lowest) */
  readonly ends?: { readonly hi: string; readonly lo: string } | undefined;
}

/** Height of the band above and below each row that holds a named school, px. */
const LABEL_BAND = 18;

interface Placed extends SchoolDot {
  /** the dot's centre, px from the top of the plot area */
  readonly cy: number;
  /** its x in px */
  readonly px: number;
}

/**
 * Each dot's level in its row: sorted by value (then name, so the layout is deterministic),
 * a dot goes on the middle line, or the nearest line above or below it, where it does not
 * touch the dot before it.
 */
function levels(dots: readonly SchoolDot[], px: (v: number) => number, step: number): Map<SchoolDot, number> {
  const out = new Map<SchoolDot, number>();
  const lastX = new Map<number, number>();
  const sorted = [...dots].sort((a, b) => a.value - b.value || (a.school < b.school ? -1 : a.school > b.school ? 1 : 0));
  for (const d of sorted) {
    const x = px(d.value);
    for (let k = 0; ; k++) {
      const level = k === 0 ? 0 : k % 2 ? (k + 1) / 2 : -k / 2;
      const before = lastX.get(level);
      if (before === undefined || x - before >= step) {
        lastX.set(level, x);
        out.set(d, level);
        break;
      }
    }
  }
  return out;
}

function drawSchoolDots({ dots, groups, xLabel, ends, ...text }: DotOptions): string {
  const narrow = isNarrow(text);
  const width = text.width ?? 640;
  const chinese = isChinese(text.title + xLabel);
  const r = narrow ? 4 : 4.5;
  const step = 2 * r + 1;
  const x = valueAxis(dots.map((d) => d.value), { count: narrow ? 4 : 6, chinese });
  const marginLeft = Math.ceil(Math.max(24, ...groups.map((g) => textWidth(g)))) + 12;
  const marginRight = 16;
  const [d0, d1] = x.domain;
  const px = (v: number) => marginLeft + ((v - d0) / (d1 - d0)) * (width - marginLeft - marginRight);
  const level = new Map<SchoolDot, number>();
  for (const g of groups) for (const [d, l] of levels(dots.filter((d) => d.group === g), px, step)) level.set(d, l);
  const reach = Math.max(0, ...[...level.values()].map(Math.abs));
  const rowHeight = 2 * LABEL_BAND + (2 * reach + 1) * step;
  const placed: Placed[] = dots.map((d) => ({ ...d, px: px(d.value), cy: groups.indexOf(d.group) * rowHeight + LABEL_BAND + (reach + 0.5) * step - level.get(d)! * step }));
  const marginTop = 4;
  const marginBottom = 42;
  const inner = groups.length * rowHeight;
  // The schools a reader asks about first: the highest and the lowest, named beside their dots
  // (the first of them in the given order where several share the figure, as the sentence has it).
  const order = new Map(dots.map((d, i) => [d, i]));
  const first = (sign: number) => [...placed].sort((a, b) => sign * (b.value - a.value) || order.get(a)! - order.get(b)!)[0];
  const hi = first(1);
  const lo = first(-1);
  const named = lo && hi && lo.value !== hi.value ? [endLabel(hi, placed, 'hi', chinese, ends), endLabel(lo, placed, 'lo', chinese, ends)] : [];
  placeLabels(named, groups, rowHeight, width - marginRight, marginLeft);
  return renderFigure(
    {
      width: 640,
      height: marginTop + inner + marginBottom,
      marginTop,
      marginLeft,
      marginRight,
      marginBottom,
      color: { domain: groups as string[], range: PALETTE.slice(0, groups.length) as string[] },
      x: { label: xLabel, grid: true, domain: x.domain, ticks: x.ticks, tickFormat: x.tickFormat },
      y: { domain: [0, inner], range: [marginTop, marginTop + inner], axis: null },
      marks: [
        Plot.text(groups as string[], { frameAnchor: 'left', y: (g: string) => groups.indexOf(g) * rowHeight + rowHeight / 2, text: (g: string) => g, dx: -10, textAnchor: 'end' }),
        Plot.ruleY(groups.slice(1) as string[], { y: (g: string) => groups.indexOf(g) * rowHeight, stroke: '#ddd' }),
        Plot.dot(placed, {
          x: 'value', y: 'cy', fill: 'group', r, stroke: 'white', strokeWidth: 0.75,
          title: (d: Placed) => `${d.school}: ${d.text}`,
          ...(placed.some((d) => d.href) ? { href: (d: Placed) => d.href ?? null } : {}),
        }),
        // a leader from each name to its dot
        Plot.ruleX(named, { x: 'x', y1: (l: EndLabel) => (l.y < l.dot.cy ? l.y + 7 : l.y - 7), y2: (l: EndLabel) => (l.y < l.dot.cy ? l.dot.cy - r - 1 : l.dot.cy + r + 1), stroke: '#57606a', strokeWidth: 1 }),
        ...(['start', 'end'] as const).map((anchor) => Plot.text(named.filter((l) => l.anchor === anchor), { x: 'x', y: 'y', text: 'label', textAnchor: anchor, lineAnchor: 'middle', title: 'full', fontWeight: 'bold' })),
      ],
    },
    text,
  );
}

interface EndLabel {
  readonly dot: Placed;
  readonly full: string;
  label: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

function endLabel(dot: Placed, placed: readonly Placed[], end: 'hi' | 'lo', chinese: boolean, ends?: DotOptions['ends']): EndLabel {
  const word = ends?.[end] ?? (chinese ? (end === 'hi' ? '最高' : '最低') : end === 'hi' ? 'Highest' : 'Lowest');
  const tied = placed.filter((d) => d.value === dot.value).length;
  const more = tied > 1 ? (chinese ? `等${tied}所` : ` and ${tied - 1} more`) : '';
  // the figure first, so a name cut short on a phone never loses it
  const full = chinese ? `${word} ${dot.text}：${dot.school}${more}` : `${word} ${dot.text}: ${dot.school}${more}`;
  return { dot, full, label: full, x: dot.value, y: 0, anchor: end === 'hi' ? 'end' : 'start' };
}

/**
 * Each name goes in the band above its row, starting at its dot and running inwards (turned
 * round where the other way has more room), cut with an ellipsis to the drawing; where the two
 * names would meet in one band, the lowest goes in the band below its row.
 */
function placeLabels(named: EndLabel[], groups: readonly string[], rowHeight: number, right: number, left: number): void {
  const extent = (l: EndLabel): [number, number] => {
    const w = textWidth(l.label) * 1.1; // bold
    return l.anchor === 'start' ? [l.dot.px, l.dot.px + w] : [l.dot.px - w, l.dot.px];
  };
  for (const l of named) {
    const row = groups.indexOf(l.dot.group) * rowHeight;
    l.y = row + LABEL_BAND / 2;
    const room = (anchor: 'start' | 'end') => (anchor === 'start' ? right - l.dot.px : l.dot.px - left);
    const other = l.anchor === 'start' ? 'end' : 'start';
    if (textWidth(l.full) * 1.1 > room(l.anchor) && room(other) > room(l.anchor)) l.anchor = other;
    l.label = clipTo(l.full, room(l.anchor) / 1.1);
  }
  const [a, b] = named;
  if (a && b && a.y === b.y) {
    const [a0, a1] = extent(a);
    const [b0, b1] = extent(b);
    if (Math.min(a1, b1) - Math.max(a0, b0) > -8) b.y = groups.indexOf(b.dot.group) * rowHeight + rowHeight - LABEL_BAND / 2;
  }
}

function clipTo(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`) > width) chars.pop();
  return `${chars.join('')}…`;
}

/**
 * Past SCHOOL_DOTS_MAX schools a dot per school makes a page of megabytes (a province has
 * 14,000): the schools are drawn as a histogram per urban/rural class instead, whatever their number.
 */
export const SCHOOL_DOTS_MAX = 150;

function drawSchoolHistogram({ dots, groups, xLabel, ...text }: DotOptions): string {
  return renderFigure(
    {
      width: 640,
      height: 52 + groups.length * 70,
      marginLeft: isNarrow(text) ? 64 : 90,
      marginBottom: 42,
      color: { domain: groups as string[], range: PALETTE.slice(0, groups.length) as string[] },
      x: { label: xLabel, grid: true, nice: true, zero: true },
      y: { label: null, axis: null },
      fy: { label: null, domain: groups as string[] },
      facet: { data: dots as SchoolDot[], y: 'group' },
      marks: [
        Plot.rectY(dots as SchoolDot[], Plot.binX<Plot.RectYOptions>({ y: 'count', title: 'count' }, { x: 'value', fill: 'group', inset: 0.5, thresholds: 20 })),
      ],
    },
    text,
  );
}

export const schoolDots = cached('schoolDots', drawSchoolDots);

export const schoolHistogram = cached('schoolHistogram', drawSchoolHistogram);
