/** Generated sentences never name an extreme among withheld cells and never end in a symbol. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IndicatorData, SiteData } from '../../src/lib/site/data.ts';
import { breakdownDescription, breakdowns, extremeWords, schoolDotsFor, multiplesDescription, pairDescription, schoolSeries, seriesBy, structureBreakdowns, targetStatus, tile, trendDescription, trendPoints } from '../../src/lib/site/views.ts';
import { schoolDots } from '../../src/lib/charts/dots.ts';
import staffStudentRatio from '../../src/lib/indicators/workforce/staff_student_ratio.ts';
import ageStructure from '../../src/lib/indicators/workforce/age_structure.ts';
import retirements from '../../src/lib/indicators/exits/retirements.ts';
import bachelorPlusShare from '../../src/lib/indicators/degree/bachelor_plus_share.ts';
import { INDICATORS } from '../../src/lib/indicators/registry.ts';
import { linesChart } from '../../src/lib/charts/lines.ts';
import { Figures } from '../../src/lib/narrative/text.ts';
import { trendChart } from '../../src/lib/charts/trend.ts';
import trainingCycle360 from '../../src/lib/indicators/training/training_cycle_360.ts';
import { formatChange, sayText } from '../../src/lib/site/format.ts';
import type { Estimate } from '../../src/lib/indicators/types.ts';
import fulltimeTeachers from '../../src/lib/indicators/workforce/fulltime_teachers.ts';

const cell = (category: string, value: number | null, symbol = ''): Estimate =>
  ({ year: 2024, indicator: 'fulltime_teachers', dimension: 'stage', category, value, symbol, numerator: value, denominator: null } as unknown as Estimate);

function indicator(rows: Estimate[]): IndicatorData {
  const { measure: _, ...rest } = fulltimeTeachers;
  return { ...rest, breakdowns: ['stage'], estimates: rows } as unknown as IndicatorData;
}

describe('a trend\'s sentence', () => {
  const total = (year: number, value: number) => ({ ...cell('全部', value), year, dimension: 'total' }) as Estimate;
  const site = { policy: { training_cycle_start: 2021 } } as unknown as SiteData;
  it('says a figure that is the same, as shown, at both ends is the same, not that it went from a figure to itself', () => {
    const flat = indicator([total(2015, 4105.2), total(2024, 4104.8)]);
    // only the two ends are known: "2015年至2024年…均为" would speak for the years between
    assert.equal(trendDescription(flat, 'zh', site), '2015年和2024年，专任教师数均为4,105人。');
    assert.equal(trendDescription(flat, 'en', site), 'Full-time teachers (headcount) stood at 4,105 in both 2015 and 2024.');
    assert.equal(trendDescription(indicator([total(2015, 4000), total(2024, 4105)]), 'zh', site), '2015年至2024年，专任教师数由4,000人变为4,105人。');
  });

  it('says a figure the same every year shown is the same from first to last, and one the same at the ends only is the same in both', () => {
    const steady = indicator([total(2022, 4105), total(2023, 4105), total(2024, 4105)]);
    assert.equal(trendDescription(steady, 'zh', site), '2022年至2024年，专任教师数均为4,105人。');
    const back = indicator([total(2022, 4105), total(2023, 4200), total(2024, 4105)]);
    assert.equal(trendDescription(back, 'zh', site), '2022年和2024年，专任教师数均为4,105人。');
    assert.equal(trendDescription(back, 'en', site), 'Full-time teachers (headcount) stood at 4,105 in both 2022 and 2024.');
  });

  it('describes one year of data (a first year\'s report) as that year\'s figure, not a span from the year to itself', () => {
    const one = indicator([total(2015, 3755)]);
    assert.equal(trendDescription(one, 'zh', site), '2015年，专任教师数为3,755人。');
    assert.equal(trendDescription(one, 'en', site), 'Full-time teachers (headcount) stood at 3,755 in 2015.');
  });
});

describe('a breakdown\'s sentence', () => {
  it('names the highest and lowest when every category is published', () => {
    const ind = indicator([cell('小学', 120), cell('初中', 80), cell('高中', 60)]);
    assert.equal(breakdownDescription(ind, breakdowns(ind, 2024, 'zh')[0]!, 'zh'), '2024年按学段分，专任教师最高为小学（120人），最低为高中（60人）。');
  });

  it('with a withheld category, names extremes only among the published ones and counts the rest', () => {
    const ind = indicator([cell('小学', 120), cell('初中', 80), cell('高中', null, 'c'), cell('不详', 2)]);
    const zh = breakdownDescription(ind, breakdowns(ind, 2024, 'zh')[0]!, 'zh');
    assert.equal(zh, '2024年按学段分，在可公开的类别中，专任教师最高为小学（120人），最低为初中（80人）；另有 1 类不予公布（c），未参与比较。');
    assert.doesNotMatch(zh, /不详（/, 'unknown is never an extreme');
    const en = breakdownDescription(ind, breakdowns(ind, 2024, 'en')[0]!, 'en');
    assert.match(en, /among the published categories.*1 more is withheld \(c\) and not compared/);
  });

  it('says 不予公布（c） where nothing can be compared', () => {
    const one = indicator([cell('小学', 120), cell('初中', null, 'c')]);
    assert.equal(breakdownDescription(one, breakdowns(one, 2024, 'zh')[0]!, 'zh'), '2024年按学段分，小学为120人；另有 1 类不予公布（c），未参与比较。');
    const single = indicator([cell('小学', 120)]);
    assert.equal(breakdownDescription(single, breakdowns(single, 2024, 'zh')[0]!, 'zh'), '2024年按学段分，小学为120人。', 'one category: its figure, not the title alone');
    assert.equal(breakdownDescription(single, breakdowns(single, 2024, 'en')[0]!, 'en'), '2024 by school stage: Primary 120.');
    const none = indicator([cell('小学', null, 'c'), cell('初中', null, 'c')]);
    assert.equal(breakdownDescription(none, breakdowns(none, 2024, 'zh')[0]!, 'zh'), '2024年按学段分：不予公布（c）。');
  });

  it('names every category that shares the highest or lowest figure, never one standing for the rest', () => {
    const ind = indicator([cell('学前', 100), cell('小学', 100), cell('初中', 96.9), cell('中职', 100)]);
    const share = { ...ind, unit: 'percent', decimals: 1, short: { zh: '学历合格率', en: 'Qualified' } } as IndicatorData;
    assert.equal(breakdownDescription(share, breakdowns(share, 2024, 'zh')[0]!, 'zh'), '2024年按学段分，学历合格率最高为学前、小学、中职（均为100.0%），最低为初中（96.9%）。');
    assert.equal(breakdownDescription(share, breakdowns(share, 2024, 'en')[0]!, 'en'), '2024 by school stage: highest Pre-school, Primary and Secondary vocational (each 100.0%), lowest Lower secondary (96.9%).');
    assert.equal(multiplesDescription(share, seriesBy(share, 'stage', 'zh').points, 'zh'), '2024年学历合格率最高的是学前、小学、中职（均为100.0%），最低的是初中（96.9%）。');
    // English leaves the measure to the chart's title: no “qualified was highest”
    assert.equal(multiplesDescription(share, seriesBy(share, 'stage', 'en').points, 'en'), 'In 2024: highest Pre-school, Primary and Secondary vocational (each 100.0%), lowest Lower secondary (96.9%).');
    const even = indicator([cell('小学', 50), cell('初中', 50)]);
    assert.equal(breakdownDescription(even, breakdowns(even, 2024, 'zh')[0]!, 'zh'), '2024年按学段分，专任教师均为50人。');
  });

  it('labels a by-school breakdown’s 不详 (people on no school’s roster) Unknown in English, never its pinyin, in the table and on the dots', () => {
    const bySchool = (rows: Estimate[]) => ({ ...indicator(rows.map((e) => ({ ...e, dimension: 'school' }) as Estimate)), breakdowns: ['school'] }) as IndicatorData;
    const ind = bySchool([cell('示例县第一小学', 120), cell('不详', 40), cell('河口镇第二小学', null, 'c')]);
    const labels = breakdowns(ind, 2024, 'en')[0]!.points.map((p) => p.label);
    assert.deepEqual(labels, ['Shili County No. 1 Primary School', 'Unknown', 'Hekou Town No. 2 Primary School']);
    assert.deepEqual(breakdowns(ind, 2024, 'zh')[0]!.points.map((p) => p.label), ['示例县第一小学', '不详', '河口镇第二小学']);
    const data = { schools: [], indicators: [ind] } as unknown as SiteData;
    assert.deepEqual(schoolDotsFor(data, ind, 2024, 'en').dots.map((d) => [d.school, d.group]), [['Shili County No. 1 Primary School', 'Unknown'], ['Unknown', 'Unknown']]);
  });

  it('counts withheld schools as schools (另有 2 所学校), not as categories (另有 2 类)', () => {
    const bySchool = { ...indicator([cell('一小', 120), cell('二小', 80), cell('三小', null, 'c'), cell('四小', null, 'c')].map((e) => ({ ...e, dimension: 'school' }) as Estimate)), breakdowns: ['school'] } as IndicatorData;
    assert.equal(breakdownDescription(bySchool, breakdowns(bySchool, 2024, 'zh')[0]!, 'zh'), '2024年按学校分，在可公开的学校中，专任教师最高为一小（120人），最低为二小（80人）；另有 2 所学校不予公布（c），未参与比较。');
    assert.match(breakdownDescription(bySchool, breakdowns(bySchool, 2024, 'en')[0]!, 'en'), /^2024 by school: among the published schools, highest .*; 2 more are withheld \(c\) and not compared\.$/);
  });

  it('puts symbols into words', () => {
    assert.equal(sayText('c', 'zh'), '不予公布'); // a withheld cell may be large, withheld so that a small one cannot be worked back
    assert.equal(sayText('c', 'en'), 'withheld');
    assert.equal(sayText('x', 'en'), 'not available');
    assert.equal(sayText('12人', 'zh'), '12人');
  });
});

describe('a target\'s verdict', () => {
  const cycle = { ...trainingCycle360, target: { value: 100, direction: 'atLeast', label: { zh: '100%', en: '100%' }, source: '' }, estimates: [] } as unknown as IndicatorData;
  const share = (year: number, value: number) => ({ year, indicator: 'training_cycle_360', dimension: 'total', category: '合计', value, symbol: '', numerator: null, denominator: null }) as unknown as Estimate;
  const policy = { policy: { training_cycle_start: 2021 } } as unknown as Pick<SiteData, 'policy'>;

  it('is not “not met” for a five-year cycle before its last year: the figure is progress so far', () => {
    assert.equal(targetStatus(cycle, share(2024, 26.6), 'zh', policy), '目标100%：2021—2025年周期未结束，为截至本年的进度');
    assert.equal(targetStatus(cycle, share(2024, 26.6), 'en', policy), 'Target 100%: the 2021–2025 cycle is not over; progress so far');
    assert.equal(targetStatus(cycle, share(2025, 96.6), 'zh', policy), '目标100%：未达到');
    assert.equal(targetStatus(cycle, share(2024, 100), 'zh', policy), '目标100%：已达到');
    // Another cycle start in site.yaml moves the cycle's end.
    assert.equal(targetStatus(cycle, share(2024, 50), 'zh', { policy: { training_cycle_start: 2020 } } as unknown as Pick<SiteData, 'policy'>), '目标100%：未达到');
  });
});

describe('a five-year training cycle’s completion', () => {
  // 2016–2020 ends at 58.0%; 2021 opens 2021–2025 at 0.0%, which reaches 26.6% by 2024.
  const values: Record<number, number> = { 2019: 40, 2020: 58, 2021: 0, 2022: 8.4, 2023: 17.5, 2024: 26.6 };
  const estimates = Object.entries(values).map(([year, value]) => ({ year: Number(year), indicator: 'training_cycle_360', dimension: 'total', category: '全部', value, symbol: '', numerator: null, denominator: null }) as unknown as Estimate);
  const { measure: _, target: __, ...meta } = trainingCycle360;
  const ind = { ...meta, target: { value: 100, direction: 'atLeast', label: { zh: '100%', en: '100%' }, source: '' }, estimates } as unknown as IndicatorData;
  const site = (start: number) => ({ indicators: [ind], policy: { training_cycle_start: start } }) as unknown as SiteData;

  it('is never compared with the last year of the cycle before, on a tile, in the key points or in a report', () => {
    for (const lang of ['zh', 'en'] as const) {
      assert.equal(tile(ind, 2021, lang, site(2021)).change, null);
      assert.equal(new Figures(site(2021), 2021, lang).change('training_cycle_360'), null);
    }
    // Within one cycle the change is stated, in percentage points.
    assert.equal(tile(ind, 2022, 'zh', site(2021)).change, '比上年提高8.4个百分点');
    assert.equal(new Figures(site(2021), 2022, 'en').change('training_cycle_360'), 'up 8.4 percentage points on the previous year');
    // The cycle comes from site.yaml: cycles starting 2023 put 2022 and 2023 in different ones, and 2020 and 2021 in one.
    assert.equal(tile(ind, 2023, 'zh', site(2023)).change, null);
    assert.equal(tile(ind, 2021, 'zh', site(2023)).change, '比上年下降58.0个百分点');
  });

  it('is described within the current cycle, as progress so far', () => {
    assert.equal(trendDescription(ind, 'zh', site(2021)), '2021—2025年培训周期内，五年周期360学时完成率由2021年的0.0%变为2024年的26.6%；每个周期重新累计，不与上一周期相比。');
    assert.equal(trendDescription(ind, 'en', site(2021)), 'In the 2021–2025 training cycle, teachers completing 360 training hours in the five-year cycle went from 0.0% in 2021 to 26.6% in 2024; each cycle is counted afresh and never compared with the one before.');
    const first = { ...ind, estimates: ind.estimates.filter((e) => e.year <= 2021) };
    assert.equal(trendDescription(first, 'zh', site(2021)), '2021—2025年培训周期内，2021年五年周期360学时完成率为0.0%；每个周期重新累计，不与上一周期相比。');
    assert.doesNotMatch(trendDescription(ind, 'zh', site(2021)), /2019|2020|58/);
  });

  it('is drawn as one line per cycle, broken at the cycle boundary', () => {
    const points = trendPoints(ind, 'zh', site(2021));
    assert.deepEqual(points.map((p) => p.segment), [2016, 2016, 2021, 2021, 2021, 2021]);
    const svg = trendChart({ title: '360学时完成率', description: '', yLabel: '%', points: points.map(({ label, value, text, segment }) => ({ year: Number(label), value, text, ...(segment === undefined ? {} : { segment }) })) });
    const line = /<g[^>]*aria-label="line"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
    assert.equal(line.match(/<path/g)?.length, 2, 'two cycles, two lines');
    // Any other indicator's trend is one line.
    assert.ok(trendPoints({ ...fulltimeTeachers, estimates } as unknown as IndicatorData, 'zh', site(2021)).every((p) => p.segment === undefined));
  });

  it('is drawn on a school’s page as one line per cycle for the school and for the area', () => {
    const own = estimates.map((e) => ({ ...e, dimension: 'school', category: '一小' }));
    const withSchool = { ...ind, estimates: [...estimates, ...own] } as IndicatorData;
    const data = { ...site(2021), indicators: [withSchool], years: Object.keys(values).map(Number), region: { zh: '全县', en: 'The county' } } as unknown as SiteData;
    const { points, groups } = schoolSeries(data, withSchool, { name: '一小', peer: null }, 'zh');
    const svg = linesChart({ title: '360学时完成率', description: '', yLabel: '%', points, groups });
    const line = /<g[^>]*aria-label="line"[^>]*>(.*?)<\/g>/s.exec(svg)?.[1] ?? '';
    assert.equal(line.match(/<path/g)?.length, 4, 'the school and the area, each in two cycles');
  });
});

describe('a change on the previous year', () => {
  const count = (year: number, value: number) => ({ year, indicator: 'training_person_times', dimension: 'total', category: '全部', value, symbol: '', numerator: value, denominator: null }) as unknown as Estimate;
  const times = { unit: 'person-times', decimals: 0 } as const;

  it('gives a count’s percentage to one decimal', () => {
    assert.equal(formatChange(count(2022, 11_395), count(2021, 11_617), times, 'zh'), '比上年减少222人次，下降1.9%');
    assert.equal(formatChange(count(2022, 11_839), count(2021, 11_617), times, 'en'), 'up 222 (1.9%) on the previous year');
  });

  it('never says 下降0.0% of a count that moved: less than 0.1% is said so', () => {
    assert.equal(formatChange(count(2022, 11_616), count(2021, 11_617), times, 'zh'), '比上年减少1人次，下降不足0.1%');
    assert.equal(formatChange(count(2022, 11_618), count(2021, 11_617), times, 'en'), 'up 1 (less than 0.1%) on the previous year');
    // 0.05% and more rounds to 0.1%.
    assert.equal(formatChange(count(2022, 2_001), count(2021, 2_000), times, 'zh'), '比上年增加1人次，增长0.1%');
  });

  it('states a rate’s change as the difference of the two rates as published, never contradicting them', () => {
    const rate = (year: number, numerator: number, denominator: number) => ({ ...count(year, (numerator / denominator) * 100), indicator: 'exchange_backbone_share' }) as Estimate;
    const percent = { unit: 'percent', decimals: 1 } as const;
    // the sample's 2019 → 2020: 85/437 = 19.45% shown 19.5%, 90/463 = 19.44% shown 19.4%
    assert.equal(formatChange(rate(2020, 90, 463), rate(2019, 85, 437), percent, 'zh'), '比上年下降0.1个百分点');
    assert.equal(formatChange(rate(2020, 90, 463), rate(2019, 85, 437), percent, 'en'), 'down 0.1 percentage points on the previous year');
    // 2023 → 2024 of the policy measure: 456/1559 shown 29.2%, 478/1554 shown 30.8%
    assert.equal(formatChange(rate(2024, 478, 1554), rate(2023, 456, 1559), percent, 'zh'), '比上年提高1.6个百分点');
    // 19.36% and 19.44% are both shown 19.4%: unchanged, not "提高0.1个百分点"
    assert.equal(formatChange(rate(2024, 1944, 10000), rate(2023, 1936, 10000), percent, 'zh'), '与上年持平');
  });
});

describe('a staff-to-pupil ratio (1:X) compared across categories', () => {
  // 中职 1:14.5 has the fewest staff for its pupils: it is not the “highest” 教职工与学生比.
  const ratio = (dimension: string, category: string, year: number, value: number) => ({ year, indicator: 'staff_student_ratio', dimension, category, value, symbol: '', numerator: null, denominator: null }) as unknown as Estimate;
  const { measure: _, ...meta } = staffStudentRatio;
  const ind = { ...meta, breakdowns: ['stage'], estimates: [ratio('stage', '小学', 2024, 13.3), ratio('stage', '中职', 2024, 14.5), ratio('stage', '特殊教育', 2024, 3.8)] } as unknown as IndicatorData;

  it('names the categories with the most and fewest pupils per member of staff, never the highest and lowest ratio', () => {
    const [b] = breakdowns(ind, 2024, 'zh');
    assert.equal(breakdownDescription(ind, b!, 'zh'), '2024年按学段分，每名教职工对应学生数最多为中职（1:14.5），最少为特殊教育（1:3.8）。');
    assert.equal(breakdownDescription(ind, breakdowns(ind, 2024, 'en')[0]!, 'en'), '2024 by school stage: most pupils per member of staff Secondary vocational (1:14.5), fewest Special education (1:3.8).');
    const { points } = seriesBy(ind, 'stage', 'zh');
    assert.equal(multiplesDescription(ind, points, 'zh'), '2024年每名教职工对应学生数最多的是中职（1:14.5），最少的是特殊教育（1:3.8）。');
    assert.equal(multiplesDescription(ind, seriesBy(ind, 'stage', 'en').points, 'en'), 'In 2024: most pupils per member of staff Secondary vocational (1:14.5), fewest Special education (1:3.8).');
  });

  it('labels the schools at the ends of its dot plot by pupils, not as highest and lowest', () => {
    const dots = [{ school: '一小', group: '城区', value: 16.1, text: '1:16.1' }, { school: '特校', group: '城区', value: 3.8, text: '1:3.8' }];
    const svg = schoolDots({ title: '教职工与学生比', description: '', dots, groups: ['城区'], xLabel: '1:学生数', ends: extremeWords(ind, 'zh').marks });
    assert.match(svg, /学生最多 1:16\.1：一小/);
    assert.match(svg, /学生最少 1:3\.8：特校/);
    assert.doesNotMatch(svg, /最高|最低/);
  });
});

describe('a trend by school stage', () => {
  it('counts the same withheld categories as the year’s bar chart beside it, a category never published too', () => {
    // 2024: 学前, 中职 and 特殊教育 withheld; 特殊教育 and 中职 never published, so they have no line of their own.
    const n = (year: number, category: string, value: number | null) => ({ year, indicator: 'new_senior_titles', dimension: 'stage', category, value, symbol: value === null ? 'c' : '', numerator: value, denominator: null }) as unknown as Estimate;
    const ind = indicator([n(2018, '学前', 6), n(2024, '学前', null), n(2024, '小学', 43), n(2024, '初中', 11), n(2024, '高中', 9), n(2024, '中职', null), n(2024, '特殊教育', null)]);
    const bars = breakdownDescription(ind, breakdowns(ind, 2024, 'zh')[0]!, 'zh');
    const lines = multiplesDescription(ind, seriesBy(ind, 'stage', 'zh').points, 'zh', 'stage');
    assert.match(bars, /另有 3 类不予公布（c）/);
    assert.match(lines, /另有 3 类不予公布（c）/);
  });

  it('lists nine-year schools (小学;初中) after the single stages, not first', () => {
    const rate = (category: string, value: number) => ({ year: 2024, indicator: 'staff_student_ratio', dimension: 'stage', category, value, symbol: '', numerator: null, denominator: null }) as unknown as Estimate;
    const ind = { ...staffStudentRatio, estimates: [rate('小学;初中', 10), rate('学前', 12), rate('小学', 13.3), rate('初中', 10.1)] } as unknown as IndicatorData;
    assert.deepEqual(seriesBy(ind, 'stage', 'zh').groups, ['学前', '小学', '初中', '小学、初中']);
  });

  it('shows 0 for a count with no row in a year (nobody counted there), not a blank cell; a year without the breakdown stays out', () => {
    // 2015: 10 retirements, 高中 5, 中职 none; 2016: 中职 6; 2017: only the total.
    const count = (year: number, dimension: string, category: string, value: number | null) => ({ year, indicator: 'retirements', dimension, category, value, symbol: value === null ? 'c' : '', numerator: value, denominator: null }) as unknown as Estimate;
    const { measure: _, ...meta } = retirements;
    const ind = { ...meta, estimates: [count(2015, 'total', '全部', 10), count(2015, 'stage', '小学', null), count(2015, 'stage', '高中', 5), count(2016, 'total', '全部', 12), count(2016, 'stage', '小学', 6), count(2016, 'stage', '中职', 6), count(2017, 'total', '全部', 9)] } as unknown as IndicatorData;
    const { groups, points } = seriesBy(ind, 'stage', 'zh');
    const cell = (year: number, group: string) => points.find((p) => p.year === year && p.group === group)?.plain;
    assert.deepEqual(groups, ['小学', '高中', '中职']);
    assert.equal(cell(2015, '中职'), '0');
    assert.equal(cell(2016, '高中'), '0');
    assert.equal(cell(2015, '小学'), 'c');
    assert.equal(cell(2017, '小学'), undefined);
    // a rate has no such zero
    const rate = { ...ind, unit: 'percent' } as IndicatorData;
    assert.equal(seriesBy(rate, 'stage', 'zh').points.find((p) => p.year === 2015 && p.group === '中职'), undefined);
  });
});

describe('an age or title structure by stage or area', () => {
  const part = (group: string, band: string, value: number | null) => ({ year: 2024, indicator: 'age_structure', dimension: 'stage:ageBand', category: `${group}|${band}`, value, symbol: value === null ? 'c' : '', numerator: null, denominator: null }) as unknown as Estimate;
  const { measure: _, ...meta } = ageStructure;
  const ind = {
    ...meta, breakdowns: ['stage'],
    estimates: [
      part('小学', '29岁及以下', 40), part('小学', '30-34岁', 35), part('小学', '35-39岁', 25),
      // the last group: its own largest part is no headline for the whole breakdown
      part('特殊教育', '29岁及以下', 30), part('特殊教育', '30-34岁', 70),
      // 中职's withheld parts add up to 55%, more than its largest published part: no largest part can be named
      part('中职', '29岁及以下', 45), part('中职', '30-34岁', null), part('中职', '35-39岁', null),
    ],
  } as unknown as IndicatorData;

  it('names every group’s largest part, not only the last group’s, and no group whose withheld parts could be larger', () => {
    const [zh] = structureBreakdowns(ind, 2024, 'zh');
    assert.equal(zh!.description, '2024年按学段分，各学段占比最大的年龄段：小学为29岁及以下（40.0%），特殊教育为30-34岁（70.0%）；另有 1 类含不予公布（c）的数据，未参与比较。');
    const [en] = structureBreakdowns(ind, 2024, 'en');
    assert.match(en!.description, /^2024 by school stage, the largest age band in each: Primary 29 or under \(40\.0%\); Special education 30–34 \(70\.0%\); 1 more has parts withheld \(c\)/);
  });
});

describe('a gap between urban and rural schools', () => {
  it('says what its two lines are by the compared indicator’s full name', () => {
    const { measure: _, ...bachelor } = bachelorPlusShare;
    assert.equal(pairDescription(bachelor as unknown as IndicatorData, ['城区', '乡村'], 'zh'), '两条线分别是城区和乡村学校的本科及以上学历专任教师比例，差距即两线之间的距离。');
    assert.equal(pairDescription(bachelor as unknown as IndicatorData, ['Urban', 'Rural'], 'en'), 'The two lines show full-time teachers with a bachelor’s degree or higher in urban and rural schools; the gap is the distance between them.');
  });
});

describe('an urban–rural gap’s definition', () => {
  it('says which way round it is, so a negative gap (2024: −0.3) is not read as urban ahead', () => {
    const gaps = INDICATORS.filter((i) => i.compares);
    assert.ok(gaps.length >= 3);
    for (const g of gaps) {
      assert.match(g.definition.zh, /正数表示城区高于乡村，负数表示城区低于乡村/, g.id);
      assert.match(g.definition.en, /Positive means urban is higher, negative that rural is higher/, g.id);
    }
  });
});
