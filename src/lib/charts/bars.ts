/** Horizontal bars for one year's breakdown (stage, urban/rural, level …), each bar labelled. */
import * as Plot from '@observablehq/plot';
import { ACCENT, isNarrow, renderFigure, type FigureText } from './render.ts';
import { cached } from './cache.ts';

export interface Bar {
  readonly label: string;
  readonly value: number | null;
  readonly text: string;
}

export interface BarOptions extends FigureText {
  readonly bars: readonly Bar[];
  readonly xLabel: string;
}

function drawBarChart({ bars, xLabel, ...text }: BarOptions): string {
  const rows = bars.map((b) => ({ ...b, shown: b.value ?? 0 }));
  const longest = Math.max(...rows.map((b) => [...b.label].length), 2);
  return renderFigure(
    {
      width: 640,
      height: 36 + rows.length * 26,
      marginLeft: Math.min(isNarrow(text) ? 120 : 200, 14 + longest * 13),
      marginRight: isNarrow(text) ? 64 : 80,
      x: { label: xLabel, grid: true, nice: true },
      y: { label: null, domain: rows.map((b) => b.label) },
      marks: [
        Plot.barX(rows, { x: 'shown', y: 'label', fill: ACCENT, title: (b: Bar) => `${b.label}: ${b.text}` }),
        Plot.text(rows, { x: 'shown', y: 'label', text: 'text', dx: 6, textAnchor: 'start' }),
        Plot.ruleX([0]),
      ],
    },
    text,
  );
}

export const barChart = cached('barChart', drawBarChart);
