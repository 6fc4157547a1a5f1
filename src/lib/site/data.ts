/**
 * The site's data: everything pages show, as plain JSON written by the build and read by
 * Astro. Only aggregates after disclosure control; nothing person-level.
 */
import { createHash } from 'node:crypto';
import type { SiteConfig } from '../config.ts';
import type { Dataset } from '../ingest/index.ts';
import type { IndicatorSeries } from '../indicators/compute.ts';
import { YearContext } from '../indicators/context.ts';
import type { Bilingual, DimensionId, Estimate, Indicator, Target } from '../indicators/types.ts';
import type { Changes } from './changes.ts';
import { qualityByYear, type YearQuality } from './quality.ts';
import { rowObjects } from '../ingest/table.ts';
import { BALANCE_COLUMNS, BALANCE_STAGES, balanceLines, reviewYear, type BalanceLines, type BalanceStage, type BalanceYear } from '../review/balance.ts';
import { QUOTA_COLUMNS, quotaYear, type QuotaYear } from '../review/quota.ts';

export type IndicatorData = Omit<Indicator, 'measure' | 'target'> & { readonly target?: Target; readonly estimates: readonly Estimate[] };

export interface School {
  readonly name: string;
  readonly code: string | null;
  /** URL slug: the school code, or a short hash of the name when there is none */
  readonly slug: string;
  readonly locality: string | null;
  readonly stages: string | null;
  readonly township: string | null;
  /** its peer group: the same stages and urban/rural class (the `peer` breakdown's category) */
  readonly peer: string | null;
}

export interface SiteData {
  readonly bureau: Bilingual;
  /** MM-DD */
  readonly statisticsDate: string;
  readonly schools: readonly School[];
  readonly quality: readonly YearQuality[];
  readonly changes: Changes;
  readonly region: Bilingual;
  readonly sample: boolean;
  readonly threshold: number;
  readonly years: readonly number[];
  readonly latestYear: number;
  readonly indicators: readonly IndicatorData[];
  /** with a trailing slash, when site.yaml gives it */
  readonly siteUrl: string | null;
  readonly publication: SiteConfig['publication'];
  /** site.yaml `policy:` (the targets board reads the training cycle from it) */
  readonly policy: SiteConfig['policy'];
  /** the 优质均衡 review (教督〔2017〕6号) and staffing against quota, per year with the data for it */
  readonly review: Review;
}

export interface Review {
  readonly balance: readonly BalanceYear[];
  readonly lines: Readonly<Record<BalanceStage, BalanceLines>>;
  readonly teachingPointMinPupils: number;
  readonly quota: readonly QuotaYear[];
}

function reviewOf(dataset: Pick<Dataset, 'years' | 'records'>, config: SiteConfig): Review {
  const of = <T>(make: (year: number, records: NonNullable<ReturnType<Dataset['records']['get']>>) => T | null): T[] =>
    dataset.years.flatMap((y) => { const r = make(y, dataset.records.get(y) ?? {}); return r ? [r] : []; });
  return {
    balance: of((y, r) => reviewYear(y, { roster: rowObjects(r.roster, BALANCE_COLUMNS.roster), schools: rowObjects(r.schools, BALANCE_COLUMNS.schools) }, config)),
    lines: { 小学: balanceLines(config, BALANCE_STAGES[0]), 初中: balanceLines(config, BALANCE_STAGES[1]) },
    teachingPointMinPupils: config.policy.balance.teaching_point_min_pupils,
    quota: of((y, r) => quotaYear(y, { roster: rowObjects(r.roster, QUOTA_COLUMNS.roster), schools: rowObjects(r.schools, QUOTA_COLUMNS.schools) }, config)),
  };
}

/** Schools of the latest year: the schools table where given, else those named in the roster. */
function schoolsOf(dataset: Pick<Dataset, 'years' | 'records'>, config: SiteConfig): School[] {
  const latest = dataset.years[dataset.years.length - 1];
  const records = latest === undefined ? {} : (dataset.records.get(latest) ?? {});
  const peers = latest === undefined ? new Map<string, string>() : new YearContext(latest, records, null, config).schoolPeers();
  const read = ['school', 'schoolCode', 'locality', 'stages', 'township'];
  const table = new Map(rowObjects(records.schools, read).map((r) => [String(r['school']), r]));
  const roster = rowObjects(records.roster, read);
  const names = new Set([...table.keys(), ...roster.map((r) => String(r['school']))]);
  const fromRoster = new Map(roster.map((r) => [String(r['school']), r]));
  const codes = new Map<string, number>();
  for (const n of names) {
    const c = table.get(n)?.['schoolCode'] ?? fromRoster.get(n)?.['schoolCode'];
    if (c) codes.set(String(c), (codes.get(String(c)) ?? 0) + 1);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN')).map((name) => {
    const row = table.get(name) ?? fromRoster.get(name);
    const code = row?.['schoolCode'] ? String(row['schoolCode']) : null;
    const slug = code && /^[\w-]+$/.test(code) && codes.get(code) === 1 ? code : `s-${createHash('sha256').update(name).digest('hex').slice(0, 10)}`;
    const township = table.get(name)?.['township'];
    return { name, code, slug, locality: row?.['locality'] ? String(row['locality']) : null, stages: table.get(name)?.['stages'] ? String(table.get(name)!['stages']) : null, township: township ? String(township) : null, peer: peers.get(name) ?? null };
  });
}

export function siteData(config: SiteConfig, dataset: Pick<Dataset, 'years' | 'records' | 'issues' | 'stats'>, series: readonly IndicatorSeries[], changes: Changes): SiteData {
  const years = [...dataset.years];
  return {
    bureau: config.bureau,
    statisticsDate: config.statistics_date,
    schools: schoolsOf(dataset, config),
    quality: qualityByYear(dataset, series.flatMap((s) => s.estimates)),
    changes,
    region: config.region,
    sample: config.sample,
    threshold: config.disclosure_threshold,
    years,
    latestYear: years[years.length - 1] ?? 0,
    siteUrl: config.site_url ?? null,
    publication: config.publication,
    review: reviewOf(dataset, config),
    policy: config.policy,
    indicators: series.map(({ indicator, estimates }) => {
      const { measure: _measure, target, ...meta } = indicator;
      const resolved = target?.(config);
      return { ...meta, ...(resolved ? { target: resolved } : {}), estimates };
    }),
  };
}

export type { DimensionId, Estimate };
