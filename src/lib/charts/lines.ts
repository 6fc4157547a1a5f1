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

/** One symbol drawn for a year, for every line it stands for; `k` stacks a year's different symbols. */
interface Symbol { readonly year: number; readonly text: string; readonly groups: string[]; readonly k: number }

function drawLinesChart({ points, groups, yLabel, ...text }: LinesOptions): string {
  const years = [...new Set(points.map((p) => p.year))].sort();
  const narrow = isNarrow(text);
  // Its words are placeholders here (drawn once for both languages): large numbers in k/M.
  const y = valueAxis(points.map((p) => p.value), { count: narrow ? 4 : 5 });
  const symbols: Symbol[] = [];
  for (const p of points) {
    if (p.value !== null) continue;
    const same = symbols.find((s) => s.year === p.year && s.text === p.text);
    if (same) same.groups.push(p.group);
    else symbols.push({ year: p.year, text: p.text, groups: [p.group], k: symbols.filter((s) => s.year === p.year).length });
  }
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
        Plot.lineY(points as SeriesPoint[], { x: 'year', y: 'value', z: points.some((p) => p.segment !== undefined) ? (p: SeriesPoint) => `${p.group}|${p.segment}` : 'group', stroke: 'group', strokeWidth: 2.5 }),
        Plot.dot(points.filter((p) => p.value !== null), { x: 'year', y: 'value', fill: 'group', r: 3, title: (p: SeriesPoint) => `${p.group} ${p.year}: ${p.text}` }),
        // A year's symbols (x, z, c) are drawn once each, naming every line they stand for, one above another.
        ...[0, 1, 2].map((k) => Plot.text(symbols.filter((s) => s.k === k), { x: 'year', frameAnchor: 'bottom', dy: -6 - 14 * k, text: 'text', fill: MUTED, title: (s: Symbol) => `${s.groups.join(' / ')} ${s.year}: ${s.text}` })),
      ],
    },
    text,
  );
}

// Its layout never depends on its words (the legend is HTML; margins follow the numbers only): drawn once for both languages.
export const linesChart = cached('linesChart', drawLinesChart, { words: true });
