/**
 * What a year's tables leave unpublished: a year with event tables but no staff roster has
 * every indicator that needs the roster as `x`. Said to the clerk as a warning at check time,
 * naming those indicators, rather than found later as a row of x on the site.
 */
import type { Dataset } from '../ingest/index.ts';
import type { Issue } from '../ingest/issues.ts';
import { INDICATORS } from './registry.ts';

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
