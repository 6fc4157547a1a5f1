/**
 * Two or more lines over the years on one scale (the urban and rural rates behind a gap; a
 * school beside similar schools and the area), named in a legend: labels at the line ends
 * collide when the lines run close.
 */
import * as Plot from '@observablehq/plot';
import type { SeriesPoint } from './multiples.ts';
import { isNarrow, MUTED, PALETTE, renderFigure, yearAxis, type FigureText } from './render.ts';
import { valueAxis } from './measure.ts';
import { cached } from './cache.ts';

export interface LinesOptions extends FigureText {
  readonly points: readonly SeriesPoint[];
  readonly groups: readonly string[];
  readonly yLabel: string;
}

function drawLinesChart({ points, groups, yLabel, ...text }: LinesOptions): string {
  const years = [...new Set(points.map((p) => p.year))].sort();
  const narrow = isNarrow(text);
  // Its words are placeholders here (drawn once for both languages): large numbers in k/M.
  const y = valueAxis(points.map((p) => p.value), { count: narrow ? 4 : 5 });
  return renderFigure(
    {
      width: 640,
      height: narrow ? 240 : 280,
      marginTop: 30,
      marginLeft: Math.max(narrow ? 36 : 44, y.margin),
      marginRight: narrow ? 16 : 24,
      color: { legend: groups.length > 1, domain: groups as string[], range: PALETTE.slice(0, groups.length) as string[] },
      x: yearAxis(years, text),
      // Rates are read as sizes: the axis starts at zero.
      y: { label: yLabel, grid: true, domain: y.domain, ticks: y.ticks, tickFormat: y.tickFormat },
      marks: [
        Plot.lineY(points as SeriesPoint[], { x: 'year', y: 'value', z: 'group', stroke: 'group', strokeWidth: 2.5 }),
        Plot.dot(points.filter((p) => p.value !== null), { x: 'year', y: 'value', fill: 'group', r: 3, title: (p: SeriesPoint) => `${p.group} ${p.year}: ${p.text}` }),
        Plot.text(points.filter((p) => p.value === null), { x: 'year', frameAnchor: 'bottom', dy: -6, text: 'text', fill: MUTED, title: (p: SeriesPoint) => `${p.group} ${p.year}: ${p.text}` }),
      ],
    },
    text,
  );
}

// Its layout never depends on its words (the legend is HTML; margins follow the numbers only): drawn once for both languages.
export const linesChart = cached('linesChart', drawLinesChart, { words: true });
