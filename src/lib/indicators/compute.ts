/** The indicator stage: every registered indicator for every year, with disclosure control applied. */
import type { SiteConfig } from '../config.ts';
import { applyDisclosure } from '../disclosure/suppress.ts';
import type { Dataset } from '../ingest/index.ts';
import { columnMap, yearContexts, type YearContext } from './context.ts';
import { evaluate } from './evaluate.ts';
import { INDICATORS } from './registry.ts';
import type { Estimate, Indicator } from './types.ts';

export interface IndicatorSeries {
  readonly indicator: Indicator;
  readonly estimates: readonly Estimate[];
}

/**
 * Every indicator for every year. Disclosure control runs once over all of them together: a
 * figure suppressed in one indicator must not be recoverable from another's.
 */
export interface ComputeOptions {
  readonly indicators?: readonly Indicator[];
  /**
   * false: primary suppression only. For tests of an indicator's arithmetic on a handful of
   * people, where protecting every small cell would hide the figures under test; never for a site.
   */
  readonly secondarySuppression?: boolean;
}

export function computeIndicators(dataset: Pick<Dataset, 'records'>, config: SiteConfig, options: ComputeOptions = {}): IndicatorSeries[] {
  const { indicators = INDICATORS, secondarySuppression = true } = options;
  const contexts = yearContexts(dataset.records, config);
  const raw = indicators.map((indicator) => contexts.flatMap((ctx) => evaluate(indicator, ctx)));
  const areas = new Map(contexts.map((ctx) => [ctx.year, schoolAreas(ctx)]));
  const peers = new Map(contexts.map((ctx) => [ctx.year, ctx.schoolPeers()]));
  const published = applyDisclosure(raw.flat(), { threshold: config.disclosure_threshold, areas, peers, secondary: secondarySuppression });
  let at = 0;
  return indicators.map((indicator, i) => ({ indicator, estimates: published.slice(at, (at += raw[i]!.length)) }));
}

/** school → urban/rural class in one year. */
function schoolAreas(ctx: YearContext): Map<string, string> {
  return columnMap(ctx.schools(), 'school', 'locality', String);
}
