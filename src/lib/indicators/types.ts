/**
 * What an indicator is: one declaration drives its names, unit, definition, breakdowns,
 * pages, tables and downloads (INDICATORS.md). Values come from `measure`, which returns
 * Arquero tables; the engine does the grouping, ratios and disclosure control.
 */
import type { ColumnTable } from 'arquero';
import type { SiteConfig } from '../config.ts';
import type { TableKind } from '../ingest/schema.ts';
import type { YearContext } from './context.ts';
import type { Fingerprint } from './fingerprint.ts';

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export type Theme = 'workforce' | 'recruitment' | 'exchange' | 'training' | 'degree' | 'titles' | 'recognition' | 'rural' | 'exits' | 'funds';

/** Breakdown dimensions (INDICATORS.md letters: S U X C L M T K, plus the ones their tables carry). */
export type DimensionId =
  | 'total' | 'stage' | 'locality' | 'sex' | 'school' | 'level' | 'form' | 'mode' | 'direction' | 'role'
  | 'channel' | 'title' | 'exitType' | 'honourCategory' | 'backbone' | 'ageBand'
  /** who an exit record is: last year's full-time teacher, other staff, or not on last year's roster */
  | 'exitPerson'
  /** how a teacher who left full-time teaching left: with an exit record, to another post, or without a record */
  | 'leaveRoute'
  /** schools of the same stages and urban/rural class (小学·乡村): every indicator given per school has it too */
  | 'peer';

/** persons: people counted once; person-times: attendances (培训人次); awards: honours, a person honoured twice counted twice (人次). */
export type Unit = 'persons' | 'person-times' | 'awards' | 'percent' | 'years' | 'hours' | 'ratio' | 'staffRatio' | 'yuan' | 'points' | 'per100';

/** `c` suppressed, `x` not available (no source data), `z` not applicable (DfE/ONS symbols). */
export type StatSymbol = '' | 'c' | 'x' | 'z';

/**
 * How an indicator's value is made from rows, per category of a breakdown:
 * - count: rows; sum: Σ column (money, not people);
 * - ratio: count(numerator) / count(denominator) × per;
 * - mean: Σ column / rows; perHead: Σ column of numerator rows / count(denominator) × per;
 * - distribution: each category of `column` as a share of its group (structure charts);
 * - difference: count(current) − count(previous);
 * - gap: ratio in category `minuend` − ratio in `subtrahend` of `column`, in percentage points.
 */
export type Measure =
  | { readonly kind: 'count'; readonly rows: ColumnTable }
  | { readonly kind: 'sum'; readonly rows: ColumnTable; readonly column: string; readonly people?: boolean }
  | { readonly kind: 'ratio'; readonly numerator: ColumnTable; readonly denominator: ColumnTable; readonly per: number }
  | { readonly kind: 'mean'; readonly rows: ColumnTable; readonly column: string }
  | { readonly kind: 'perHead'; readonly numerator: ColumnTable; readonly column: string; readonly denominator: ColumnTable; readonly per: number }
  | { readonly kind: 'distribution'; readonly rows: ColumnTable; readonly column: DimensionId }
  | { readonly kind: 'difference'; readonly current: ColumnTable; readonly previous: ColumnTable }
  | { readonly kind: 'gap'; readonly numerator: ColumnTable; readonly denominator: ColumnTable; readonly column: string; readonly minuend: string; readonly subtrahend: string };

export interface Target {
  readonly value: number;
  /** which side of the target meets it */
  readonly direction: 'atLeast' | 'atMost';
  readonly label: Bilingual;
  readonly source: string;
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
  /** how the figure is made, in words a reader follows (not code) */
  readonly formula: Bilingual;
  readonly sources: readonly TableKind[];
  readonly breakdowns: readonly Exclude<DimensionId, 'total'>[];
  /** the policy target, read from site.yaml where provinces differ */
  readonly target?: (config: SiteConfig) => Target;
  readonly caveat?: Bilingual;
  /**
   * The school stages the definition covers (交流轮岗: 小学 and 初中). Per school, a school
   * teaching none of them is `z`, not a count of 0.
   */
  readonly stages?: readonly string[];
  /**
   * For a gap between two published rates: where they are, so the page shows both lines, not
   * only their difference.
   */
  readonly compares?: { readonly indicator: string; readonly dimension: DimensionId; readonly minuend: string; readonly subtrahend: string };
  /** An indicator that measures this one against its policy target (exchange_rate → exchange_rate_eligible). */
  readonly policyMeasure?: string;
  /**
   * The figure accumulates over the five-year training cycle its year falls in (site.yaml
   * `training_cycle_start`) and starts again with each cycle: the last year of one cycle and the
   * first of the next measure different cycles, so a year is compared only with years of its own.
   */
  readonly period?: 'trainingCycle';
  /** categories a definition excludes, published as `z` so a reader sees they were not forgotten */
  readonly notApplicable?: Partial<Record<DimensionId, readonly string[]>>;
  /** Why a year has no value, when `measure` returns a string instead of a measure (→ symbol x). */
  readonly measure: (ctx: YearContext) => Measure | null | undefined | { readonly unavailable: Bilingual };
}

/** One published figure: a (year, indicator, dimension, category) cell of the tidy table. */
export interface Estimate {
  readonly year: number;
  readonly indicator: string;
  /** a breakdown id, or `stage:ageBand` for a distribution within a breakdown */
  readonly dimension: string;
  readonly category: string;
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly symbol: StatSymbol;
  /** what disclosure control protects: a count of people, a share of people, an average over people, money, or a derived figure */
  readonly basis: 'count' | 'share' | 'average' | 'amount' | 'derived';
  /** the reason for an `x`, when there is one */
  readonly note?: Bilingual;
  /**
   * The fingerprints of the rows behind the numerator (or count) and the denominator, for
   * disclosure control across indicators; removed before anything is published.
   */
  readonly trace?: { readonly num?: Fingerprint | null; readonly den?: Fingerprint | null };
}

export type { Fingerprint };

export const defineIndicator = (indicator: Indicator): Indicator => indicator;
