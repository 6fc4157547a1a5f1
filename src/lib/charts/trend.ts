/** Trend line over the years, with the policy target as a rule and the last value labelled. */
import * as Plot from '@observablehq/plot';
import { ACCENT, isNarrow, MUTED, PALETTE, renderFigure, yearAxis, type FigureText } from './render.ts';
import { isChinese, textWidth, valueAxis } from './measure.ts';
import { cached } from './cache.ts';

export interface TrendPoint {
  readonly year: number;
  readonly value: number | null;
  readonly text: string;
  /** points of different segments are not joined (a training cycle's figures start again with each cycle) */
  readonly segment?: number;
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
  const height = narrow ? 240 : 280;
  const y = valueAxis([...shown.map((p) => p.value), target?.value], { zero: zeroBased, count: narrow ? 4 : 5, chinese: isChinese(yLabel + text.title) });
  // The last value is written to the right of its dot when the margin can hold it (a third of
  // a phone's drawing at most), otherwise above it, ending at the dot.
  const lastWidth = last ? textWidth(last.text) * 1.1 + 12 : 0; // bold
  const roomy = lastWidth <= (narrow ? 110 : 160);
  return renderFigure(
    {
      width: 640,
      height,
      marginTop: 30,
      marginLeft: Math.max(narrow ? 36 : 44, y.margin),
      marginRight: roomy ? Math.max(narrow ? 20 : 28, lastWidth) : narrow ? 20 : 28,
      x: yearAxis(years, text),
      y: { label: yLabel, grid: true, domain: y.domain, ticks: y.ticks, tickFormat: y.tickFormat },
      marks: [
        ...(target ? [Plot.ruleY([target.value], { stroke: PALETTE[5], strokeDasharray: '6 4' }), Plot.text([target], { x: Math.max(...years), y: 'value', text: 'label', dy: -8, textAnchor: 'end', fill: PALETTE[5] })] : []),
        Plot.lineY(points as TrendPoint[], { x: 'year', y: 'value', ...(points.some((p) => p.segment !== undefined) ? { z: 'segment' } : {}), stroke: ACCENT, strokeWidth: 2.5 }),
        Plot.dot(shown, { x: 'year', y: 'value', fill: ACCENT, r: 3.5, title: (p: TrendPoint) => `${p.year}: ${p.text}` }),
        ...(last ? [Plot.text([last], roomy ? { x: 'year', y: 'value', text: 'text', dx: 8, textAnchor: 'start', fontWeight: 'bold' } : { x: 'year', y: 'value', text: 'text', dy: -12, textAnchor: 'end', fontWeight: 'bold' })] : []),
        // A withheld (c) or missing (x) year is marked on the axis, never left as a silent gap.
        Plot.text(points.filter((p) => p.value === null), { x: 'year', frameAnchor: 'bottom', dy: -6, text: 'text', fill: MUTED, fontWeight: 'bold', title: (p: TrendPoint) => `${p.year}: ${p.text}` }),
      ],
    },
    text,
  );
}

export const trendChart = cached('trendChart', drawTrendChart);
