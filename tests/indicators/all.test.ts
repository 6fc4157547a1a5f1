/**
 * Every indicator of the registry on a hand-built two-year county. The expected values are
 * worked out in the comments from the rows below, not copied from the engine's output.
 * Disclosure threshold is 1 and secondary suppression is off, so the arithmetic shows;
 * suppression has its own tests (tests/disclosure/).
 *
 * Ages are at the statistics date 2024-09-30.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { computeIndicators, type IndicatorSeries } from '../../src/lib/indicators/compute.ts';
import { INDICATORS } from '../../src/lib/indicators/registry.ts';
import { dataFolder, ingestFolder, xlsxFile, type Cell } from '../helpers/fixtures.ts';

const H = ['教师编号', '性别', '出生年月', '学校名称', '学段', '城乡', '岗位类别', '最高学历', '专业技术职务', '骨干类别', '骨干级别', '进本校年月'];
//               id     sex   birth         school      stage   area    post       edu     title    backbone    level   at school since
const P1: Cell[] = ['P1', '女', '1994-10-01', '城关小学', '小学', '城区', '专任教师', '本科', '二级', '无', '无', '2018-09-01']; // age 29
const P2: Cell[] = ['P2', '男', '1989-09-30', '城关小学', '小学', '城区', '专任教师', '研究生', '一级', '骨干教师', '县级', '2010-09-01']; // 35
const P3: Cell[] = ['P3', '女', '1974-01-01', '城关小学', '小学', '城区', '专任教师', '专科', '高级', '学科带头人', '市级', '2000-09-01']; // 50
const P4: Cell[] = ['P4', '女', '1980-05-01', '乡村小学', '小学', '乡村', '专任教师', '本科', '一级', '骨干教师', '无', '2015-09-01']; // 44; school-level backbone: not counted
const P5: Cell[] = ['P5', '男', '1970-03-01', '乡村小学', '小学', '乡村', '专任教师', '中师', '高级', '无', '无', '2024-09-01']; // 54; moved here by this year's exchange
const P6: Cell[] = ['P6', '女', '1985-06-01', '河口中学', '初中', '镇区', '专任教师', '本科', '正高级', '特级教师', '省级', '2012-09-01']; // 39
const P7: Cell[] = ['P7', '男', '1998-02-01', '河口中学', '初中', '镇区', '专任教师', '专科', '未定级', '无', '无', '2024-08-25']; // 26; new this year
const P8: Cell[] = ['P8', '女', '1990-12-01', '第一中学', '高中', '城区', '专任教师', '本科', '二级', '无', '无', '2019-09-01']; // 33
const S1: Cell[] = ['S1', '男', '1980-01-01', '城关小学', '小学', '城区', '行政人员', '本科', '一级', '无', '无', '2010-09-01']; // not a teacher
const Q1: Cell[] = ['Q1', '男', '1964-05-01', '乡村小学', '小学', '乡村', '专任教师', '专科', '高级', '无', '无', '1990-09-01']; // retires 2024-05-01

const with_ = (row: Cell[], changes: Record<number, Cell>) => row.map((v, i) => (i in changes ? changes[i]! : v));
// 2023: P7 not yet hired; Q1 still there; P4 held a 专科 then; P5 was at 城关小学 (城区) since 2005.
const ROSTER_2023 = [P1, P2, P3, with_(P4, { 7: '专科' }), with_(P5, { 3: '城关小学', 5: '城区', 11: '2005-09-01' }), P6, P8, S1, Q1];
const ROSTER_2024 = [P1, P2, P3, P4, P5, P6, P7, P8, S1];

const files = {
  'site.yaml': 'disclosure_threshold: 1\npolicy:\n  training_cycle_start: 2023\n',
  '2023/名册.xlsx': xlsxFile({ rows: [H, ...ROSTER_2023] }),
  '2023/培训.xlsx': xlsxFile({ rows: [['教师编号', '培训项目', '培训级别', '学时', '开始日期'], ['P1', '县培', '县级', 300, '2023-07-01'], ['P2', '省培', '省级', 100, '2023-07-01']] }),
  '2024/名册.xlsx': xlsxFile({ rows: [H, ...ROSTER_2024] }),
  '2024/学校.xlsx': xlsxFile({ rows: [['学校名称', '学段', '城乡', '在校生数'], ['城关小学', '小学', '城区', 200], ['乡村小学', '小学', '乡村', 30], ['河口中学', '初中', '镇区', 40], ['第一中学', '高中', '城区', 25]] }),
  '2024/交流.xlsx': xlsxFile({ rows: [
    ['教师编号', '原单位', '交流单位', '交流方式', '是否调动人事关系', '人员类别', '开始日期'],
    ['P4', '乡村小学', '城关小学', '交流轮岗', '否', '教师', '2024-09-01'],
    ['P2', '城关小学', '乡村小学', '支教', '否', '中层干部', '2024-09-01'],
    ['P5', '城关小学', '乡村小学', '调动', '是', null, '2024-09-01'],
  ] }),
  '2024/培训.xlsx': xlsxFile({ rows: [
    ['教师编号', '培训项目', '培训级别', '学时', '开始日期'],
    ['P1', '县培', '县级', 40, '2024-03-01'], ['P1', '校本', '校级', 20, '2024-04-01'], ['P2', '国培', '国家级', 100, '2024-05-01'],
    ['P8', '市培', '市级', 30, '2024-06-01'], ['S1', '县培', '县级', 10, '2024-06-01'],
  ] }),
  '2024/新进.xlsx': xlsxFile({ rows: [
    ['教师编号', '招聘渠道', '学段', '分配学校', '城乡', '最高学历', '入职日期'],
    ['P7', '统招', '初中', '河口中学', null, '大专', '2024-08-25'],
    [null, '特岗计划', '小学', '乡村小学', '乡村', '本科', '2024-08-25'],
    [null, '研究生引进', '高中', '第一中学', '城区', '硕士研究生', '2024-08-25'],
  ] }),
  '2024/职称.xlsx': xlsxFile({ rows: [['教师编号', '原职称', '新职称', '取得日期'], ['P1', '三级', '二级', '2024-12-20'], ['P3', '一级', '高级', '2024-12-20'], ['P6', '高级', '正高级', '2024-12-20']] }),
  '2024/表彰.xlsx': xlsxFile({ rows: [['教师编号', '荣誉名称', '级别', '类别'], ['P2', '优秀教师', '县级', '优秀教师'], ['P6', '师德标兵', '省级', '师德标兵'], ['P1', '优秀班主任', '县级', '优秀班主任']] }),
  '2024/减员.xlsx': xlsxFile({ rows: [['教师编号', '类型', '日期'], ['Q1', '退休', '2024-05-01'], ['Q1X', '辞职', '2024-03-01']] }),
  '2024/经费.xlsx': xlsxFile({ rows: [['项目', '人数', '金额(元)'], ['培训经费', 5, 50000], ['乡村教师生活补助', 2, 9600], ['人才奖励', null, 20000]] }),
};

let series: IndicatorSeries[];
let withSecondary: IndicatorSeries[];
function v(id: string, year: number, dimension = 'total', category = '全部'): number | string {
  const s = series.find((x) => x.indicator.id === id);
  assert.ok(s, `indicator ${id} is registered`);
  const e = s.estimates.find((x) => x.year === year && x.dimension === dimension && x.category === category);
  assert.ok(e, `${id} ${year} ${dimension} ${category} missing`);
  return e.symbol || e.value!;
}
const near = (actual: number | string, expected: number) => assert.ok(typeof actual === 'number' && Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);
const tested = new Set<string>();
const check = (id: string, year: number, expected: number | string, dimension = 'total', category = '全部') => {
  tested.add(id);
  const actual = v(id, year, dimension, category);
  if (typeof expected === 'number') near(actual, expected);
  else assert.equal(actual, expected, `${id} ${year} ${dimension} ${category}`);
};

before(async () => {
  const { dataset, config } = await ingestFolder(await dataFolder(files));
  assert.deepEqual(dataset.issues.filter((i) => i.severity === 'error'), []);
  series = computeIndicators(dataset, config, { secondarySuppression: false });
  withSecondary = computeIndicators(dataset, config);
});

describe('workforce', () => {
  it('counts staff and teachers, shares and ages', () => {
    check('staff_total', 2024, 9); // P1–P8 and S1
    check('fulltime_teachers', 2024, 8);
    check('female_share', 2024, (5 / 8) * 100); // P1 P3 P4 P6 P8
    check('age_mean', 2024, (29 + 35 + 50 + 44 + 54 + 39 + 26 + 33) / 8); // 38.75
    check('age_under35_share', 2024, (4 / 8) * 100); // ≤35: P1 29, P2 35 (birthday on the day), P7 26, P8 33
    check('age_50plus_share', 2024, (2 / 8) * 100); // P3 50, P5 54
    check('age_structure', 2024, (2 / 8) * 100, 'ageBand', '全部|29岁及以下'); // P1, P7
    check('age_structure', 2024, (2 / 8) * 100, 'ageBand', '全部|50-54岁'); // P3, P5
    check('age_structure', 2024, 0, 'ageBand', '全部|55-59岁');
    check('age_structure', 2024, (1 / 4) * 100, 'locality:ageBand', '城区|29岁及以下'); // P1 of P1 P2 P3 P8
    check('age_structure', 2024, 'c', 'stage:ageBand', '高中|30-34岁'); // P8 alone: a share of one person
  });

  it('relates pupils to teachers and to all staff, and is x without the schools table', () => {
    check('student_teacher_ratio', 2024, (200 + 30 + 40 + 25) / 8); // 36.875
    check('student_teacher_ratio', 2024, 200 / 3, 'school', '城关小学'); // P1 P2 P3
    check('staff_student_ratio', 2024, 295 / 9); // 1:32.8, S1 included
    check('student_teacher_ratio', 2023, 'x');
  });

  it('takes the net change from last year’s teachers', () => {
    check('net_change', 2024, 0); // 8 − 8
    check('net_change', 2024, -1, 'stage', '小学'); // P1–P5 (5) − P1–P5, Q1 (6)
    check('net_change', 2024, 1, 'stage', '初中'); // P6 P7 − P6
    check('net_change', 2023, 'x'); // no 2022 roster
  });
});

describe('qualifications', () => {
  it('computes shares against the Teachers Law minimum and one level higher', () => {
    check('bachelor_plus_share', 2024, (5 / 8) * 100); // P1 P2 P4 P6 P8
    check('postgrad_share', 2024, (1 / 8) * 100); // P2
    check('qualified_degree_rate', 2024, 100); // 小学 ≥中师: all five; 初中 ≥专科: P6 P7; 高中 ≥本科: P8
    check('higher_degree_share', 2024, (5 / 8) * 100); // 小学 ≥专科: P1–P4; 初中 ≥本科: P6; 高中 研究生: none
    check('higher_degree_share', 2024, 'z', 'stage', '学前'); // the measure is defined for 小学, 初中, 高中 only
    check('degree_upgrades', 2024, 1); // P4 专科 → 本科
  });
});

describe('titles', () => {
  it('counts senior titles, the structure and promotions', () => {
    check('senior_title_share', 2024, (3 / 8) * 100); // P3 P5 高级, P6 正高级
    check('title_structure', 2024, (1 / 8) * 100, 'title', '全部|正高级');
    check('title_structure', 2024, (2 / 8) * 100, 'title', '全部|二级'); // P1 P8
    check('title_structure', 2024, (1 / 8) * 100, 'title', '全部|未定级'); // P7
    check('new_senior_titles', 2024, 2); // P3 → 高级, P6 → 正高级
    check('promotions', 2024, 3);
    check('promotions', 2024, 1, 'title', '二级'); // P1
  });
});

describe('recruitment', () => {
  it('counts hires by channel and their placement', () => {
    check('new_hires', 2024, 3);
    check('new_hires', 2024, 1, 'channel', '公开招聘'); // 统招 → 公开招聘
    check('new_hires', 2024, 1, 'locality', '镇区'); // P7: no 城乡 on the record, 河口中学 is 镇区 in the schools table
    check('new_hires_rural_share', 2024, (1 / 3) * 100); // the 特岗 hire
    check('new_hires_bachelor_plus_share', 2024, (2 / 3) * 100); // 本科, 硕士研究生
    check('new_hires_postgrad', 2024, 1);
  });
});

describe('exchange', () => {
  it('counts distinct exchanged staff, direction, eligibility, backbone share and moves to rural schools', () => {
    check('exchange_count', 2024, 3); // P4 P2 P5
    check('exchange_count', 2024, 2, 'direction', '城区→乡村'); // P2, P5
    check('exchange_count', 2024, 1, 'role', '不详'); // P5's role left blank
    // 第一中学 teaches only 高中: exchange in compulsory education does not apply to it (z), it is not a zero.
    check('exchange_count', 2024, 'z', 'school', '第一中学');
    check('exchange_in', 2024, 'z', 'school', '第一中学');
    check('exchange_rate', 2024, (3 / 7) * 100); // compulsory teachers P1–P7
    // eligible: ≥6 years at the school on 2024-09-30: P1 (2018-09-01, exactly 6), P2, P3, P4, P6;
    // P5 moved with the exchange, so judged at 城关小学 since 2005; P7 is new. 6 eligible, 3 exchanged.
    check('exchange_rate_eligible', 2024, 50);
    check('exchange_backbone_share', 2024, (1 / 3) * 100); // P2 (county backbone); P4's backbone title is school-level
    check('exchange_to_rural', 2024, 2); // P2, P5 from 城区 to 乡村
    check('exchange_to_rural_share', 2024, (2 / 3) * 100);
    check('exchange_count', 2023, 'x'); // no exchange table in 2023
    check('exchange_count', 2024, 2, 'school', '城关小学'); // per school at the sending school: P2, P5
    check('exchange_in', 2024, 3);
    check('exchange_in', 2024, 2, 'school', '乡村小学'); // received: P2, P5; 城关小学 received P4
  });
});

describe('training', () => {
  it('counts attendances, hours per teacher, coverage, the five-year cycle and funds', () => {
    check('training_person_times', 2024, 5);
    check('training_hours_per_teacher', 2024, (40 + 20 + 100 + 30) / 8); // S1's 10 hours are not a teacher's
    check('training_coverage', 2024, (3 / 8) * 100); // P1 P2 P8
    // cycle 2023–2027 (site.yaml): teachers on both rosters: P1–P6, P8 (7). P1 has 300 + 60 = 360 hours.
    check('training_cycle_360', 2024, (1 / 7) * 100);
    check('training_cycle_360', 2023, 0); // P1 had 300 so far
    check('training_funds', 2024, 50000);
    check('training_funds', 2023, 'x');
  });
});

describe('recognition', () => {
  it('counts backbone teachers of county level or above, per 100, and honours', () => {
    check('backbone_count', 2024, 3); // P2 (县级), P3 (学科带头人), P6 (特级); not P4 (no county level)
    check('backbone_count', 2024, 1, 'backbone', '特级教师');
    check('backbone_per_100', 2024, (3 / 8) * 100);
    check('honours', 2024, 3);
    check('honours', 2024, 2, 'level', '县级');
  });
});

describe('exits and retention', () => {
  it('follows last year’s teachers into this year, by staff number', () => {
    check('exits', 2024, 2);
    check('exits', 2024, 1, 'exitType', '辞职');
    check('retirements', 2024, 1); // Q1
    // 2023 teachers: P1–P6, P8, Q1 (8). On the 2024 roster: all but Q1.
    check('retention_rate', 2024, (7 / 8) * 100);
    check('school_stay_rate', 2024, (6 / 8) * 100); // P5 moved school: retained, not same-school
    check('attrition_rate', 2024, (1 / 8) * 100); // Q1
    // 减员 reconciled with 流失: Q1 was a 2023 full-time teacher and left with a record (退休);
    // Q1X is on no 2023 roster.
    check('exits', 2024, 1, 'exitPerson', '上年专任教师');
    check('exits', 2024, 1, 'exitPerson', '不在上年名册');
    check('leavers', 2024, 1); // Q1: the attrition rate's numerator
    check('leavers', 2024, 1, 'leaveRoute', '有减员记录');
    check('leavers', 2024, 1, 'exitType', '退休');
    check('leavers', 2023, 'x'); // no roster before 2023
    check('retention_rate', 2024, 100, 'locality', '城区'); // 2023 urban: P1 P2 P3 P5 P8, all still here
    // 镇区 (P6 alone) is a rate over one person: c. 乡村 (P4 stays, Q1 leaves) is 1 of 2 …
    check('retention_rate', 2024, 'c', 'locality', '镇区');
    check('retention_rate', 2024, 50, 'locality', '乡村');
    // … and once secondary suppression runs, 城区 or 乡村 is suppressed too, or 镇区 could be
    // recovered from the total 7/8, 城区 5/5 and 乡村 1/2.
    const rates = withSecondary.find((s) => s.indicator.id === 'retention_rate')!.estimates.filter((x) => x.year === 2024 && x.dimension === 'locality');
    assert.equal(rates.find((x) => x.category === '镇区')?.symbol, 'c');
    assert.ok(rates.some((x) => (x.category === '城区' || x.category === '乡村') && x.symbol === 'c'), '城区 or 乡村 suppressed');
    check('retention_rate', 2023, 'x');
  });
});

describe('urban–rural balance', () => {
  it('takes gaps as urban minus rural, in points', () => {
    check('rural_teacher_share', 2024, (2 / 8) * 100); // P4 P5
    check('gap_bachelor_plus', 2024, 75 - 50); // 城区 P1 P2 P8 of P1 P2 P3 P8; 乡村 P4 of P4 P5
    check('gap_senior_title', 2024, 25 - 50); // 城区 P3 of 4; 乡村 P5 of 2
    check('gap_backbone_per_100', 2024, 50 - 0); // 城区 P2 P3 of 4; 乡村 none
  });
});

describe('funds', () => {
  it('sums the funds table by item', () => {
    check('rural_allowance', 2024, 9600);
    check('rural_allowance_people', 2024, 2);
    check('talent_awards', 2024, 20000);
  });
});

describe('the registry', () => {
  it('has every indicator tested above with independently worked values', () => {
    assert.deepEqual(INDICATORS.map((i) => i.id).filter((id) => !tested.has(id)), []);
  });
});
