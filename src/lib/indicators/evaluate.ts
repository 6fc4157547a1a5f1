/**
 * Turns an indicator's measure into estimates: the total and one row per category of each
 * breakdown, counted with Arquero. A year without the source table gives `x`, never 0.
 */
import { op } from 'arquero';
import type { ColumnTable } from 'arquero';
import type { YearContext } from './context.ts';
import { DIMENSIONS, sortCategories, TOTAL_CATEGORY, UNKNOWN_CATEGORY } from './dimensions.ts';
import type { DimensionId, Estimate, Indicator, Measure } from './types.ts';

/** Counts rows per category of a column (null and empty → 不详). */
function countBy(table: ColumnTable, column: string | null): Map<string, number> {
  if (column === null) return new Map([[TOTAL_CATEGORY, table.numRows()]]);
  const counts = table.groupby(column).rollup({ n: op.count() }).objects() as Record<string, unknown>[];
  const out = new Map<string, number>();
  for (const r of counts) {
    const c = r[column] === null || r[column] === undefined || r[column] === '' ? UNKNOWN_CATEGORY : String(r[column]);
    out.set(c, (out.get(c) ?? 0) + Number(r['n']));
  }
  return out;
}

function estimatesFor(indicator: Indicator, year: number, dimension: DimensionId, measure: Measure): Estimate[] {
  const dim = DIMENSIONS[dimension];
  const base = { year, indicator: indicator.id, dimension };
  if (measure.kind === 'count') {
    const counts = countBy(measure.rows, dim.column);
    return sortCategories(dim, counts.keys()).map((category) => {
      const n = counts.get(category)!;
      return { ...base, category, value: n, numerator: n, denominator: null, symbol: '' };
    });
  }
  const num = countBy(measure.numerator, dim.column);
  const den = countBy(measure.denominator, dim.column);
  return sortCategories(dim, den.keys()).map((category) => {
    const n = num.get(category) ?? 0;
    const d = den.get(category)!;
    return { ...base, category, value: d > 0 ? (n / d) * measure.per : null, numerator: n, denominator: d, symbol: d > 0 ? '' : 'z' };
  });
}

/** Every estimate of one indicator for one year, before disclosure control. */
export function evaluate(indicator: Indicator, ctx: YearContext): Estimate[] {
  const measure = indicator.measure(ctx);
  if (!measure) {
    return [{ year: ctx.year, indicator: indicator.id, dimension: 'total', category: TOTAL_CATEGORY, value: null, numerator: null, denominator: null, symbol: 'x' }];
  }
  return (['total', ...indicator.breakdowns] as DimensionId[]).flatMap((d) => estimatesFor(indicator, ctx.year, d, measure));
}
