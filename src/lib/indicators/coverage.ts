/**
 * What a year's tables leave unpublished: a year with event tables but no staff roster has
 * every indicator that needs the roster as `x`. Said to the clerk as a warning at check time,
 * naming those indicators, rather than found later as a row of x on the site. Beyond that,
 * `xReasons` lists every indicator whose total will be x, by year and reason (reasons.ts),
 * evaluated as the site evaluates it.
 */
import type { SiteConfig } from '../config.ts';
import type { Dataset } from '../ingest/index.ts';
import type { Issue } from '../ingest/issues.ts';
import { yearContexts, type YearContext } from './context.ts';
import { evaluate } from './evaluate.ts';
import { missingSourcesNote } from './reasons.ts';
import { INDICATORS } from './registry.ts';
import type { Bilingual, Indicator } from './types.ts';

export function rosterGaps(dataset: Pick<Dataset, 'years' | 'records' | 'stats'>): Issue[] {
  return dataset.years.flatMap((year): Issue[] => {
    const tables = dataset.records.get(year) ?? {};
    if (tables.roster) return [];
    const events = Object.keys(tables).filter((k) => k !== 'schools' && k !== 'funds');
    if (events.length === 0) return [];
    // Those the year's own tables would have fed come first: the figures the clerk expects.
    const fed = (i: (typeof INDICATORS)[number]) => (i.sources.some((k) => events.includes(k)) ? 0 : 1);
    const needing = INDICATORS.filter((i) => i.sources.includes('roster')).sort((a, b) => fed(a) - fed(b));
    const folder = dataset.stats.find((s) => s.year === year)?.file.split('/')[0] ?? String(year);
    const more = needing.length > 12 ? needing.length - 12 : 0;
    const names = (lang: 'zh' | 'en') => needing.slice(0, 12).map((i) => i.name[lang]).join(lang === 'zh' ? '、' : '; ') + (more ? (lang === 'zh' ? ` 等 ${needing.length} 项` : ` and ${more} more`) : '');
    return [{ file: `${folder}/`, severity: 'warning', code: 'no-roster',
      zh: `${year} 年有${events.length} 类事件表但没有教职工名册：需要名册的 ${needing.length} 项指标该年将显示为 x（无数据）：${names('zh')}。请放入当年的教职工名册。`,
      en: `${year} has ${events.length} event table kind(s) but no staff roster: the ${needing.length} indicators that need the roster will show x (no data) that year: ${names('en')}. Add that year's staff roster.` }];
  });
}

/** One reason an indicator will be x in a year. */
export interface XReason {
  readonly year: number;
  readonly reason: Bilingual;
  readonly indicators: readonly Indicator[];
}

/**
 * Every (year, reason) for which indicators will show x as their total, with those indicators:
 * the totals are evaluated as the site evaluates them, so check and the site never disagree.
 */
export function xReasons(dataset: Pick<Dataset, 'records'>, config: SiteConfig, indicators: readonly Indicator[] = INDICATORS): XReason[] {
  return yearContexts(dataset.records, config).flatMap((ctx) => yearXReasons(ctx, indicators));
}

/** One year's reasons, each with its indicators in the order of `indicators`. */
export function yearXReasons(ctx: YearContext, indicators: readonly Indicator[] = INDICATORS): XReason[] {
  const out = new Map<string, { year: number; reason: Bilingual; indicators: Indicator[] }>();
  for (const indicator of indicators) {
    const total = evaluate(indicator, ctx, { totalOnly: true }).find((e) => e.dimension === 'total' && e.symbol === 'x');
    if (!total) continue;
    const reason = total.note ?? missingSourcesNote(indicator, ctx);
    const entry = out.get(reason.zh) ?? { year: ctx.year, reason, indicators: [] };
    entry.indicators.push(indicator);
    out.set(reason.zh, entry);
  }
  return [...out.values()];
}

/** Years as a clerk reads them: runs joined, 2015–2018、2021. */
const yearRuns = (years: readonly number[]): string => {
  const runs: [number, number][] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join('、');
};

/**
 * check's summary: one line per reason, with the years it holds in and the indicators named (the
 * first 8, then how many). Years with the same reason for the same indicators share a line.
 */
export function xSummaryLines(reasons: readonly XReason[], most = 8): string[] {
  if (reasons.length === 0) return [];
  const lines = new Map<string, { years: number[]; reason: Bilingual; indicators: readonly Indicator[] }>();
  for (const r of reasons) {
    const key = `${r.reason.zh}\0${r.indicators.map((i) => i.id).join(',')}`;
    const line = lines.get(key) ?? { years: [], reason: r.reason, indicators: r.indicators };
    line.years.push(r.year);
    lines.set(key, line);
  }
  return ['将显示为 x 的指标 Indicators that will show x:', ...[...lines.values()].map((r) => {
    const n = r.indicators.length;
    const names = r.indicators.slice(0, most).map((i) => i.name.zh).join('、') + (n > most ? ` 等 ${n} 项` : '');
    return `  ${yearRuns(r.years)} 年：${r.reason.zh.replace(/。$/, '')} / ${r.reason.en.replace(/\.$/, '')} → ${names}`;
  })];
}
