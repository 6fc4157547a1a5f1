/** Stacked structure bars: each bar is a whole (100%) split into categories, e.g. title or age structure. */
import * as Plot from '@observablehq/plot';
import { PALETTE, isNarrow, renderFigure, type FigureText } from './render.ts';
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

function drawStackedBars({ segments, parts, bars, horizontal, valueLabel, ...text }: StackedOptions): string {
  const rows = segments.map((s) => ({ ...s, shown: s.value ?? 0 }));
  const color = { legend: true, domain: parts as string[], range: PALETTE.slice(0, Math.max(parts.length, 1)) as string[] };
  const title = (s: Segment) => `${s.bar} · ${s.part}: ${s.text}`;
  return renderFigure(
    horizontal
      ? {
          width: 640, height: 50 + bars.length * 30, marginLeft: isNarrow(text) ? 90 : 120, color,
          x: { label: valueLabel, domain: [0, 100] },
          y: { label: null, domain: bars as string[] },
          marks: [Plot.barX(rows, { x: 'shown', y: 'bar', fill: 'part', order: parts as string[], title }), Plot.ruleX([0])],
        }
      : {
          width: 640, height: 300, color,
          // On a phone every other year is labelled, so the labels do not overlap.
          x: { label: null, domain: bars as string[], tickFormat: (d: string, i: number) => (isNarrow(text) && i % 2 ? '' : d) },
          y: { label: valueLabel, domain: [0, 100] },
          marks: [Plot.barY(rows, { x: 'bar', y: 'shown', fill: 'part', order: parts as string[], title }), Plot.ruleY([0])],
        },
    text,
  );
}

export const stackedBars = cached('stackedBars', drawStackedBars);
