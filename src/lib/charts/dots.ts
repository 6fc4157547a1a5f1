/** A school dot plot: one dot per school along the value axis, a row per urban/rural class. */
import * as Plot from '@observablehq/plot';
import { PALETTE, isNarrow, renderFigure, type FigureText } from './render.ts';
import { cached } from './cache.ts';

export interface SchoolDot {
  readonly school: string;
  readonly group: string;
  readonly value: number;
  readonly text: string;
}

export interface DotOptions extends FigureText {
  readonly dots: readonly SchoolDot[];
  readonly groups: readonly string[];
  readonly xLabel: string;
}

function drawSchoolDots({ dots, groups, xLabel, ...text }: DotOptions): string {
  return renderFigure(
    {
      width: 640,
      height: 50 + groups.length * 40,
      marginLeft: isNarrow(text) ? 64 : 90,
      color: { domain: groups as string[], range: PALETTE.slice(0, groups.length) as string[] },
      x: { label: xLabel, grid: true, nice: true, zero: true },
      y: { label: null, domain: groups as string[] },
      marks: [
        Plot.dot(dots as SchoolDot[], { x: 'value', y: 'group', stroke: 'group', r: 4, strokeWidth: 1.5, title: (d: SchoolDot) => `${d.school}: ${d.text}` }),
      ],
    },
    text,
  );
}

/**
 * Past SCHOOL_DOTS_MAX schools a dot per school makes a page of megabytes (a province has
 * 14,000): the schools are drawn as a histogram per urban/rural class instead, whatever their number.
 */
export const SCHOOL_DOTS_MAX = 150;

function drawSchoolHistogram({ dots, groups, xLabel, ...text }: DotOptions): string {
  return renderFigure(
    {
      width: 640,
      height: 40 + groups.length * 70,
      marginLeft: isNarrow(text) ? 64 : 90,
      color: { domain: groups as string[], range: PALETTE.slice(0, groups.length) as string[] },
      x: { label: xLabel, grid: true, nice: true, zero: true },
      y: { label: null, axis: null },
      fy: { label: null, domain: groups as string[] },
      facet: { data: dots as SchoolDot[], y: 'group' },
      marks: [
        Plot.rectY(dots as SchoolDot[], Plot.binX<Plot.RectYOptions>({ y: 'count', title: 'count' }, { x: 'value', fill: 'group', inset: 0.5, thresholds: 20 })),
      ],
    },
    text,
  );
}

export const schoolDots = cached('schoolDots', drawSchoolDots);

export const schoolHistogram = cached('schoolHistogram', drawSchoolHistogram);
