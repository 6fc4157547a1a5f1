/** Trend line over the years, with the policy target as a rule and the last value labelled. */
import * as Plot from '@observablehq/plot';
import { ACCENT, isNarrow, MUTED, PALETTE, renderFigure, yearAxis, type FigureText } from './render.ts';
import { cached } from './cache.ts';

export interface TrendPoint {
  readonly year: number;
  readonly value: number | null;
  readonly text: string;
}

export interface TrendOptions extends FigureText {
  readonly points: readonly TrendPoint[];
  readonly target?: { readonly value: number; readonly label: string };
  readonly yLabel: string;
  readonly zeroBased?: boolean;
}

function drawTrendChart({ points, target, yLabel, zeroBased = true, ...text }: TrendOptions): string {
  const shown = points.filter((p) => p.value !== null);
  const last = shown[shown.length - 1];
  const years = points.map((p) => p.year);
  const narrow = isNarrow(text);
  return renderFigure(
    {
      width: 640,
      height: narrow ? 240 : 280,
      marginLeft: narrow ? 44 : 56,
      marginRight: narrow ? 56 : 72,
      x: yearAxis(years, text),
      y: { label: yLabel, grid: true, zero: zeroBased, nice: true },
      marks: [
        ...(target ? [Plot.ruleY([target.value], { stroke: PALETTE[5], strokeDasharray: '6 4' }), Plot.text([target], { x: Math.max(...years), y: 'value', text: 'label', dy: -8, textAnchor: 'end', fill: PALETTE[5] })] : []),
        Plot.lineY(points as TrendPoint[], { x: 'year', y: 'value', stroke: ACCENT, strokeWidth: 2.5 }),
        Plot.dot(shown, { x: 'year', y: 'value', fill: ACCENT, r: 3.5, title: (p: TrendPoint) => `${p.year}: ${p.text}` }),
        ...(last ? [Plot.text([last], { x: 'year', y: 'value', text: 'text', dx: 8, textAnchor: 'start', fontWeight: 'bold' })] : []),
        // A withheld (c) or missing (x) year is marked on the axis, never left as a silent gap.
        Plot.text(points.filter((p) => p.value === null), { x: 'year', frameAnchor: 'bottom', dy: -6, text: 'text', fill: MUTED, fontWeight: 'bold', title: (p: TrendPoint) => `${p.year}: ${p.text}` }),
      ],
    },
    text,
  );
}

export const trendChart = cached('trendChart', drawTrendChart);
