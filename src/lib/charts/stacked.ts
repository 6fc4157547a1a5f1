/** Stacked structure bars: each bar is a whole (100%) split into categories, e.g. title or age structure. */
import * as Plot from '@observablehq/plot';
import { PALETTE, isNarrow, renderFigure, type FigureText } from './render.ts';
import { blockWidth, isChinese, wrapLabel } from './measure.ts';
import { cached } from './cache.ts';

export interface Segment {
  /** the bar: a year, or a group such as a stage */
  readonly bar: string;
  /** the part: an age band or a title */
  readonly part: string;
  readonly value: number | null;
  readonly text: string;
}

export interface StackedOptions extends FigureText {
  readonly segments: readonly Segment[];
  readonly parts: readonly string[];
  readonly bars: readonly string[];
  readonly horizontal: boolean;
  readonly valueLabel: string;
}

/** Grey, lighter than any part's colour: the share of a bar held by withheld (c) parts. */
export const WITHHELD_FILL = '#d0d7de';

/**
 * Where parts of a bar are withheld (c), the rest of the whole: one grey segment at the end of
 * the bar naming the withheld parts, so a bar never silently stops short of 100%.
 */
export function withheldRemainders(segments: readonly Segment[], bars: readonly string[], part: string, chinese: boolean): Segment[] {
  return bars.flatMap((bar) => {
    const own = segments.filter((s) => s.bar === bar);
    const hidden = own.filter((s) => s.value === null && s.text.trim() === 'c');
    const shown = own.filter((s) => s.value !== null);
    const rest = 100 - shown.reduce((sum, s) => sum + s.value!, 0);
    if (!hidden.length || rest <= 0.05) return [];
    const names = hidden.map((s) => s.part).join(chinese ? '、' : ', ');
    return [{ bar, part, value: rest, text: chinese ? `${names}：c（不予公布）` : `${names}: c (withheld)` }];
  });
}

function drawStackedBars({ segments, parts, bars, horizontal, valueLabel, ...text }: StackedOptions): string {
  const narrow = isNarrow(text);
  const chinese = isChinese(text.title);
  const withheld = chinese ? '不予公布（c）' : 'Withheld (c)';
  const remainders = withheldRemainders(segments, bars, withheld, chinese);
  const rows = [...segments.map((s) => ({ ...s, shown: s.value ?? 0 })), ...remainders.map((s) => ({ ...s, shown: s.value! }))];
  const order = [...parts, ...(remainders.length ? [withheld] : [])];
  const range = [...PALETTE.slice(0, Math.max(parts.length, 1)), ...(remainders.length ? [WITHHELD_FILL] : [])];
  const color = { legend: true, domain: order, range };
  const title = (s: Segment) => (s.part === withheld ? `${s.bar} · ${s.text}` : `${s.bar} · ${s.part}: ${s.text}`);
  if (horizontal) {
    const names = new Map(bars.map((b) => [b, wrapLabel(b, narrow ? 100 : 180, 2)]));
    const lines = Math.max(1, ...[...names.values()].map((n) => n.split('\n').length));
    const step = lines > 1 ? 36 : 30;
    return renderFigure(
      {
        width: 640, height: 52 + bars.length * step, marginTop: 10, marginBottom: 42, marginRight: 20, color,
        marginLeft: Math.ceil(Math.max(16, ...[...names.values()].map((n) => blockWidth(n)))) + 10,
        x: { label: valueLabel, domain: [0, 100], ticks: narrow ? [0, 50, 100] : [0, 20, 40, 60, 80, 100] },
        y: { label: null, domain: bars as string[], axis: null },
        marks: [
          Plot.axisY({ tickSize: 0, tickPadding: 8, tickFormat: (b: string) => names.get(b) ?? b, title: (b: string) => b }),
          Plot.barX(rows, { x: 'shown', y: 'bar', fill: 'part', order, title }),
          // the withheld part says c where it is wide enough to hold it, for print and greyscale
          Plot.text(remainders.filter((s) => s.value! >= 4), { x: (s: Segment) => 100 - s.value! / 2, y: 'bar', text: () => 'c', fill: '#3d444d', title }),
          Plot.ruleX([0]),
        ],
      },
      text,
    );
  }
  return renderFigure(
    {
      width: 640, height: 300, marginTop: 30, color,
      // On a phone every other year is labelled, so the labels do not overlap.
      x: { label: null, domain: bars as string[], tickFormat: (d: string, i: number) => (narrow && i % 2 ? '' : d) },
      y: { label: valueLabel, domain: [0, 100] },
      marks: [
        Plot.barY(rows, { x: 'bar', y: 'shown', fill: 'part', order, title }),
        Plot.text(remainders.filter((s) => s.value! >= 6), { x: 'bar', y: (s: Segment) => 100 - s.value! / 2, text: () => 'c', fill: '#3d444d', title }),
        Plot.ruleY([0]),
      ],
    },
    text,
  );
}

export const stackedBars = cached('stackedBars', drawStackedBars);
