/** Grouped bars: urban, town and rural side by side for each recent year. */
import * as Plot from '@observablehq/plot';
import { MUTED, PALETTE, isNarrow, renderFigure, type FigureText } from './render.ts';
import { isChinese, valueAxis } from './measure.ts';
import { cached } from './cache.ts';

export interface GroupedBar {
  readonly year: number;
  readonly group: string;
  readonly value: number | null;
  readonly text: string;
}

export interface GroupedOptions extends FigureText {
  readonly bars: readonly GroupedBar[];
  readonly groups: readonly string[];
  readonly yLabel: string;
}

function drawGroupedBars({ bars, groups, yLabel, ...text }: GroupedOptions): string {
  const rows = bars.map((b) => ({ ...b, shown: b.value ?? 0 }));
  const y = valueAxis(rows.map((b) => b.value), { count: isNarrow(text) ? 4 : 5, chinese: isChinese(yLabel + text.title) });
  return renderFigure(
    {
      width: 640,
      height: 280,
      marginTop: 30,
      marginLeft: Math.max(isNarrow(text) ? 36 : 44, y.margin),
      color: { legend: true, domain: groups as string[], range: PALETTE.slice(0, groups.length) as string[] },
      fx: { label: null, tickFormat: (d: number) => String(d) },
      x: { axis: null, domain: groups as string[] },
      y: { label: yLabel, grid: true, domain: y.domain, ticks: y.ticks, tickFormat: y.tickFormat },
      marks: [
        Plot.barY(rows, { fx: 'year', x: 'group', y: 'shown', fill: 'group', title: (b: GroupedBar) => `${b.year} ${b.group}: ${b.text}` }),
        // A withheld (c) or missing (x) bar is labelled at the base, so it does not read as zero.
        Plot.text(rows.filter((b) => b.value === null), { fx: 'year', x: 'group', y: 0, text: 'text', dy: -8, fill: MUTED, title: (b: GroupedBar) => `${b.year} ${b.group}: ${b.text}` }),
        Plot.ruleY([0]),
      ],
    },
    text,
  );
}

export const groupedBars = cached('groupedBars', drawGroupedBars);
