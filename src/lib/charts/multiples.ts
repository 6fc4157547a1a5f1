/** Small multiples: one small trend per group (学段), sharing the y scale so panels compare. */
import * as Plot from '@observablehq/plot';
import { ACCENT, isNarrow, MUTED, renderFigure, type FigureText } from './render.ts';
import { isChinese, valueAxis, wrapLabel } from './measure.ts';
import { cached } from './cache.ts';

export interface SeriesPoint {
  readonly group: string;
  readonly year: number;
  readonly value: number | null;
  readonly text: string;
  /** points of one group in different segments are not joined (a training cycle's figures start again with each cycle) */
  readonly segment?: number;
}

export interface MultiplesOptions extends FigureText {
  readonly points: readonly SeriesPoint[];
  readonly groups: readonly string[];
  readonly yLabel: string;
}

/** Line height of a panel title, px. */
const LINE = 14;

function drawSmallMultiples({ points, groups, yLabel, ...text }: MultiplesOptions): string {
  const years = [...new Set(points.map((p) => p.year))].sort();
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  // On a phone the panels stack, one per row, instead of six side by side.
  const narrow = isNarrow(text);
  const facet = narrow ? 'fy' : 'fx';
  const width = text.width ?? 640;
  const y = valueAxis(points.map((p) => p.value), { count: narrow ? 3 : 5, chinese: isChinese(yLabel + text.title) });
  const marginLeft = Math.max(40, y.margin);
  const marginRight = narrow ? 16 : 20;
  const padding = narrow ? 0.3 : 0.15;
  // Each panel's title over it, folded to the panel's width (at most two lines, the full name in
  // its <title>): side by side, six English stage names would run into each other.
  const panel = narrow ? width - marginLeft - marginRight : ((width - marginLeft - marginRight) / Math.max(groups.length, 1)) * (1 - padding);
  const titles = new Map(groups.map((g) => [g, wrapLabel(g, panel - 4, 2)]));
  const lines = Math.max(1, ...[...titles.values()].map((t) => t.split('\n').length));
  const panelHeight = 110;
  return renderFigure(
    {
      width: 640,
      // on a phone each title sits in the gap above its panel, the first in the top margin
      height: narrow ? 64 + groups.length * panelHeight : 200 + lines * LINE,
      marginTop: 24 + lines * LINE,
      marginLeft,
      marginRight,
      marginBottom: 30,
      [facet]: { label: null, domain: groups as string[], padding, axis: null },
      // inset keeps the end years of neighbouring panels from touching
      x: { label: null, ticks: [first, last], tickFormat: (d: number) => String(d), domain: [first, last], inset: 16 },
      y: { label: yLabel, grid: true, domain: y.domain, ticks: y.ticks, tickFormat: y.tickFormat },
      marks: [
        Plot.frame({ stroke: '#ccc' }),
        Plot.text(groups as string[], { [facet]: (g: string) => g, frameAnchor: narrow ? 'top-left' : 'top', textAnchor: narrow ? 'start' : 'middle', lineAnchor: 'bottom', dy: -4, text: (g: string) => titles.get(g), title: (g: string) => g, fontWeight: 'bold' }),
        Plot.lineY(points as SeriesPoint[], { [facet]: 'group', x: 'year', y: 'value', stroke: ACCENT, strokeWidth: 2 }),
        Plot.dot(points.filter((p) => p.value !== null), { [facet]: 'group', x: 'year', y: 'value', fill: ACCENT, r: 2, title: (p: SeriesPoint) => `${p.group} ${p.year}: ${p.text}` }),
        // Withheld (c) or missing (x) years are marked, never left as a silent gap.
        Plot.text(points.filter((p) => p.value === null), { [facet]: 'group', x: 'year', frameAnchor: 'bottom', dy: -4, text: 'text', fill: MUTED, title: (p: SeriesPoint) => `${p.group} ${p.year}: ${p.text}` }),
      ],
    },
    text,
  );
}

export const smallMultiples = cached('smallMultiples', drawSmallMultiples);
