/** Small measure builders the indicator files share, so each file reads as its definition. */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Row, YearContext } from './context.ts';
import type { Bilingual, Measure } from './types.ts';

export const share = (numerator: ColumnTable, denominator: ColumnTable, per = 100): Measure => ({ kind: 'ratio', numerator, denominator, per });

/** Rows whose column holds one of the values. */
export const where = (table: ColumnTable, column: string, values: readonly string[]): ColumnTable =>
  table.filter(aq.escape((d: Row) => values.includes(d[column])));

/** Rows of the funds table for one 项目. */
export const fundsItem = (ctx: YearContext, item: string): ColumnTable | null => {
  const funds = ctx.table('funds');
  return funds ? where(funds, 'item', [item]) : null;
};

export const FIRST_YEAR_NOTE: Bilingual = {
  zh: '需要上一年度的名册作比较，本年为数据的第一年或上一年缺少名册。',
  en: 'Needs the previous year’s roster to compare with; this is the first year of data or the previous roster is missing.',
};

export const BACHELOR_PLUS = ['研究生', '本科'] as const;
export const SENIOR_TITLES = ['正高级', '高级'] as const;
