/**
 * The targets board's cells and a school page's chart sentences, read as a director and a parent
 * would: a cell with no figure says whether the year has no data (x) or the school had nobody the
 * figure counts (–); a school short of the 360 hours by fewer than k teachers is not told how
 * many; and a school's sentence never ends in “–” nor calls progress in an unfinished cycle a
 * final figure.
 *
 * The county (threshold 5, 2024, training cycle 2021–2025 unless said):
 *   城关小学 15 of 60 eligible exchanged, 3 of them backbone (20%); 10 of 12 teachers have 360 hours (2 short)
 *   河口中学 0 of 20 eligible exchanged, so no backbone share (–);  20 of 40 have 360 hours (20 short)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SiteConfig } from '../../src/lib/config.ts';
import exchangeBackboneShare from '../../src/lib/indicators/exchange/exchange_backbone_share.ts';
import exchangeRateEligible from '../../src/lib/indicators/exchange/exchange_rate_eligible.ts';
import trainingCycle360 from '../../src/lib/indicators/training/training_cycle_360.ts';
import type { Estimate, Indicator } from '../../src/lib/indicators/types.ts';
import type { IndicatorData, SiteData } from '../../src/lib/site/data.ts';
import qualifiedDegreeRate from '../../src/lib/indicators/degree/qualified_degree_rate.ts';
import { areaStanding, judged, targetRows } from '../../src/lib/site/targets.ts';
import { schoolCaption, schoolSeries } from '../../src/lib/site/views.ts';

const config = { policy: { exchange_target: 0.1, backbone_share_target: 0.2 } } as unknown as SiteConfig;

const est = (indicator: string, year: number, dimension: string, category: string, numerator: number | null, denominator: number | null, symbol = ''): Estimate =>
  ({ year, indicator, dimension, category, value: symbol || numerator === null || denominator === null ? null : (100 * numerator) / denominator, numerator, denominator, symbol, basis: 'share' }) as Estimate;

function indicator(ind: Indicator, estimates: Estimate[]): IndicatorData {
  const { measure: _, target, ...rest } = ind;
  return { ...rest, ...(target ? { target: target(config) } : {}), estimates } as IndicatorData;
}

const SCHOOLS = ['城关小学', '河口中学'].map((name) => ({ name, code: null, slug: name, locality: '城区', stages: '小学', township: null, peer: null }));

function county(cycleStart: number): SiteData {
  const eligible = indicator(exchangeRateEligible, [est('exchange_rate_eligible', 2024, 'total', '全部', 15, 80), est('exchange_rate_eligible', 2024, 'school', '城关小学', 15, 60), est('exchange_rate_eligible', 2024, 'school', '河口中学', 0, 20)]);
  const backbone = indicator(exchangeBackboneShare, [est('exchange_backbone_share', 2024, 'total', '全部', 3, 15), est('exchange_backbone_share', 2024, 'school', '城关小学', 3, 15)]);
  // The cycle's first years are missing when it starts in 2021 and the data holds 2024 only: x, no row per school.
  const training = indicator(trainingCycle360, cycleStart === 2024
    ? [est('training_cycle_360', 2024, 'total', '全部', 30, 52), est('training_cycle_360', 2024, 'school', '城关小学', 10, 12), est('training_cycle_360', 2024, 'school', '河口中学', 20, 40)]
    : [est('training_cycle_360', 2024, 'total', '全部', null, null, 'x')]);
  return { indicators: [eligible, backbone, training], schools: SCHOOLS, threshold: 5, years: [2024], latestYear: 2024, region: { zh: '示例县', en: 'Sample County' }, policy: { training_cycle_start: cycleStart } } as unknown as SiteData;
}

const row = (rows: ReturnType<typeof targetRows>['rows'], school: string) => rows.find((r) => r.school.name === school)!;

describe('a targets board cell with no figure', () => {
  it('is – and says nobody was counted, when the year has data but the school had nobody exchanged', () => {
    for (const [lang, note] of [['zh', '当年无计入人员'], ['en', 'Nobody counted that year']] as const) {
      const { rows } = targetRows(county(2021), 2024, lang);
      const cell = row(rows, '河口中学').cells[1]!;
      assert.equal(cell.indicator, 'exchange_backbone_share');
      assert.equal(cell.value, '–');
      assert.equal(cell.note, note, 'not “no data”: the figure exists and counts nobody');
      assert.equal(row(rows, '城关小学').cells[1]!.status, 'met');
    }
  });

  it('is x with no data, and no school is judged, when the year has no such data', () => {
    const { rows } = targetRows(county(2021), 2024, 'zh');
    for (const school of ['城关小学', '河口中学']) {
      const cell = row(rows, school).cells[2]!;
      assert.equal(cell.indicator, 'training_cycle_360');
      assert.deepEqual([cell.value, cell.status, cell.note], ['x', 'missing', '无数据']);
    }
    assert.equal(judged(rows, 2), 0, 'the board must not say every school meets a target nobody could be judged against');
    assert.equal(judged(rows, 1), 1);
  });
});

describe('a school short of the 360 hours', () => {
  it('is told how many teachers are yet to complete only when they are at least k', () => {
    const zh = targetRows(county(2024), 2024, 'zh').rows;
    assert.equal(row(zh, '城关小学').cells[2]!.note, '周期未结束：还有不足 5 人未完成', '2 teachers would be singled out');
    assert.equal(row(zh, '城关小学').cells[2]!.gap, null);
    assert.equal(row(zh, '河口中学').cells[2]!.note, '周期未结束：还有 20 人未完成');
    const en = targetRows(county(2024), 2024, 'en').rows;
    assert.equal(row(en, '城关小学').cells[2]!.note, 'Cycle not over: fewer than 5 yet to complete');
    assert.doesNotMatch(JSON.stringify(zh), /还有 2 人/);
  });
});

describe('a school page’s chart sentence', () => {
  it('says in words that nobody was counted, never ends in –', () => {
    const data = county(2021);
    const ind = data.indicators[1]!;
    const school = { name: '河口中学', peer: null };
    assert.equal(schoolCaption(data, ind, schoolSeries(data, ind, school, 'zh'), 'zh'), '2024年本校交流中骨干教师比例：当年无计入人员；线条为本校、示例县的历年数值。');
    const en = schoolCaption(data, ind, schoolSeries(data, ind, school, 'en'), 'en');
    assert.equal(en, `${ind.short.en} at this school in 2024: nobody counted that year; the lines are this school, Sample County, year by year.`);
  });

  it('calls a 360-hour figure in a cycle not yet over progress so far, and names similar schools in lower case mid-sentence', () => {
    const data = county(2024);
    const ind = data.indicators[2]!;
    const school = { name: '城关小学', peer: '小学·城区' };
    assert.equal(schoolCaption(data, ind, schoolSeries(data, ind, school, 'zh'), 'zh'), '2024年本校360学时完成率为83.3%（2024—2028年周期未结束，为截至本年的进度）；线条为本校、同类学校和示例县的历年数值。');
    assert.equal(schoolCaption(data, ind, schoolSeries(data, ind, school, 'en'), 'en'), `${ind.short.en} at this school in 2024: 83.3% (the 2024–2028 cycle is not over: progress so far); the lines are this school, similar schools and Sample County, year by year.`);
  });
});

describe('a target not published by school', () => {
  it('gives the whole area’s figure with its verdict, or says in words that there is none, never “为 x”', () => {
    const data = { policy: { training_cycle_start: 2021 } } as unknown as SiteData;
    const with990 = indicator(qualifiedDegreeRate, [est('qualified_degree_rate', 2024, 'total', '全部', 990, 1000)]);
    assert.equal(areaStanding(data, with990, 2024, 'zh'), '2024年全县为 99.0%（目标100%：未达到）');
    assert.equal(areaStanding(data, with990, 2024, 'en'), 'In 2024 the whole area stands at 99.0% (Target 100%: not met)');
    const none = indicator(qualifiedDegreeRate, [est('qualified_degree_rate', 2024, 'total', '全部', null, null, 'x')]);
    assert.equal(areaStanding(data, none, 2024, 'zh'), '2024年全县：无数据');
    assert.equal(areaStanding(data, none, 2024, 'en'), 'In 2024 the whole area: not available');
    assert.equal(areaStanding(data, none, 2023, 'zh'), '2023年全县：无数据', 'a year with no row at all');
  });
});
