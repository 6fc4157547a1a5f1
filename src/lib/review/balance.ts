/**
 * 县域义务教育优质均衡发展督导评估 (教督〔2017〕6号), the teacher part of 资源配置, per school:
 * per 100 pupils, full-time teachers above the required qualification, 县级及以上 backbone
 * teachers, and PE and arts (music, fine arts) full-time teachers; and each measure's
 * difference coefficient across the county's 小学 and its 初中.
 *
 * The difference coefficient is the rule's student-weighted coefficient of variation
 * (教督〔2017〕6号 附件 差异系数计算方法):
 *   X̄ = Σ PᵢXᵢ / ΣPᵢ,  S = √( Σ Pᵢ(Xᵢ − X̄)² / ΣPᵢ ),  CV = S / X̄
 * with Pᵢ the school's pupils and Xᵢ its value per 100 pupils.
 *
 * Who is reviewed, as the rule says and where the data cannot say more:
 * - special-education schools and 教学点 under 50 pupils are left out (the rule);
 * - a school teaching 小学 and 初中 (九年一贯制) has one 在校生数 in the schools table, so it is
 *   reviewed whole in the stage most of its full-time teachers teach, and marked so;
 * - a school that also teaches a non-compulsory stage (完全中学, 十二年一贯制) is left out: its
 *   pupils cannot be split, and counting its 高中 teachers would flatter it;
 * - a school without 在校生数 is left out.
 * Pure: records and settings in, plain data out; disclosure control by ../disclosure/suppress.ts.
 */
import type { SiteConfig } from '../config.ts';
import { applyDisclosure } from '../disclosure/suppress.ts';
import { EDUCATIONS } from '../domain.ts';
import { isBackbone } from '../indicators/context.ts';
import type { Estimate, StatSymbol } from '../indicators/types.ts';
import type { RecordRow } from '../ingest/sheet.ts';
import { reaches } from '../indicators/verdict.ts';

export const BALANCE_STAGES = ['小学', '初中'] as const;
export type BalanceStage = (typeof BALANCE_STAGES)[number];
export const BALANCE_MEASURES = ['qualified', 'backbone', 'peArts'] as const;
export type BalanceMeasure = (typeof BALANCE_MEASURES)[number];

/** 体育 and 艺术 (音乐, 美术) teachers, in the words of the SUBJECT vocabulary (../ingest/vocabularies.ts). */
export const PE_ARTS_SUBJECTS: readonly string[] = ['体育', '音乐', '美术', '艺术'];

export type ExclusionReason = 'special' | 'teachingPoint' | 'mixedStages' | 'noPupils';

export interface BalanceFigure {
  /** per 100 pupils, unrounded; null when suppressed or not available */
  readonly value: number | null;
  /** the teachers counted, after disclosure control */
  readonly count: number | null;
  readonly symbol: StatSymbol;
  /** the line it is judged against: teachers per 100 pupils */
  readonly line: number;
  /** whether the line is reached; null when the figure is not published */
  readonly pass: boolean | null;
}

export interface BalanceSchool {
  readonly school: string;
  readonly stage: BalanceStage;
  readonly pupils: number;
  /** 九年一贯制: reviewed whole in the stage of most of its teachers */
  readonly wholeSchool: boolean;
  readonly figures: Readonly<Record<BalanceMeasure, BalanceFigure>>;
}

export interface BalanceCoefficient {
  readonly stage: BalanceStage;
  readonly measure: BalanceMeasure;
  /** null with symbol x (no source column), z (fewer than two schools) or c (it would give back a school's withheld count) */
  readonly value: number | null;
  readonly symbol: StatSymbol;
  readonly max: number;
  readonly pass: boolean | null;
  readonly schools: number;
}

export interface BalanceYear {
  readonly year: number;
  readonly schools: readonly BalanceSchool[];
  readonly coefficients: readonly BalanceCoefficient[];
  readonly excluded: readonly { readonly school: string; readonly reason: ExclusionReason }[];
  /** measures that cannot be computed this year, and why */
  readonly unavailable: Partial<Record<BalanceMeasure, 'noSubject' | 'noBackbone'>>;
}

export interface BalanceLines {
  readonly perHundred: Readonly<Record<BalanceMeasure, number>>;
  readonly maxCoefficient: number;
  readonly aboveEducation: string;
}

/** The review's lines per stage, from site.yaml `policy.balance` (defaults: the rule's). */
export function balanceLines(config: Pick<SiteConfig, 'policy'>, stage: BalanceStage): BalanceLines {
  const p = config.policy.balance[stage === '小学' ? 'primary' : 'junior'];
  return {
    perHundred: { qualified: p.qualified_per_100, backbone: p.backbone_per_100, peArts: p.pe_arts_per_100 },
    maxCoefficient: p.max_coefficient,
    aboveEducation: p.above_education,
  };
}

export interface Weighted {
  readonly pupils: number;
  readonly value: number;
}

/** The rule's difference coefficient: the pupil-weighted standard deviation over the pupil-weighted mean. */
export function differenceCoefficient(schools: readonly Weighted[]): number | null {
  const total = schools.reduce((s, x) => s + x.pupils, 0);
  if (schools.length < 2 || total <= 0) return null;
  const mean = schools.reduce((s, x) => s + x.pupils * x.value, 0) / total;
  if (mean === 0) return null;
  const variance = schools.reduce((s, x) => s + x.pupils * (x.value - mean) ** 2, 0) / total;
  return Math.sqrt(variance) / mean;
}

/** The decimals the page writes a coefficient with (coefficientText in ../site/balance-view.ts). */
export const COEFFICIENT_DECIMALS = 3;
/** Beyond this many combinations of withheld counts, a coefficient is taken to give none of them back. */
const MAX_COMBINATIONS = 200_000;

export interface CoefficientSchool extends Weighted {
  /** the school's count of the measure */
  readonly count: number;
  /** its figure is published as c */
  readonly withheld: boolean;
}

/**
 * Whether a coefficient, as the page writes it, would give back a count withheld as c: the other
 * schools' counts are published (value × pupils ÷ 100), so a reader can try every count a c may
 * stand for (1 to threshold − 1) and keep those that give the published coefficient. When that
 * leaves one count for a school (石桥初级中学's 2 PE and arts teachers, the only c of the sample's
 * 2024 初中, from 0.417), the coefficient is a secondary disclosure. Also says whether the verdict
 * (at most `max`) is the same whatever the withheld counts are, so it can be published alone.
 */
export function coefficientDisclosure(schools: readonly CoefficientSchool[], threshold: number, max: number): { reveals: boolean; verdictSafe: boolean } {
  const hidden = schools.filter((s) => s.withheld);
  if (!hidden.length) return { reveals: false, verdictSafe: true };
  const candidates = hidden.map((s) => [...new Set([...Array.from({ length: Math.max(threshold - 1, 0) }, (_, i) => i + 1), s.count])]);
  if (candidates.reduce((n, c) => n * c.length, 1) > MAX_COMBINATIONS) return { reveals: false, verdictSafe: true };
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10 ** COEFFICIENT_DECIMALS));
  const coefficientWith = (counts: readonly number[]) => {
    let j = 0;
    return differenceCoefficient(schools.map((s) => (s.withheld ? { pupils: s.pupils, value: (counts[j++]! / s.pupils) * 100 } : s)));
  };
  const published = round(differenceCoefficient(schools));
  const seen = hidden.map(() => new Set<number>());
  const verdicts = new Set<boolean | null>();
  const counts: number[] = [];
  const visit = (i: number): void => {
    if (i === hidden.length) {
      const cv = coefficientWith(counts);
      verdicts.add(cv === null ? null : reaches(cv, max, 'atMost'));
      if (round(cv) === published) counts.forEach((c, h) => seen[h]!.add(c));
      return;
    }
    for (const c of candidates[i]!) { counts[i] = c; visit(i + 1); }
  };
  visit(0);
  return { reveals: seen.some((s) => s.size === 1), verdictSafe: verdicts.size === 1 };
}

const atLeast = (education: unknown, lowest: string) => {
  const i = EDUCATIONS.indexOf(education as (typeof EDUCATIONS)[number]);
  return i >= 0 && i <= EDUCATIONS.indexOf(lowest as (typeof EDUCATIONS)[number]);
};

interface Reviewed {
  readonly school: string;
  readonly stage: BalanceStage;
  readonly pupils: number;
  readonly wholeSchool: boolean;
  readonly counts: Record<BalanceMeasure, number>;
}

/** The columns a year's review reads, of the roster and the schools table. */
export const BALANCE_COLUMNS = { roster: ['post', 'school', 'stage', 'education', 'backboneCategory', 'backboneLevel', 'subject'], schools: ['school', 'stages', 'students', 'teachingPoint'] } as const;

/** Which schools are reviewed in which stage, with their raw counts (person-level rows in, counts out). */
function reviewed(roster: readonly RecordRow[], schools: readonly RecordRow[], config: Pick<SiteConfig, 'policy'>) {
  const teachers = new Map<string, RecordRow[]>();
  for (const r of roster) if (r['post'] === '专任教师') (teachers.get(String(r['school'])) ?? teachers.set(String(r['school']), []).get(String(r['school']))!).push(r);
  const out: Reviewed[] = [];
  const excluded: BalanceYear['excluded'][number][] = [];
  for (const s of schools) {
    const school = String(s['school']);
    const stages = String(s['stages'] ?? '').split(';').filter(Boolean);
    const compulsory = stages.filter((x): x is BalanceStage => (BALANCE_STAGES as readonly string[]).includes(x));
    if (stages.includes('特殊教育') && compulsory.length === 0) { excluded.push({ school, reason: 'special' }); continue; }
    if (compulsory.length === 0) continue; // not a compulsory-education school
    if (compulsory.length < stages.length) { excluded.push({ school, reason: 'mixedStages' }); continue; }
    const pupils = typeof s['students'] === 'number' ? s['students'] : null;
    if (pupils === null || pupils <= 0) { excluded.push({ school, reason: 'noPupils' }); continue; }
    if (s['teachingPoint'] === '是' && pupils < config.policy.balance.teaching_point_min_pupils) { excluded.push({ school, reason: 'teachingPoint' }); continue; }
    const own = teachers.get(school) ?? [];
    const primary = own.filter((r) => r['stage'] === '小学').length;
    const junior = own.filter((r) => r['stage'] === '初中').length;
    const stage: BalanceStage = compulsory.length === 1 ? compulsory[0]! : junior > primary ? '初中' : '小学';
    const lines = balanceLines(config, stage);
    out.push({
      school, stage, pupils, wholeSchool: compulsory.length > 1,
      counts: {
        qualified: own.filter((r) => atLeast(r['education'], lines.aboveEducation)).length,
        backbone: own.filter((r) => isBackbone(r['backboneCategory'], r['backboneLevel'])).length,
        peArts: own.filter((r) => PE_ARTS_SUBJECTS.includes(String(r['subject']))).length,
      },
    });
  }
  return { out, excluded };
}

/**
 * One year's review. Each school's counts pass through the site's disclosure control as counts
 * of people (a count under the threshold is `c`, and so is its value per 100 pupils and its
 * pass/fail, which would narrow it down); the coefficients are the county's, over all reviewed
 * schools' unrounded values, as the rule computes them.
 */
export function reviewYear(year: number, records: { readonly roster?: readonly RecordRow[] | undefined; readonly schools?: readonly RecordRow[] | undefined }, config: Pick<SiteConfig, 'policy' | 'disclosure_threshold'>): BalanceYear | null {
  const roster = records.roster ?? [];
  const schools = records.schools ?? [];
  if (!roster.length || !schools.some((s) => typeof s['students'] === 'number')) return null;
  const unavailable: BalanceYear['unavailable'] = {};
  if (!roster.some((r) => r['subject'] !== undefined && r['subject'] !== null)) unavailable.peArts = 'noSubject';
  if (!roster.some((r) => 'backboneCategory' in r)) unavailable.backbone = 'noBackbone';
  const { out, excluded } = reviewed(roster, schools, config);

  const estimates: Estimate[] = out.flatMap((r) => BALANCE_MEASURES.filter((m) => !unavailable[m]).map((m): Estimate => ({
    year, indicator: `balance_${m}`, dimension: 'school', category: r.school,
    value: r.counts[m], numerator: r.counts[m], denominator: null, symbol: '', basis: 'count',
  })));
  const published = new Map(applyDisclosure(estimates, { threshold: config.disclosure_threshold }).map((e) => [`${e.indicator}\0${e.category}`, e]));

  const figure = (r: Reviewed, m: BalanceMeasure): BalanceFigure => {
    const line = balanceLines(config, r.stage).perHundred[m];
    if (unavailable[m]) return { value: null, count: null, symbol: 'x', line, pass: null };
    const e = published.get(`balance_${m}\0${r.school}`)!;
    if (e.symbol !== '' || e.value === null) return { value: null, count: null, symbol: e.symbol || 'c', line, pass: null };
    const value = (e.value / r.pupils) * 100;
    return { value, count: e.value, symbol: '', line, pass: reaches(value, line, 'atLeast') };
  };
  const coefficients = BALANCE_STAGES.flatMap((stage) => BALANCE_MEASURES.map((measure): BalanceCoefficient => {
    const of = out.filter((r) => r.stage === stage);
    const max = balanceLines(config, stage).maxCoefficient;
    if (unavailable[measure]) return { stage, measure, value: null, symbol: 'x', max, pass: null, schools: of.length };
    const weighted = of.map((r): CoefficientSchool => ({ pupils: r.pupils, value: (r.counts[measure] / r.pupils) * 100, count: r.counts[measure], withheld: figure(r, measure).value === null }));
    const value = differenceCoefficient(weighted);
    if (value === null) return { stage, measure, value: null, symbol: 'z', max, pass: null, schools: of.length };
    // A coefficient that gives back a school's withheld count is withheld too (its verdict kept when no count could change it).
    const { reveals, verdictSafe } = coefficientDisclosure(weighted, config.disclosure_threshold, max);
    if (reveals) return { stage, measure, value: null, symbol: 'c', max, pass: verdictSafe ? reaches(value, max, 'atMost') : null, schools: of.length };
    return { stage, measure, value, symbol: '', max, pass: reaches(value, max, 'atMost'), schools: of.length };
  }));
  const order = (a: Reviewed, b: Reviewed) => BALANCE_STAGES.indexOf(a.stage) - BALANCE_STAGES.indexOf(b.stage) || a.school.localeCompare(b.school, 'zh-CN');
  return {
    year,
    schools: [...out].sort(order).map((r) => ({ school: r.school, stage: r.stage, pupils: r.pupils, wholeSchool: r.wholeSchool, figures: { qualified: figure(r, 'qualified'), backbone: figure(r, 'backbone'), peArts: figure(r, 'peArts') } })),
    coefficients,
    excluded: excluded.sort((a, b) => a.school.localeCompare(b.school, 'zh-CN')),
    unavailable,
  };
}
