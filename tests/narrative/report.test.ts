/**
 * The annual report's sentences on a small county built in the test: bulletin grammar,
 * targets only where declared, and a plain statement where a section has no data.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { computeIndicators } from '../../src/lib/indicators/compute.ts';
import { annualReport } from '../../src/lib/narrative/report.ts';
import { keyPoints } from '../../src/lib/narrative/key-points.ts';
import { SECTIONS } from '../../src/lib/narrative/sections.ts';
import { Figures } from '../../src/lib/narrative/text.ts';
import { INDICATORS } from '../../src/lib/indicators/registry.ts';
import type { Estimate } from '../../src/lib/indicators/types.ts';
import { compareWithPrevious } from '../../src/lib/site/changes.ts';
import { siteData, type SiteData } from '../../src/lib/site/data.ts';
import { dataFolder, ingestFolder, xlsxFile, type Cell } from '../helpers/fixtures.ts';

const H = ['教师编号', '性别', '出生年月', '学校名称', '学段', '城乡', '岗位类别', '最高学历', '专业技术职务', '进本校年月'];
const teacher = (i: number, education: string): Cell[] => [`T${i}`, i % 2 ? '女' : '男', '1985-01-01', `学校${i % 4}`, i % 4 < 2 ? '小学' : '初中', i % 4 === 3 ? '乡村' : '城区', '专任教师', education, '一级', '2010-09-01'];
// 2023: 40 teachers, 20 with a bachelor's degree; 2024: 42 teachers, 25 with one (other tests: 35).
const roster = (n: number, bachelors: number) => [H, ...Array.from({ length: n }, (_, i) => teacher(i, i < bachelors ? '本科' : '专科'))];
// Exchange in 2024 only: 8 of the 42 (all eligible, all compulsory) → 19.0%.
const exchange = [['教师编号', '原单位', '交流单位', '交流方式', '开始日期'], ...Array.from({ length: 8 }, (_, i) => [`T${i}`, `学校${i % 4}`, `学校${(i + 1) % 4}`, '交流轮岗', '2024-09-01'])];
// A training cycle from 2023 (site.yaml): T0–T19 train 200 hours a year, so reach 360 in 2024;
// T40 and T41, new in 2024, train 400 hours but were not in post throughout the cycle.
// 2024: 20 of the 40 in post since 2023 → 50.0% (22 of all 42 would read 52.4%).
const training = (year: number, people: readonly number[], hours: number) =>
  [['教师编号', '培训项目', '培训级别', '学时', '开始日期'], ...people.map((i) => [`T${i}`, '全员培训', '县级', hours, `${year}-03-01`])];
const half = Array.from({ length: 20 }, (_, i) => i);
// Six staff left in 2023, the first year of data: its exits are known, its retention is not.
const exits = [['教师编号', '类型', '日期'], ...Array.from({ length: 6 }, (_, i) => [`X${i}`, '退休', '2023-07-01'])];

// Training in 2024, by level (国家级 6 … 其他 5: the largest four alone would leave 国家级 and 其他 out), 5 of them abroad (a form, not a level).
const LEVELS: [string, number][] = [['县级', 20], ['校级', 12], ['市级', 9], ['省级', 7], ['国家级', 6], ['其他', 5]];
const trainingRows = (levels: readonly [string, number][], abroad: number) => [
  ['教师编号', '培训项目', '培训级别', '培训形式', '学时', '开始日期'],
  ...levels.flatMap(([level, n]) => Array.from({ length: n }, () => level)).map((level, i) => [`T${i % 42}`, `项目${i}`, level, i < abroad ? '出国(境)' : '集中面授', 24, '2024-03-01']),
];

let data: SiteData;
const text = (year: number, lang: 'zh' | 'en', id: string) =>
  annualReport(data, year, lang).find((s) => s.id === id)!.paragraphs.map((p) => p.map((s) => (typeof s === 'string' ? s : s.text)).join('')).join('\n');

before(async () => {
  const { dataset, config } = await ingestFolder(await dataFolder({
    // Enough without the degree that the bureau-wide shares leave out more than 4 (a share leaving out 1–4 is c), and 5 upgrade in 2024.
    '2023/名册.xlsx': xlsxFile({ rows: roster(40, 20) }),
    '2024/名册.xlsx': xlsxFile({ rows: roster(42, 25) }),
    '2024/交流.xlsx': xlsxFile({ rows: exchange }),
    '2023/培训.xlsx': xlsxFile({ rows: training(2023, half, 200) }),
    '2023/减员.xlsx': xlsxFile({ rows: exits }),
    '2024/培训.xlsx': xlsxFile({ rows: [...training(2024, half, 200), ...training(2024, [40, 41], 400).slice(1)] }),
    'site.yaml': 'policy:\n  training_cycle_start: 2023\n',
  }));
  data = siteData(config, dataset, computeIndicators(dataset, config), compareWithPrevious(null, []));
});

describe('annual report narrative', () => {
  it('states counts with their change in 人 and %, and rates with their change in 百分点', () => {
    const zh = text(2024, 'zh', 'workforce');
    assert.match(zh, /^2024年，全县共有教职工42人，其中专任教师42人，比上年增加2人，增长5\.0%。/);
    // 25/42 = 59.5%, 20/40 = 50.0%: up 9.5 points, never "9.5%"
    assert.match(text(2024, 'zh', 'degree'), /本科及以上学历的占59\.5%，比上年提高9\.5个百分点/);
    assert.match(text(2024, 'en', 'degree'), /59\.5% of full-time teachers held a bachelor’s degree or higher, up 9\.5 percentage points on the previous year/);
  });

  it('compares with a declared target, and only where one is declared', () => {
    const zh = text(2024, 'zh', 'exchange');
    assert.match(zh, /占义务教育专任教师的19\.0%。/); // 8 / 42, with no target statement: descriptive
    assert.match(zh, /符合交流条件教师的交流比例为19\.0%，达到不低于10%的要求。/);
    assert.doesNotMatch(zh.split('。')[0]!, /要求/);
  });

  it('lists every training level with a figure, national to other, so the levels add up to the total, and training abroad beside them', async () => {
    const { dataset, config } = await ingestFolder(await dataFolder({
      '2024/名册.xlsx': xlsxFile({ rows: roster(42, 35) }),
      '2024/培训.xlsx': xlsxFile({ rows: trainingRows(LEVELS, 5) }),
    }));
    const site = siteData(config, dataset, computeIndicators(dataset, config), compareWithPrevious(null, []));
    const text = (_year: number, lang: 'zh' | 'en', id: string) => annualReport(site, 2024, lang).find((s) => s.id === id)!.paragraphs.map((p) => p.map((s) => (typeof s === 'string' ? s : s.text)).join('')).join('\n');
    assert.match(text(2024, 'zh', 'training'), /^全年培训教师59人次；其中国家级6人次、省级7人次、市级9人次、县级20人次、校级12人次、其他5人次；出国\(境\)培训5人次。/);
    assert.match(text(2024, 'en', 'training'), /^Training attendances totalled 59, of which 6 at national level, 7 at provincial level, 9 at municipal level, 20 at county level, 12 school-based, 5 other; 5 abroad\. /);
  });

  it('lists every hiring channel with a figure in the vocabulary’s order, so they add up to the new teachers, not only the largest three', async () => {
    // 公开招聘 12, 特岗计划 8, 公费师范生 6, 调入 5: a top three would leave 调入 out (26 of 31).
    const CHANNELS: [string, number][] = [['调入', 5], ['公开招聘', 12], ['公费师范生', 6], ['特岗计划', 8]];
    const hires = [['招聘渠道', '学段', '分配学校', '最高学历', '入职日期'], ...CHANNELS.flatMap(([channel, n]) => Array.from({ length: n }, (_, i) => [channel, '小学', `学校${i % 4}`, '本科', '2024-09-01']))];
    const { dataset, config } = await ingestFolder(await dataFolder({
      '2024/名册.xlsx': xlsxFile({ rows: roster(42, 35) }),
      '2024/新进.xlsx': xlsxFile({ rows: hires }),
    }));
    const site = siteData(config, dataset, computeIndicators(dataset, config), compareWithPrevious(null, []));
    const said = (lang: 'zh' | 'en') => annualReport(site, 2024, lang).find((s) => s.id === 'recruitment')!.paragraphs[0]!.map((s) => (typeof s === 'string' ? s : s.text)).join('');
    assert.match(said('zh'), /^全年新进教师31人；其中公开招聘12人、特岗计划8人、公费师范生6人、调入5人。/);
    assert.match(said('en'), /^31 new teachers were hired: 12 via .+, 8 via .+, 6 via .+, 5 via .+\. /);
  });

  it('ends the age sentence whichever of its figures is withheld: 50岁及以上 under 5 and no pupil counts once left it on “，”', async () => {
    // 3 of 42 born in 1970 (54 at the statistics date): a share whose numerator is under 5 is withheld; no school list, so no pupil–teacher ratio.
    const rows = roster(42, 35).map((r, i) => (i >= 1 && i <= 3 ? [...r.slice(0, 2), '1970-01-01', ...r.slice(3)] : r));
    const { dataset, config } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': xlsxFile({ rows }) }));
    const site = siteData(config, dataset, computeIndicators(dataset, config), compareWithPrevious(null, []));
    const said = (lang: 'zh' | 'en') => annualReport(site, 2024, lang).find((s) => s.id === 'workforce')!.paragraphs[0]!.map((s) => (typeof s === 'string' ? s : s.text)).join('');
    assert.match(said('zh'), /专任教师中女性占50\.0%；平均年龄[\d.]+岁，35岁及以下的占[\d.]+%。$/);
    assert.match(said('en'), /Women made up 50\.0% of full-time teachers\. Their mean age was [\d.]+ years; [\d.]+% were 35 or younger\. $/);
  });

  it('leaves a withheld or missing secondary figure out of its sentence, never printing c or x in the prose', async () => {
    // 2 of 42 with a postgraduate degree: withheld (c); no exchange or exit rows.
    const rows = roster(42, 35).map((r, i) => (i === 1 || i === 2 ? [...r.slice(0, 7), '研究生', ...r.slice(8)] : r));
    const { dataset, config } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': xlsxFile({ rows }) }));
    const site = siteData(config, dataset, computeIndicators(dataset, config), compareWithPrevious(null, []));
    for (const lang of ['zh', 'en'] as const) {
      const said = annualReport(site, 2024, lang).filter((s) => !s.missing).flatMap((s) => s.paragraphs.flatMap((p) => p.filter((x) => typeof x !== 'string')));
      assert.deepEqual(said.filter((x) => typeof x !== 'string' && /^[cxz–]$/.test(x.text)), [], lang);
    }
    const degree = annualReport(site, 2024, 'zh').find((s) => s.id === 'degree')!.paragraphs[0]!.map((s) => (typeof s === 'string' ? s : s.text)).join('');
    assert.match(degree, /^专任教师中本科及以上学历的占83\.3%。/);
  });

  it('says the new teachers’ postgraduate count on its own when their degree share is withheld, never a stray “。，”', async () => {
    // 12 hires at one school, 3 with a bachelor's degree: a share whose numerator is under 5 is withheld; their postgraduate count (0) is not.
    const hires = [['招聘渠道', '学段', '分配学校', '最高学历', '入职日期'], ...Array.from({ length: 12 }, (_, i) => ['公开招聘', '小学', '学校0', i < 3 ? '本科' : '专科', '2024-09-01'])];
    const { dataset, config } = await ingestFolder(await dataFolder({
      '2024/名册.xlsx': xlsxFile({ rows: roster(42, 35) }),
      '2024/新进.xlsx': xlsxFile({ rows: hires }),
    }));
    const site = siteData(config, dataset, computeIndicators(dataset, config), compareWithPrevious(null, []));
    const said = (lang: 'zh' | 'en') => annualReport(site, 2024, lang).find((s) => s.id === 'recruitment')!.paragraphs[0]!.map((s) => (typeof s === 'string' ? s : s.text)).join('');
    assert.match(said('zh'), /^全年新进教师12人；其中公开招聘12人。(分配到乡村学校的占[^。]+。)?新进教师中研究生学历0人。$/);
    assert.match(said('en'), /^12 new teachers were hired: 12 via open recruitment\. (.+ were placed in rural schools\. )?0 held a postgraduate degree\.$/);
  });

  it('names a withheld hiring channel in English as a shown one is named, not capitalised mid-sentence', async () => {
    // 研究生引进 2 is withheld, and with it the next smallest (编外聘用 5).
    const CHANNELS: [string, number][] = [['公开招聘', 12], ['特岗计划', 8], ['研究生引进', 2], ['编外聘用', 5]];
    const hires = [['招聘渠道', '学段', '分配学校', '最高学历', '入职日期'], ...CHANNELS.flatMap(([channel, n]) => Array.from({ length: n }, (_, i) => [channel, '小学', `学校${i % 4}`, '本科', '2024-09-01']))];
    const { dataset, config } = await ingestFolder(await dataFolder({
      '2024/名册.xlsx': xlsxFile({ rows: roster(42, 35) }),
      '2024/新进.xlsx': xlsxFile({ rows: hires }),
    }));
    const site = siteData(config, dataset, computeIndicators(dataset, config), compareWithPrevious(null, []));
    const said = annualReport(site, 2024, 'en').find((s) => s.id === 'recruitment')!.paragraphs[0]!.map((s) => (typeof s === 'string' ? s : s.text)).join('');
    assert.match(said, /^27 new teachers were hired: 12 via open recruitment, 8 via the Special Post Plan; withheld: postgraduate recruitment, contract hiring\. /);
  });

  it('names a withheld training level where it falls, as withheld (the symbol note’s words), never as “too few”: the next smallest withheld with it need not be few', async () => {
    // 国家级 2 is withheld (fewer than 5), and with it the next smallest (其他 5), so neither can be worked back from the total.
    const { dataset, config } = await ingestFolder(await dataFolder({
      '2024/名册.xlsx': xlsxFile({ rows: roster(42, 35) }),
      '2024/培训.xlsx': xlsxFile({ rows: trainingRows([['县级', 20], ['市级', 9], ['国家级', 2], ['其他', 5]], 0) }),
    }));
    const site = siteData(config, dataset, computeIndicators(dataset, config), compareWithPrevious(null, []));
    const said = (lang: 'zh' | 'en') => annualReport(site, 2024, lang).find((s) => s.id === 'training')!.paragraphs[0]!.map((s) => (typeof s === 'string' ? s : s.text)).join('');
    assert.match(said('zh'), /^全年培训教师36人次；其中国家级（不予公布）、市级9人次、县级20人次、其他（不予公布）。/);
    assert.match(said('en'), /^Training attendances totalled 36, of which 9 at municipal level, 20 at county level; withheld: national, other\. /);
  });

  it('gives the share still at the same school as a share of last year’s teachers, not “其中” of those still in post', async () => {
    const { dataset, config } = await ingestFolder(await dataFolder({
      '2023/名册.xlsx': xlsxFile({ rows: roster(40, 30) }),
      '2024/名册.xlsx': xlsxFile({ rows: roster(42, 35) }),
      '2024/减员.xlsx': xlsxFile({ rows: [['教师编号', '类型', '日期'], ...Array.from({ length: 6 }, (_, i) => [`X${i}`, '退休', '2024-07-01'])] }),
    }));
    const site = siteData(config, dataset, computeIndicators(dataset, config), compareWithPrevious(null, []));
    const said = annualReport(site, 2024, 'zh').find((s) => s.id === 'exits')!.paragraphs[0]!.map((s) => (typeof s === 'string' ? s : s.text)).join('');
    // school_stay_rate's base is last year's full-time teachers (92.2% in the sample's 2024), the same as
    // retention's: "其中仍在原学校的占" would make it a share of those still in post (95.9% there).
    assert.match(said, /上年专任教师本年仍在岗的占100\.0%，仍在原学校的占100\.0%；流失率0\.0%。/);
    assert.doesNotMatch(said, /其中仍在原学校/);
  });

  it('says the urban–rural degree gap by the gap as shown: no direction for a gap shown 0.0, and in percentage points in English', () => {
    const total = (indicator: string, value: number, category = '全部', dimension = 'total') => ({ year: 2024, indicator, dimension, category, value, symbol: '', numerator: null, denominator: null, basis: 'count' }) as unknown as Estimate;
    const site = (gap: number) => ({
      years: [2023, 2024], policy: { training_cycle_start: 2021 },
      indicators: INDICATORS.map(({ measure: _, ...meta }) => ({ ...meta, estimates: ({ fulltime_teachers: [total('fulltime_teachers', 1229, '乡村', 'locality')], rural_teacher_share: [total('rural_teacher_share', 29.8)], gap_bachelor_plus: [total('gap_bachelor_plus', gap)] } as Record<string, Estimate[]>)[meta.id] ?? [] })),
    }) as unknown as SiteData;
    const rural = SECTIONS.find((x) => x.id === 'rural')!;
    const said = (gap: number, lang: 'zh' | 'en') => rural.write(new Figures(site(gap), 2024, lang))[0]!.map((x) => (typeof x === 'string' ? x : x.text)).join('');
    assert.match(said(0.03, 'zh'), /城区学校本科及以上学历教师比例与乡村学校相差0\.0个百分点。/);
    assert.match(said(-0.315, 'zh'), /城区学校本科及以上学历教师比例比乡村学校低0\.3个百分点。/);
    assert.match(said(-0.315, 'en'), /was 0\.3 percentage points lower in urban than in rural schools\./);
    assert.doesNotMatch(said(0.03, 'en'), /points (higher|lower)/);
  });

  it('says plainly when a section has no data', () => {
    assert.equal(text(2023, 'zh', 'exchange'), '本年度未报送交流轮岗数据，本节从略。');
    assert.equal(text(2023, 'en', 'recruitment'), 'No recruitment records were supplied for this year.');
  });

  it('says whom the training cycle’s completion counts: those in post throughout the cycle', () => {
    assert.match(text(2024, 'zh', 'training'), /在2023—2027年培训周期内一直在岗的专任教师中，累计培训达到360学时的占50\.0%（周期未结束，为截至本年的进度）。/);
    assert.match(text(2024, 'en', 'training'), /Of the full-time teachers in post throughout the 2023–2027 training cycle so far, 50\.0% had completed 360 training hours in it \(the cycle is not over: progress so far\)\./);
    assert.doesNotMatch(text(2024, 'zh', 'training'), /累计达到360学时的专任教师占/);
  });

  it('says in the first year of data why the figures that need the year before are not given, and from when they are', () => {
    assert.equal(text(2023, 'zh', 'exits'), '全年减员6人，其中退休6人。2023年是数据的第一年，留任率和流失率需要上一年的名册，从2024年起计算。');
    assert.match(text(2023, 'en', 'exits'), /2023 is the first year of data: figures for retention and attrition need the previous year’s roster and are given from 2024\. $/);
    assert.match(text(2023, 'zh', 'degree'), /2023年是数据的第一年，学历提升人数需要上一年的名册，从2024年起计算。$/);
    assert.match(text(2023, 'zh', 'rural'), /2023年是数据的第一年，乡村教师留任率需要上一年的名册，从2024年起计算。/);
    for (const id of ['degree', 'rural', 'training']) assert.doesNotMatch(text(2024, 'zh', id), /第一年|无数据/);
  });

  it('says why a training cycle’s completion is not given: the first year of data, or a year of the cycle before the data', async () => {
    // Cycles from 2021: 2023 and 2024 both lack 2021 and 2022.
    const { dataset, config } = await ingestFolder(await dataFolder({
      '2023/名册.xlsx': xlsxFile({ rows: roster(40, 30) }),
      '2024/名册.xlsx': xlsxFile({ rows: roster(42, 35) }),
      '2023/培训.xlsx': xlsxFile({ rows: training(2023, half, 200) }),
      '2024/培训.xlsx': xlsxFile({ rows: training(2024, half, 200) }),
      'site.yaml': 'policy:\n  training_cycle_start: 2021\n',
    }));
    const early = siteData(config, dataset, computeIndicators(dataset, config), compareWithPrevious(null, []));
    const say = (year: number, lang: 'zh' | 'en') => annualReport(early, year, lang).find((s) => s.id === 'training')!.paragraphs.flat().map((s) => (typeof s === 'string' ? s : s.text)).join('');
    assert.match(say(2023, 'zh'), /2023年是数据的第一年，360学时完成率需要所在培训周期（2021—2025年）各年的名册和培训记录，尚无法计算。/);
    assert.match(say(2023, 'en'), /2023 is the first year of data: figures for 360-hour completion need the rosters and training records of every year of their training cycle \(2021–2025\)\. /);
    assert.match(say(2024, 'zh'), /360学时完成率本年无数据：本周期（2021—2025年）有年份缺少名册或培训记录，无法计算。/);
  });

  it('writes an English key point’s target verdict in the middle of its sentence, after a semicolon, not capitalised', () => {
    const points = keyPoints(data, 2024, 'en').filter((k) => k.target);
    assert.ok(points.length > 0, 'the exchange rate (policy) has a target');
    for (const k of points) assert.match(k.target!, /^target /, k.id);
    assert.ok(keyPoints(data, 2024, 'zh').some((k) => k.target?.startsWith('目标')));
  });
});

describe('a year without exit records', () => {
  it('still gives retention, which needs only the two years’ rosters, and says the exit records were not supplied', () => {
    // The fixture's 2024 has rosters for 2023 and 2024 and no exit file.
    assert.match(text(2024, 'zh', 'exits'), /^本年度未报送减员数据。上年专任教师本年仍在岗的占100\.0%/);
    assert.match(text(2024, 'en', 'exits'), /^No exit records were supplied for this year\. 100\.0% of last year’s full-time teachers were still in post/);
    assert.equal(annualReport(data, 2024, 'zh').find((s) => s.id === 'exits')!.missing, false);
  });
});
