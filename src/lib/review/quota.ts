/**
 * Staffing against quota: per school with a 核定编制数 in the schools table, the staff in post
 * on an establishment post (roster 是否在编 = 是, any staff category) against the quota. A
 * school over its quota holds more established staff than approved; one under it has vacant
 * establishment posts. Counts of staff pass through disclosure control (a count under the
 * threshold is `c`, and so is its difference from the quota, which would give it back).
 */
import type { SiteConfig } from '../config.ts';
import { applyDisclosure } from '../disclosure/suppress.ts';
import type { Estimate, StatSymbol } from '../indicators/types.ts';
import type { RecordRow } from '../ingest/sheet.ts';

export interface QuotaSchool {
  readonly school: string;
  readonly quota: number;
  /** established staff in post, after disclosure control */
  readonly established: number | null;
  readonly symbol: StatSymbol;
  /** established − quota; null when the count is withheld */
  readonly difference: number | null;
}

export interface QuotaYear {
  readonly year: number;
  readonly schools: readonly QuotaSchool[];
}

/** The columns a year's quota table reads, of the roster and the schools table. */
export const QUOTA_COLUMNS = { roster: ['established', 'school'], schools: ['quota', 'school'] } as const;

/** null when the schools table gives no 核定编制数 or the roster has no 是否在编 column. */
export function quotaYear(year: number, records: { readonly roster?: readonly RecordRow[] | undefined; readonly schools?: readonly RecordRow[] | undefined }, config: Pick<SiteConfig, 'disclosure_threshold'>): QuotaYear | null {
  const roster = records.roster ?? [];
  const withQuota = (records.schools ?? []).filter((s) => typeof s['quota'] === 'number');
  if (!withQuota.length || !roster.some((r) => r['established'] === '是' || r['established'] === '否')) return null;
  const inPost = new Map<string, number>();
  for (const r of roster) if (r['established'] === '是') inPost.set(String(r['school']), (inPost.get(String(r['school'])) ?? 0) + 1);
  const estimates = withQuota.map((s): Estimate => {
    const n = inPost.get(String(s['school'])) ?? 0;
    return { year, indicator: 'quota_established', dimension: 'school', category: String(s['school']), value: n, numerator: n, denominator: null, symbol: '', basis: 'count' };
  });
  const published = applyDisclosure(estimates, { threshold: config.disclosure_threshold });
  return {
    year,
    schools: withQuota.map((s, i) => {
      const e = published[i]!;
      const quota = s['quota'] as number;
      const shown = e.symbol === '' ? e.value : null;
      return { school: String(s['school']), quota, established: shown, symbol: e.symbol, difference: shown === null ? null : shown - quota };
    }).sort((a, b) => a.school.localeCompare(b.school, 'zh-CN')),
  };
}
