/**
 * The first four indicators on a hand-built county whose every figure is worked out below
 * from the rows themselves, not copied from the engine. Disclosure threshold is 1 here so
 * the raw arithmetic shows; suppression has its own tests.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { computeIndicators, type IndicatorSeries } from '../../src/lib/indicators/compute.ts';
import type { DimensionId } from '../../src/lib/indicators/types.ts';
import { dataFolder, ingestFolder, xlsxFile, type Cell } from '../helpers/fixtures.ts';

const H = ['教师编号', '性别', '出生年月', '学校名称', '学段', '城乡', '岗位类别', '最高学历', '专业技术职务'];
const person = (id: string, sex: string, school: string, stage: string, locality: string, post: string, education: string): Cell[] =>
  [id, sex, '1985-06-01', school, stage, locality, post, education, '一级'];

// Ten full-time teachers (T01–T10) and two other staff (S11, S12).
const ROSTER: Cell[][] = [
  person('T01', '女', '城关小学', '小学', '城区', '专任教师', '本科'),
  person('T02', '女', '城关小学', '小学', '城区', '专任教师', '研究生'),
  person('T03', '男', '城关小学', '小学', '城区', '专任教师', '专科'),
  person('T04', '女', '乡村小学', '小学', '乡村', '专任教师', '大专'),
  person('T05', '男', '乡村小学', '小学', '乡村', '专任教师', '本科'),
  person('T06', '女', '城关中学', '初中', '城区', '专任教师', '本科'),
  person('T07', '男', '河口中学', '初中', '镇区', '专任教师', '本科'),
  person('T08', '女', '河口中学', '初中', '镇区', '专任教师', '中师'),
  person('T09', '女', '第一中学', '高中', '城区', '专任教师', '硕士研究生'),
  person('T10', '男', '第一中学', '高中', '城区', '专任教师', '大学本科'),
  person('S11', '女', '城关小学', '小学', '城区', '行政人员', '本科'),
  person('S12', '男', '河口中学', '初中', '镇区', '工勤人员', '专科'),
];

const EXCHANGE: Cell[][] = [
  ['教师编号', '原单位', '交流单位', '交流方式', '开始日期'],
  ['T01', '城关小学', '乡村小学', '支教', '2024-09-01'],
  ['T01', '城关小学', '乡村小学', '跟岗学习', '2024-10-08'], // same person again: counted once
  ['T07', '河口中学', '城关中学', '城乡交流', '2024-09-01'],
  ['T09', '第一中学', '河口中学', '交流轮岗', '2024-09-01'], // upper secondary: not compulsory education
  ['S11', '城关小学', '乡村小学', '挂职', '2024-09-01'], // staff of a primary school: counted (人员类别 includes 校长, 中层)
];

const TRAINING: Cell[][] = [
  ['教师编号', '培训项目', '培训级别', '培训形式', '学时', '开始日期'],
  ['T01', '国培计划', '国培', '集中面授', 24, '2024-03-01'],
  ['T01', '县级全员培训', '县级', '网络研修', 12, '2024-07-01'],
  ['T02', '省级研修', '省级', '混合式', 30, '2024-04-01'],
  ['T04', '县级培训', '40', '2', 16, '2024-05-01'], // national-system codes: 40 → 县级, 2 → 集中面授
  ['T09', '市级研修', '市培', '3', 20, '2024-06-01'], // 3 → 网络研修
  ['X99', '校本研修', '校本', null, 6, '2024-10-01'], // not on the roster: stage and area unknown
];

let series: IndicatorSeries[];
const value = (id: string, year: number, dimension: DimensionId, category: string) => {
  const e = series.find((s) => s.indicator.id === id)!.estimates.find((x) => x.year === year && x.dimension === dimension && x.category === category);
  assert.ok(e, `${id} ${year} ${dimension} ${category} missing`);
  return e.symbol || e.value;
};
const close = (actual: unknown, expected: number) => assert.ok(typeof actual === 'number' && Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

before(async () => {
  const dir = await dataFolder({
    'site.yaml': 'disclosure_threshold: 1\n',
    '2023/roster.xlsx': xlsxFile({ rows: [H, ...ROSTER] }), // 2023 has a roster but no training table
    '2024/roster.xlsx': xlsxFile({ rows: [['2024年花名册'], H, ...ROSTER] }),
    '2024/exchange.xlsx': xlsxFile({ rows: EXCHANGE }),
    '2024/training.xlsx': xlsxFile({ rows: TRAINING }),
  });
  const { dataset, config } = await ingestFolder(dir);
  assert.deepEqual(dataset.issues.filter((i) => i.severity === 'error'), []);
  // The arithmetic of each definition; which figures secondary suppression then hides is tested in tests/disclosure.
  series = computeIndicators(dataset, config, { secondarySuppression: false });
});

describe('fulltime_teachers', () => {
  it('counts roster rows whose post is 专任教师, in total and by stage, area, sex and school', () => {
    assert.equal(value('fulltime_teachers', 2024, 'total', '全部'), 10); // T01–T10; S11, S12 are not teachers
    assert.equal(value('fulltime_teachers', 2024, 'stage', '小学'), 5); // T01–T05
    assert.equal(value('fulltime_teachers', 2024, 'stage', '初中'), 3); // T06–T08
    assert.equal(value('fulltime_teachers', 2024, 'stage', '高中'), 2); // T09, T10
    assert.equal(value('fulltime_teachers', 2024, 'locality', '城区'), 6); // T01 T02 T03 T06 T09 T10
    assert.equal(value('fulltime_teachers', 2024, 'locality', '镇区'), 2); // T07 T08
    assert.equal(value('fulltime_teachers', 2024, 'locality', '乡村'), 2); // T04 T05
    assert.equal(value('fulltime_teachers', 2024, 'sex', '女'), 6); // T01 T02 T04 T06 T08 T09
    assert.equal(value('fulltime_teachers', 2024, 'school', '河口中学'), 2); // T07 T08, not S12
  });
});

describe('bachelor_plus_share', () => {
  it('is teachers with 研究生 or 本科 (variants included) over all teachers', () => {
    // 本科/研究生: T01 T02 T05 T06 T07 T09(硕士研究生) T10(大学本科) = 7 of 10
    close(value('bachelor_plus_share', 2024, 'total', '全部'), 70);
    close(value('bachelor_plus_share', 2024, 'stage', '小学'), (3 / 5) * 100); // T01 T02 T05
    close(value('bachelor_plus_share', 2024, 'stage', '初中'), (2 / 3) * 100); // T06 T07; T08 is 中师
    close(value('bachelor_plus_share', 2024, 'locality', '城区'), (5 / 6) * 100); // T01 T02 T06 T09 T10 of 6
    close(value('bachelor_plus_share', 2024, 'locality', '乡村'), 50); // T05 of T04 T05
  });
});

describe('exchange_rate', () => {
  it('is distinct compulsory-education staff exchanged over compulsory full-time teachers', () => {
    // exchanged: T01 (twice, once), T07, S11 = 3; T09 is upper secondary. Denominator: 小学 5 + 初中 3 = 8.
    close(value('exchange_rate', 2024, 'total', '全部'), (3 / 8) * 100);
    close(value('exchange_rate', 2024, 'stage', '小学'), (2 / 5) * 100); // T01, S11
    close(value('exchange_rate', 2024, 'stage', '初中'), (1 / 3) * 100); // T07
    // by the sending school's area: 城区 T01 S11 of T01 T02 T03 T06; 镇区 T07 of T07 T08; 乡村 none of T04 T05
    close(value('exchange_rate', 2024, 'locality', '城区'), 50);
    close(value('exchange_rate', 2024, 'locality', '镇区'), 50);
    close(value('exchange_rate', 2024, 'locality', '乡村'), 0);
  });

  it('is not available (x) in a year without an exchange table', () => {
    assert.equal(value('exchange_rate', 2023, 'total', '全部'), 'x');
  });
});

describe('training_person_times', () => {
  it('counts every record, by level, form, stage and area, with unknown people in 不详', () => {
    assert.equal(value('training_person_times', 2024, 'total', '全部'), 6);
    assert.equal(value('training_person_times', 2024, 'level', '国家级'), 1);
    assert.equal(value('training_person_times', 2024, 'level', '县级'), 2); // T01, T04 (code 40)
    assert.equal(value('training_person_times', 2024, 'level', '校级'), 1); // 校本
    assert.equal(value('training_person_times', 2024, 'form', '集中面授'), 2); // T01, T04 (code 2)
    assert.equal(value('training_person_times', 2024, 'form', '网络研修'), 2); // T01, T09 (code 3)
    assert.equal(value('training_person_times', 2024, 'form', '不详'), 1); // X99, no form given
    assert.equal(value('training_person_times', 2024, 'stage', '小学'), 4); // T01 ×2, T02, T04
    assert.equal(value('training_person_times', 2024, 'stage', '不详'), 1); // X99
    assert.equal(value('training_person_times', 2024, 'locality', '城区'), 4); // T01 ×2, T02, T09
  });

  it('is x, not 0, in a year with no training table', () => {
    assert.equal(value('training_person_times', 2023, 'total', '全部'), 'x');
  });
});
