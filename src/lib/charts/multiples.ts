/** Small multiples: one small trend per group (学段), sharing the y scale so panels compare. */
import * as Plot from '@observablehq/plot';
import { ACCENT, isNarrow, MUTED, renderFigure, type FigureText } from './render.ts';
import { cached } from './cache.ts';

export interface SeriesPoint {
  readonly group: string;
  readonly year: number;
  readonly value: number | null;
  readonly text: string;
}

export interface MultiplesOptions extends FigureText {
  readonly points: readonly SeriesPoint[];
  readonly groups: readonly string[];
  readonly yLabel: string;
}

function drawSmallMultiples({ points, groups, yLabel, ...text }: MultiplesOptions): string {
  const years = [...new Set(points.map((p) => p.year))].sort();
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  // On a phone the panels stack, one per row, instead of six side by side.
  const narrow = isNarrow(text);
  const facet = narrow ? 'fy' : 'fx';
  return renderFigure(
    {
      width: 640,
      height: narrow ? 40 + groups.length * 110 : 220,
      marginLeft: 48,
      marginRight: narrow ? 56 : 20,
      marginBottom: 30,
      [facet]: { label: null, domain: groups as string[], padding: 0.15 },
      // inset keeps the end years of neighbouring panels from touching
      x: { label: null, ticks: [first, last], tickFormat: (d: number) => String(d), domain: [first, last], inset: 16 },
      y: { label: yLabel, grid: true, zero: true, nice: true },
      marks: [
        Plot.frame({ stroke: '#ccc' }),
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
