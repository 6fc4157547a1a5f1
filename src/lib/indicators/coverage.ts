/**
 * What a year's tables leave unpublished: a year with event tables but no staff roster has
 * every indicator that needs the roster as `x`. Said to the clerk as a warning at check time,
 * naming those indicators, rather than found later as a row of x on the site.
 */
import type { Dataset } from '../ingest/index.ts';
import type { Issue } from '../ingest/issues.ts';
import type { SiteConfig } from '../config.ts';
import { yearContexts } from './context.ts';
import { evaluate } from './evaluate.ts';
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

/** Indicators that will be `x` in a year for one reason: the reason as the indicator page says it. */
export interface Unavailable {
  readonly year: number;
  readonly reason: Bilingual;
  readonly indicators: readonly Indicator[];
}

/**
 * Every indicator whose bureau-wide figure will be `x`, grouped by year and reason, worked out by
 * the same evaluation the site runs (evaluate.ts), so `check` and the indicator pages never
 * disagree. Disclosure control is not run: it never makes an x.
 */
export function unavailableReasons(dataset: Pick<Dataset, 'records'>, config: SiteConfig): Unavailable[] {
  const groups = new Map<string, { year: number; reason: Bilingual; indicators: Indicator[] }>();
  for (const ctx of yearContexts(dataset.records, config)) {
    for (const indicator of INDICATORS) {
      const total = evaluate(indicator, ctx).find((e) => e.dimension === 'total' && e.symbol === 'x');
      if (!total) continue;
      const reason = total.note ?? { zh: '无可计算的数据。', en: 'Nothing to count.' };
      const key = `${ctx.year}\0${reason.zh}`;
      const group = groups.get(key) ?? groups.set(key, { year: ctx.year, reason, indicators: [] }).get(key)!;
      group.indicators.push(indicator);
    }
  }
  return [...groups.values()].sort((a, b) => a.year - b.year || b.indicators.length - a.indicators.length);
}

/** The lines `check` prints: one per year and reason, the indicators named (eight at most, then a count). */
export function unavailableLines(list: readonly Unavailable[]): string[] {
  if (list.length === 0) return [];
  const names = (u: Unavailable) => {
    const shown = u.indicators.slice(0, 8).map((i) => i.name.zh).join('、');
    return u.indicators.length > 8 ? `${shown} 等 ${u.indicators.length} 项` : shown;
  };
  return ['将显示为 x 的指标 Indicators that will show x:', ...list.map((u) => `  ${u.year}  ${u.reason.zh}  ${u.reason.en}\n        ${names(u)}`)];
}
