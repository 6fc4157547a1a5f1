/** Horizontal bars for one year's breakdown (stage, urban/rural, level …), each bar labelled. */
import * as Plot from '@observablehq/plot';
import { ACCENT, isNarrow, renderFigure, type FigureText } from './render.ts';
import { blockWidth, isChinese, textWidth, valueAxis, wrapLabel } from './measure.ts';
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
  const narrow = isNarrow(text);
  const rows = bars.map((b) => ({ ...b, shown: b.value ?? 0 }));
  // Category names take at most a third of a phone's drawing, folded onto two lines; the full
  // name is each label's <title>.
  const names = new Map(rows.map((b) => [b.label, wrapLabel(b.label, narrow ? 110 : 200, 2)]));
  const lines = Math.max(1, ...[...names.values()].map((n) => n.split('\n').length));
  const x = valueAxis(rows.map((b) => b.value), { count: narrow ? 3 : 6, chinese: isChinese(xLabel + text.title) });
  const step = lines > 1 ? 36 : 26;
  return renderFigure(
    {
      width: 640,
      height: 52 + rows.length * step,
      marginTop: 10,
      marginBottom: 42,
      marginLeft: Math.ceil(Math.max(16, ...[...names.values()].map((n) => blockWidth(n)))) + 10,
      marginRight: Math.ceil(Math.max(24, ...rows.map((b) => textWidth(b.text)))) + 12,
      x: { label: xLabel, grid: true, domain: x.domain, ticks: x.ticks, tickFormat: x.tickFormat },
      y: { label: null, domain: rows.map((b) => b.label), axis: null },
      marks: [
        Plot.axisY({ tickSize: 0, tickPadding: 8, tickFormat: (l: string) => names.get(l) ?? l, title: (l: string) => l }),
        Plot.barX(rows, { x: 'shown', y: 'label', fill: ACCENT, title: (b: Bar) => `${b.label}: ${b.text}` }),
        Plot.text(rows, { x: 'shown', y: 'label', text: 'text', dx: 6, textAnchor: 'start' }),
        Plot.ruleX([0]),
      ],
    },
    text,
  );
}

export const barChart = cached('barChart', drawBarChart);
