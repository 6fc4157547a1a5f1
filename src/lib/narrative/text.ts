/**
 * Narrative text as segments: plain words, and numbers linked to the indicator they come
 * from, so every figure in a report can be traced to its definition and trend.
 */
import type { Lang } from '../../i18n/ui.ts';
import { DIMENSIONS, sortCategories } from '../indicators/dimensions.ts';
import type { DimensionId, Estimate } from '../indicators/types.ts';
import type { IndicatorData, SiteData } from '../site/data.ts';
import { formatChange, formatEstimate } from '../site/format.ts';
import { comparableYears, trainingCycle } from '../site/views.ts';
import { meetsTarget } from '../indicators/verdict.ts';

export type Segment = string | { readonly text: string; readonly indicator: string };
export type Paragraph = readonly Segment[];

/** Looks figures up in the site data; nothing here computes an indicator. */
export class Figures {
  readonly #data: SiteData;
  readonly year: number;
  readonly lang: Lang;
  constructor(data: SiteData, year: number, lang: Lang) {
    this.#data = data;
    this.year = year;
    this.lang = lang;
  }

  indicator(id: string): IndicatorData {
    const ind = this.#data.indicators.find((i) => i.id === id);
    if (!ind) throw new Error(`narrative uses unknown indicator ${id}`);
    return ind;
  }

  get(id: string, dimension = 'total', category = '全部', year = this.year): Estimate | undefined {
    return this.indicator(id).estimates.find((e) => e.year === year && e.dimension === dimension && e.category === category);
  }

  /** True when the figure can be stated: present, not suppressed, not missing. */
  has(id: string, dimension = 'total', category = '全部', year = this.year): boolean {
    const e = this.get(id, dimension, category, year);
    return e !== undefined && e.symbol === '' && e.value !== null;
  }

  /** True when the year's total was supplied: stated (has) or withheld (c), not missing (x). */
  supplied(id: string): boolean {
    return this.has(id) || this.get(id)?.symbol === 'c';
  }

  /**
   * A linked number with its unit: "4,113人", "18.8%". Clauses are built eagerly and kept
   * only when `has()` allowed them, so a missing figure yields its symbol here, never a throw.
   */
  n(id: string, dimension = 'total', category = '全部'): Segment {
    const ind = this.indicator(id);
    const e = this.get(id, dimension, category);
    return { text: e ? formatEstimate(e, ind, this.lang, true) : 'x', indicator: id };
  }

  /** The size of a difference without its sign, linked: "1.0个百分点" (the words say which way). */
  size(id: string): Segment {
    const ind = this.indicator(id);
    const e = this.get(id);
    return { text: e && e.value !== null ? formatEstimate({ ...e, value: Math.abs(e.value) }, ind, this.lang, true) : 'x', indicator: id };
  }

  /** "比上年增加36人，增长0.9%" / "up 36 (0.9%) on the previous year", or null (also when the previous year is another training cycle's). */
  change(id: string, dimension = 'total', category = '全部'): string | null {
    if (!comparableYears(this.indicator(id), this.year, this.year - 1, this.#data)) return null;
    return formatChange(this.get(id, dimension, category), this.get(id, dimension, category, this.year - 1), this.indicator(id), this.lang);
  }

  /** The training cycle the year falls in (site.yaml), the hours it asks for, and whether it is still running. */
  cycle(): { start: number; end: number; hours: number; unfinished: boolean } {
    const { start, end } = trainingCycle(this.#data, this.year);
    return { start, end, hours: this.#data.policy.training_cycle_hours, unfinished: this.year < end };
  }

  /** Whether the year is the first of the data (nothing before it to compare with). */
  get firstYear(): boolean {
    return this.year === this.#data.years[0];
  }

  /** The first later year whose bureau-wide figure is stated, or null. */
  nextYearWith(id: string): number | null {
    const later = this.indicator(id).estimates.filter((e) => e.dimension === 'total' && e.year > this.year && e.symbol === '' && e.value !== null);
    return later.length ? Math.min(...later.map((e) => e.year)) : null;
  }

  /**
   * Every category of a breakdown with a figure this year, published or withheld (c), in the
   * order of the dimension's vocabulary (国家级、省级 … 其他; 不详 last): a listing of them adds up
   * to the total, or says which parts cannot be published.
   */
  every(id: string, dimension: DimensionId): { category: string; withheld: boolean }[] {
    const shown = this.indicator(id).estimates.filter((e) => e.year === this.year && e.dimension === dimension && ((e.symbol === '' && e.value !== null && e.value > 0) || e.symbol === 'c'));
    const withheld = new Set(shown.filter((e) => e.symbol === 'c').map((e) => e.category));
    return sortCategories(DIMENSIONS[dimension], shown.map((e) => e.category)).map((category) => ({ category, withheld: withheld.has(category) }));
  }

  /** How many consecutive years up to this one met the indicator's target (0 if this year did not). */
  yearsMeetingTarget(id: string): number {
    const ind = this.indicator(id);
    if (!ind.target) return 0;
    let n = 0;
    for (let y = this.year; ; y--) {
      const e = this.get(id, 'total', '全部', y);
      if (!e || e.symbol || e.value === null) break;
      const met = meetsTarget(ind.target, e.value);
      if (!met) break;
      n++;
    }
    return n;
  }
}

/** Joins segments and clauses, dropping the nulls of clauses that had no figure. */
export const join = (...parts: (Segment | readonly Segment[] | null | false)[]): Segment[] =>
  parts.flatMap((p) => (p === null || p === false ? [] : Array.isArray(p) ? (p as Segment[]) : [p as Segment]));
