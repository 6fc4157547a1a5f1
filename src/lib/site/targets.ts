/**
 * The targets board (/targets/): each school against each policy target for one year, from the
 * disclosed per-school estimates only. A cell gives the value, met or not, and the gap in
 * people worked out from the published numerator and denominator; where the figure is
 * withheld (c) or missing, no gap is worked out and the cell says why.
 */
import type { Lang } from '../../i18n/ui.ts';
import type { Estimate } from '../indicators/types.ts';
import type { IndicatorData, School, SiteData } from './data.ts';
import { formatEstimate, sayText } from './format.ts';
import { cycleUnfinished, estimateAt, schoolFigure, targetStatus, totals } from './views.ts';
import { meetsTarget } from '../indicators/verdict.ts';

/** The indicators on the board, in the order a director reads them. */
export const TARGET_INDICATORS = ['exchange_rate_eligible', 'exchange_backbone_share', 'training_cycle_360', 'backbone_per_100'] as const;

export type TargetStatus = 'met' | 'missed' | 'progress' | 'none' | 'withheld' | 'missing' | 'nobody' | 'na';

export interface TargetCell {
  readonly indicator: string;
  /** the value as the site prints it: a number, c, x, z or – */
  readonly value: string;
  /** for sorting: the value, or null */
  readonly sort: number | null;
  readonly status: TargetStatus;
  /** people still needed to meet the target; null when met, unknown or no target */
  readonly gap: number | null;
  /** of `gap` (exchange), backbone teachers needed so the exchanged meet the backbone share too */
  readonly backboneGap: number | null;
  /** what the cell says under the value */
  readonly note: string;
}

export interface TargetRow {
  readonly school: School;
  readonly cells: readonly TargetCell[];
  /** ids of the indicators whose target the school misses */
  readonly missed: readonly string[];
}

/** The fewest people who make `numerator / denominator` reach `share`, as integers (no floating drift). */
export const peopleNeeded = (share: number, denominator: number): number => Math.ceil(Math.round(share * denominator * 1e6) / 1e6);

const published = (e: Estimate | undefined): e is Estimate & { value: number; numerator: number; denominator: number } =>
  !!e && e.symbol === '' && e.value !== null && e.numerator !== null && e.denominator !== null;

/**
 * Backbone share of those exchanged: the fewest backbone teachers who, exchanged as well, bring
 * it to `share`, so (count + x) ÷ (exchanged + x) ≥ share — each one exchanged adds to both.
 * Null when no number of them would (a share of 100% with someone exchanged who is not backbone).
 */
export function backboneShareGap(count: number, exchanged: number, share: number): number | null {
  const meets = (x: number) => Math.round((count + x) * 1e6) >= Math.round(share * (exchanged + x) * 1e6);
  if (share >= 1) return meets(0) ? 0 : null;
  let x = Math.max(0, Math.ceil((share * exchanged - count) / (1 - share)) - 1);
  while (!meets(x)) x++;
  return x;
}

/** Exchange: how many more eligible teachers to exchange, and how many of them backbone teachers. */
export function exchangeGap(exchanged: number, eligible: number, target: number, backbone: { count: number; target: number } | null): { gap: number; backboneGap: number | null } {
  const gap = Math.max(0, peopleNeeded(target, eligible) - exchanged);
  if (!backbone) return { gap, backboneGap: null };
  return { gap, backboneGap: Math.min(gap, Math.max(0, peopleNeeded(backbone.target, exchanged + gap) - backbone.count)) };
}

function words(lang: Lang, kind: string, n: number, of: number | null = null): string {
  const zh = lang === 'zh';
  switch (kind) {
    case 'exchange':
      return zh ? `还需交流 ${n} 人${of ? `，其中骨干 ${of} 人` : ''}` : `${n} more to exchange${of ? `, ${of} of them backbone` : ''}`;
    case 'backbone':
      return zh ? `还需骨干教师交流 ${n} 人` : `${n} more backbone teacher${n === 1 ? '' : 's'} to exchange`;
    case 'few':
      // Teachers yet to complete are real people: fewer than k of them is not given as a number (INDICATORS.md, disclosure control).
      return zh ? `还有不足 ${n} 人未完成` : `fewer than ${n} yet to complete`;
    case 'backbone-all':
      return zh ? `已交流的 ${n} 人不是骨干教师，目标要求全部为骨干` : `${n} of those exchanged ${n === 1 ? 'is' : 'are'} not backbone teachers, and the target asks for all`;
    default:
      return zh ? `还有 ${n} 人未完成` : `${n} yet to complete`;
  }
}

const STATUS_WORDS: Record<TargetStatus, { zh: string; en: string }> = {
  met: { zh: '达标', en: 'Met' },
  missed: { zh: '未达标', en: 'Not met' },
  progress: { zh: '周期未结束', en: 'Cycle not over' },
  none: { zh: '无政策目标', en: 'No target' },
  withheld: { zh: '不予公布，不计算差距', en: 'Withheld; no gap worked out' },
  missing: { zh: '无数据', en: 'No data' },
  nobody: { zh: '当年无计入人员', en: 'Nobody counted that year' },
  na: { zh: '不适用', en: 'Not applicable' },
};
export const statusWords = (s: TargetStatus, lang: Lang): string => STATUS_WORDS[s][lang];

function cell(data: SiteData, ind: IndicatorData, school: string, year: number, lang: Lang): TargetCell {
  const e = estimateAt(ind, year, 'school', school);
  const base = { indicator: ind.id, gap: null, backboneGap: null };
  if (!e) {
    // No row: nobody the figure counts (–), unless the year has no such data at all (x).
    const value = schoolFigure(data, ind.id, school, year, lang);
    const status = value === 'x' ? 'missing' : 'nobody';
    return { ...base, value, sort: null, status, note: statusWords(status, lang) };
  }
  const value = formatEstimate(e, ind, lang);
  if (e.symbol === 'c') return { ...base, value, sort: null, status: 'withheld', note: statusWords('withheld', lang) };
  if (e.symbol === 'z') return { ...base, value, sort: null, status: 'na', note: statusWords('na', lang) };
  if (!published(e)) return { ...base, value, sort: null, status: 'missing', note: statusWords('missing', lang) };
  const target = ind.target;
  if (!target) return { ...base, value, sort: e.value, status: 'none', note: '' };
  const met = meetsTarget(target, e.value);
  if (met) return { ...base, value, sort: e.value, status: 'met', note: statusWords('met', lang) };
  const share = target.value / 100;
  let gap: number | null;
  let backboneGap: number | null = null;
  let kind = 'training';
  if (ind.id === 'exchange_rate_eligible') {
    const bb = data.indicators.find((i) => i.id === 'exchange_backbone_share');
    const be = bb && estimateAt(bb, year, 'school', school);
    const backbone = bb?.target && published(be) ? { count: be.numerator, target: bb.target.value / 100 } : null;
    ({ gap, backboneGap } = exchangeGap(e.numerator, e.denominator, share, backbone));
    kind = 'exchange';
  } else if (ind.id === 'exchange_backbone_share') {
    // No number of backbone teachers reaches a 100% share: the note counts those exchanged who are not, and no gap is given.
    gap = backboneShareGap(e.numerator, e.denominator, share);
    kind = gap === null ? 'backbone-all' : 'backbone';
  } else {
    gap = Math.max(0, peopleNeeded(share, e.denominator) - e.numerator);
    if (gap > 0 && gap < data.threshold) {
      gap = null;
      kind = 'few';
    }
  }
  const status = cycleUnfinished(ind, year, data) ? 'progress' : 'missed';
  return { ...base, value, sort: e.value, status, gap, backboneGap, note: `${statusWords(status, lang)}${lang === 'zh' ? '：' : ': '}${words(lang, kind, kind === 'few' ? data.threshold : (gap ?? e.denominator - e.numerator), backboneGap)}` };
}

/** How many schools have a figure that is judged against the target (met, missed or progress), for the `k`th indicator. */
export const judged = (rows: readonly TargetRow[], k: number): number =>
  rows.filter((r) => ['met', 'missed', 'progress'].includes(r.cells[k]!.status)).length;

/** The schools with any per-school figure for the year, each with one cell per target indicator. */
export function targetRows(data: SiteData, year: number, lang: Lang): { indicators: IndicatorData[]; rows: TargetRow[] } {
  const indicators = TARGET_INDICATORS.map((id) => data.indicators.find((i) => i.id === id)).filter((i): i is IndicatorData => i !== undefined);
  const named = new Set(indicators.flatMap((i) => i.estimates.filter((e) => e.year === year && e.dimension === 'school').map((e) => e.category)));
  const known = new Map(data.schools.map((s) => [s.name, s]));
  const schools = [...named].sort((a, b) => a.localeCompare(b, 'zh-CN')).map((name) => known.get(name) ?? { name, code: null, slug: '', locality: null, stages: null, township: null, peer: null });
  const rows = schools.map((school) => {
    const cells = indicators.map((ind) => cell(data, ind, school.name, year, lang));
    return { school, cells, missed: cells.filter((c) => c.status === 'missed' || c.status === 'progress').map((c) => c.indicator) };
  });
  return { indicators, rows };
}

/**
 * A target not published by school (学历合格率): the whole area's figure and verdict as the board
 * says it — "2024年全县为 99.0%（目标100%：未达到）" — or in words where there is no figure, never "为 x".
 */
export function areaStanding(data: Pick<SiteData, 'policy'>, ind: IndicatorData, year: number, lang: Lang): string {
  const e = totals(ind).find((x) => x.year === year);
  const text = e ? formatEstimate(e, ind, lang, true) : 'x';
  const said = sayText(text, lang);
  if (said !== text) return lang === 'zh' ? `${year}年全县：${said}` : `In ${year} the whole area: ${said}`;
  const status = targetStatus(ind, e, lang, data);
  return lang === 'zh' ? `${year}年全县为 ${text}${status ? `（${status}）` : ''}` : `In ${year} the whole area stands at ${text}${status ? ` (${status})` : ''}`;
}
