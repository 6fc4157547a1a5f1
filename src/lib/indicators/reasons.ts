/**
 * Why an indicator is `x` (not available) in a year, in words a reader and a clerk follow. The
 * reasons are made where the x is made (evaluate.ts), from the same facts: a source table the
 * year does not have, a column its files lack, or the indicator's own note (no previous year …).
 * `check` prints them grouped by year and reason (coverage.ts); the indicator page shows them per year.
 *
 * A reason names only table kinds, column names and years: never a person or a value.
 */
import { tableSpec, type TableKind } from '../ingest/schema.ts';
import type { YearContext } from './context.ts';
import type { Bilingual, Indicator } from './types.ts';

/** A table kind as a reason names it: 教职工名册 and 培训记录 are nouns already, 减员 becomes 减员表. */
const tableNoun = (kind: TableKind): Bilingual => {
  const spec = tableSpec(kind);
  return { zh: /(名册|记录|表)$/.test(spec.zh) ? `“${spec.zh}”` : `“${spec.zh}”表`, en: `${spec.en} table` };
};

const orList = (items: readonly string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

/** The source tables of an indicator that a year does not have. */
export const missingSources = (indicator: Indicator, ctx: Pick<YearContext, 'has'>): TableKind[] => indicator.sources.filter((k) => !ctx.has(k));

/** Why an indicator has no measure in a year: the source tables the year lacks, or (none lacking) too little data. */
export function missingSourcesNote(indicator: Indicator, ctx: Pick<YearContext, 'has'>): Bilingual {
  const kinds = missingSources(indicator, ctx);
  if (kinds.length === 0) return { zh: '该年的数据不足以计算本指标。', en: 'That year’s data are not enough to compute it.' };
  const nouns = kinds.map(tableNoun);
  return {
    zh: `没有${nouns.map((n) => n.zh).join('、')}（数据未报送）。`,
    en: `No ${orList(nouns.map((n) => n.en))} was supplied.`,
  };
}

/** Why an indicator that reads a column is x: which of its source tables lacks it. */
export function missingColumnNote(indicator: Indicator, header: string, key: string): Bilingual {
  const kind = indicator.sources.find((k) => tableSpec(k).fields.some((f) => f.key === key));
  if (!kind) return { zh: `源数据没有“${header}”列。`, en: `The source data has no ${header} column.` };
  const spec = tableSpec(kind);
  return { zh: `${spec.zh}没有“${header}”列。`, en: `The ${spec.en} has no ${header} column.` };
}
