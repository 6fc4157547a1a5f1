/** A sparkline for a home-page tile: the trend's shape, no axes; the tile states the figures. */
import * as Plot from '@observablehq/plot';
import { ACCENT, renderFigure, type FigureText } from './render.ts';
import { cached } from './cache.ts';

function drawSparkline(values: readonly (number | null)[], text: FigureText): string {
  const data = values.map((v, i) => ({ i, v }));
  return renderFigure(
    {
      width: 160,
      height: 40,
      margin: 4,
      axis: null,
      y: { zero: false },
      marks: [Plot.lineY(data, { x: 'i', y: 'v', stroke: ACCENT, strokeWidth: 2 }), Plot.dot(data.slice(-1), { x: 'i', y: 'v', fill: ACCENT, r: 2.5 })],
    },
    text,
  );
}

export const sparkline = cached('sparkline', drawSparkline);
