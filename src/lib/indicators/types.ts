/**
 * What an indicator is: one declaration drives its names, unit, definition, breakdowns,
 * pages, tables and downloads (INDICATORS.md). Values come from `measure`, which returns
 * Arquero tables; the engine does the grouping, ratios and disclosure control.
 */
import type { ColumnTable } from 'arquero';
import type { TableKind } from '../ingest/schema.ts';
import type { YearContext } from './context.ts';

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export type Theme = 'workforce' | 'recruitment' | 'exchange' | 'training' | 'degree' | 'titles' | 'recognition' | 'rural' | 'exits' | 'funds';

export type DimensionId = 'total' | 'stage' | 'locality' | 'sex' | 'school' | 'level' | 'form';

export type Unit = 'persons' | 'person-times' | 'percent';

/** `c` suppressed, `x` not available (no source data), `z` not applicable (DfE/ONS symbols). */
export type StatSymbol = '' | 'c' | 'x' | 'z';

/** Rows to count, or a ratio of two row sets counted over the same breakdown columns. */
export type Measure =
  | { readonly kind: 'count'; readonly rows: ColumnTable }
  | { readonly kind: 'ratio'; readonly numerator: ColumnTable; readonly denominator: ColumnTable; readonly per: number };

export interface Target {
  readonly value: number;
  readonly label: Bilingual;
}

export interface Indicator {
  readonly id: string;
  readonly theme: Theme;
  readonly name: Bilingual;
  /** a short name for tiles and axis labels */
  readonly short: Bilingual;
  readonly unit: Unit;
  readonly decimals: number;
  readonly definition: Bilingual;
  readonly formula: string;
  readonly sources: readonly TableKind[];
  readonly breakdowns: readonly Exclude<DimensionId, 'total'>[];
  readonly target?: Target;
  readonly caveat?: Bilingual;
  /** null when a source table is missing for the year (→ symbol x) */
  readonly measure: (ctx: YearContext) => Measure | null;
}

/** One published figure: a (year, indicator, dimension, category) cell of the tidy table. */
export interface Estimate {
  readonly year: number;
  readonly indicator: string;
  readonly dimension: DimensionId;
  readonly category: string;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly symbol: StatSymbol;
}

export const defineIndicator = (indicator: Indicator): Indicator => indicator;
