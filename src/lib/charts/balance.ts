/**
 * The 优质均衡 review's two figures (../review/balance.ts): each school against the line of one
 * measure (a dot per school, filled where it reaches the line, hollow where it falls short, so
 * the difference reads without colour), and each measure's difference coefficient over the
 * years against the highest the rule allows.
 */
import * as Plot from '@observablehq/plot';
import { ACCENT, isNarrow, MUTED, PALETTE, renderFigure, yearAxis, type FigureText } from './render.ts';
import { cached } from './cache.ts';
import type { SeriesPoint } from './multiples.ts';

export interface SchoolAgainstLine {
  readonly label: string;
  readonly value: number;
  readonly text: string;
  readonly pass: boolean;
}

export interface AgainstLineOptions extends FigureText {
  readonly schools: readonly SchoolAgainstLine[];
  readonly line: { readonly value: number; readonly label: string };
  readonly xLabel: string;
}

function drawAgainstLine({ schools, line, xLabel, ...text }: AgainstLineOptions): string {
  const narrow = isNarrow(text);
  const rows = [...schools].sort((a, b) => b.value - a.value);
  // Labels fit the margin: a long English name is cut with an ellipsis (the table and tooltip keep it whole).
  const room = narrow ? 140 : 250;
  const widthOf = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2e80 ? 7.4 : 12.5), 0);
  const fit = (s: string) => {
    if (widthOf(s) <= room) return s;
    let cut = [...s];
    while (cut.length > 1 && widthOf(cut.join('') + '…') > room) cut = cut.slice(0, -1);
    return cut.join('').trimEnd() + '…';
  };
  const longest = Math.max(...rows.map((s) => widthOf(fit(s.label))), 24);
  return renderFigure(
    {
      width: 640,
      height: 44 + rows.length * 16,
      marginLeft: Math.min(room + 16, 16 + longest),
      marginRight: narrow ? 40 : 56,
      x: { label: xLabel, grid: true, nice: true, zero: true, axis: 'top' },
      y: { label: null, domain: rows.map((s) => s.label), tickSize: 0, tickFormat: fit },
      marks: [
        Plot.ruleX([line.value], { stroke: PALETTE[5], strokeDasharray: '6 4' }),
        Plot.text([line], { x: 'value', frameAnchor: 'bottom', text: 'label', dx: 4, dy: -2, textAnchor: 'start', fill: PALETTE[5] }),
        Plot.ruleY(rows, { y: 'label', x1: 0, x2: 'value', stroke: MUTED, strokeOpacity: 0.35 }),
        Plot.dot(rows, { x: 'value', y: 'label', r: 4, stroke: (s: SchoolAgainstLine) => (s.pass ? ACCENT : PALETTE[5]), fill: (s: SchoolAgainstLine) => (s.pass ? ACCENT : 'white'), strokeWidth: 1.5, title: (s: SchoolAgainstLine) => `${s.label}: ${s.text}` }),
      ],
    },
    text,
  );
}

export interface CoefficientTrendOptions extends FigureText {
  readonly points: readonly SeriesPoint[];
  readonly groups: readonly string[];
  readonly max: { readonly value: number; readonly label: string };
  readonly yLabel: string;
}

function drawCoefficientTrend({ points, groups, max, yLabel, ...text }: CoefficientTrendOptions): string {
  const years = [...new Set(points.map((p) => p.year))].sort();
  const narrow = isNarrow(text);
  return renderFigure(
    {
      width: 640,
      height: narrow ? 240 : 280,
      marginLeft: narrow ? 44 : 56,
      marginRight: narrow ? 16 : 24,
      color: { legend: true, domain: groups as string[], range: PALETTE.slice(0, groups.length) as string[] },
      x: yearAxis(years, text),
      y: { label: yLabel, grid: true, zero: true, nice: true, domain: [0, Math.max(max.value * 1.2, ...points.map((p) => p.value ?? 0)) ] },
      marks: [
        Plot.ruleY([max.value], { stroke: PALETTE[5], strokeDasharray: '6 4' }),
        Plot.text([max], { x: Math.max(...years), y: 'value', text: 'label', dy: -8, textAnchor: 'end', fill: PALETTE[5] }),
        Plot.lineY(points as SeriesPoint[], { x: 'year', y: 'value', z: 'group', stroke: 'group', strokeWidth: 2.5 }),
        Plot.dot(points.filter((p) => p.value !== null), { x: 'year', y: 'value', fill: 'group', r: 3, title: (p: SeriesPoint) => `${p.group} ${p.year}: ${p.text}` }),
        Plot.text(points.filter((p) => p.value === null), { x: 'year', frameAnchor: 'bottom', dy: -6, text: 'text', fill: MUTED, title: (p: SeriesPoint) => `${p.group} ${p.year}: ${p.text}` }),
      ],
    },
    text,
  );
}

export const againstLineChart = cached('againstLineChart', drawAgainstLine);
export const coefficientTrendChart = cached('coefficientTrendChart', drawCoefficientTrend);
