/**
 * The 优质均衡 review (issue 17 §1, 教督〔2017〕6号): coefficients equal a hand computation,
 * schools are included and left out as the rule says, small counts are `c`, the 任教学科 column
 * and the 教学点 fact survive ingest, and staffing is compared with the quota.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/lib/config.ts';
import type { RecordRow } from '../../src/lib/ingest/sheet.ts';
import { coefficientDisclosure, differenceCoefficient, reviewYear } from '../../src/lib/review/balance.ts';
import { quotaYear } from '../../src/lib/review/quota.ts';
import { dataFolder, ingestFolder, rosterRow, ROSTER_HEADER, tempDir, xlsxFile } from '../helpers/fixtures.ts';
import { rowsOf } from '../helpers/records.ts';

const close = (a: number | null, b: number, what: string) => assert.ok(a !== null && Math.abs(a - b) < 1e-9, `${what}: ${a} ≠ ${b}`);

let n = 0;
/** `count` full-time teachers of one school, with what the review reads. */
function teachers(school: string, stage: string, count: number, over: Partial<RecordRow> = {}): RecordRow[] {
  return Array.from({ length: count }, () => ({ row: ++n, person: `P${n}`, school, stage, post: '专任教师', education: '本科', backboneCategory: '无', backboneLevel: '无', subject: '语文', established: '是', ...over }));
}

describe('the difference coefficient', () => {
  it('is the pupil-weighted standard deviation over the pupil-weighted mean', () => {
    // A: 100 pupils, 4 per 100; B: 300 pupils, 8 per 100.
    // X̄ = (100·4 + 300·8) / 400 = 2800 / 400 = 7
    // S² = (100·(4−7)² + 300·(8−7)²) / 400 = (900 + 300) / 400 = 3, S = √3
    // CV = √3 / 7 = 0.24743582965269675
    close(differenceCoefficient([{ pupils: 100, value: 4 }, { pupils: 300, value: 8 }]), Math.sqrt(3) / 7, 'CV');
    assert.equal(differenceCoefficient([{ pupils: 100, value: 4 }]), null, 'one school has no coefficient');
  });
});

describe('one year of the review', async () => {
  const config = { ...(await loadConfig(await tempDir(), {})), disclosure_threshold: 5 };
  const schools: RecordRow[] = [
    { row: 2, school: '甲小学', stages: '小学', students: 200 },
    { row: 3, school: '乙小学', stages: '小学', students: 100 },
    { row: 4, school: '丙教学点', stages: '小学', students: 40, teachingPoint: '是' },
    { row: 5, school: '特教学校', stages: '特殊教育', students: 60 },
    { row: 6, school: '丁九年一贯制学校', stages: '小学;初中', students: 400 },
    { row: 7, school: '戊初中', stages: '初中', students: 200 },
    { row: 8, school: '己完全中学', stages: '初中;高中', students: 900 },
  ];
  const roster: RecordRow[] = [
    // 甲小学: 10 teachers, all 本科 (above 专科+): 10 → 5 per 100; 2 county backbone → 1.0; 2 PE/arts → 1.0
    ...teachers('甲小学', '小学', 2, { backboneCategory: '骨干教师', backboneLevel: '县级', subject: '体育' }),
    ...teachers('甲小学', '小学', 8),
    // 乙小学: 6 teachers, 4 专科 + 2 高中阶段: 4 above → 4 per 100; no backbone → 0; 1 music → 1.0
    ...teachers('乙小学', '小学', 3, { education: '专科' }),
    ...teachers('乙小学', '小学', 1, { education: '专科', subject: '音乐' }),
    ...teachers('乙小学', '小学', 2, { education: '高中阶段' }),
    ...teachers('丙教学点', '小学', 3),
    ...teachers('特教学校', '特殊教育', 8),
    // 丁: 3 小学 + 5 初中 teachers → reviewed whole as 初中; 6 本科 + 2 专科: 6 above 本科+ → 1.5 per 100
    ...teachers('丁九年一贯制学校', '小学', 1),
    ...teachers('丁九年一贯制学校', '小学', 2, { education: '专科' }),
    ...teachers('丁九年一贯制学校', '初中', 5),
    // 戊初中: 12 teachers, 9 本科 + 1 研究生 + 2 专科: 10 above → 5 per 100
    ...teachers('戊初中', '初中', 9),
    ...teachers('戊初中', '初中', 1, { education: '研究生' }),
    ...teachers('戊初中', '初中', 2, { education: '专科' }),
    ...teachers('己完全中学', '初中', 30),
    // not a full-time teacher: never counted
    ...teachers('甲小学', '小学', 5, { post: '行政人员', education: '研究生' }),
  ];
  const review = reviewYear(2024, { roster, schools }, config)!;
  const coefficient = (stage: string, measure: string) => review.coefficients.find((c) => c.stage === stage && c.measure === measure)!;

  it('gives the coefficients of a hand computation', () => {
    // 小学, above qualification: 甲 X=5 P=200, 乙 X=4 P=100.
    // X̄ = (200·5 + 100·4)/300 = 14/3; S² = (200·(1/3)² + 100·(2/3)²)/300 = (600/9)/300 = 2/9, S = √2/3
    // CV = (√2/3) / (14/3) = √2/14 = 0.10101525445522107
    close(differenceCoefficient([{ pupils: 200, value: 5 }, { pupils: 100, value: 4 }]), Math.SQRT2 / 14, '小学 qualified');
    // ...but 乙's 4 is withheld (c), and 0.101 with 甲's published 10 gives it back (1, 2 or 3 give
    // 0.514, 0.312, 0.197): the coefficient is c, and so is its verdict (1 would fail the 0.50 line).
    assert.deepEqual([coefficient('小学', 'qualified').value, coefficient('小学', 'qualified').symbol, coefficient('小学', 'qualified').pass], [null, 'c', null]);
    // 小学, backbone: 甲 X=1 P=200, 乙 X=0 P=100. X̄ = 200/300 = 2/3; S² = (200·(1/3)² + 100·(2/3)²)/300 = 2/9
    // CV = (√2/3) / (2/3) = √2/2 = 0.7071067811865476 > 0.50: not met
    close(coefficient('小学', 'backbone').value, Math.SQRT2 / 2, '小学 backbone');
    assert.equal(coefficient('小学', 'backbone').pass, false);
    // 小学, PE and arts: both 1.0 per 100 → CV = 0
    close(coefficient('小学', 'peArts').value, 0, '小学 PE and arts');
    // 初中, above qualification (本科+): 丁 X=1.5 P=400, 戊 X=5 P=200. X̄ = (600 + 1000)/600 = 8/3
    // S² = (400·(7/6)² + 200·(7/3)²)/600 = 49·(100/9 + 200/9)/600 = 49/18, S = 7/(3√2)
    // CV = 7/(3√2) · 3/8 = 7/(8√2) = 0.618718433538229 > 0.45: not met
    close(coefficient('初中', 'qualified').value, 7 / (8 * Math.SQRT2), '初中 qualified');
    assert.equal(coefficient('初中', 'qualified').pass, false);
    assert.equal(coefficient('初中', 'qualified').schools, 2);
  });

  it('leaves out special schools, small teaching points and schools with 高中, and reviews a nine-year school in its main stage', () => {
    assert.deepEqual(review.excluded.map((e) => [e.school, e.reason]).sort(), [['丙教学点', 'teachingPoint'], ['己完全中学', 'mixedStages'], ['特教学校', 'special']].sort());
    const nineYear = review.schools.find((s) => s.school === '丁九年一贯制学校')!;
    assert.equal(nineYear.stage, '初中');
    assert.equal(nineYear.wholeSchool, true);
  });

  it('withholds a coefficient that, with the published figures, gives back a count withheld as c; keeps one that cannot', () => {
    const school = (pupils: number, count: number, withheld = false) => ({ pupils, value: (count / pupils) * 100, count, withheld });
    // The sample's 2024 初中 PE and arts: 石桥初级中学 (467 pupils, 2 teachers, c) is the only c; only 2 gives 0.417.
    const junior = [school(1604, 20), school(1591, 15), school(1579, 12), school(1106, 13), school(1106, 16), school(1106, 13), school(433, 7), school(467, 2, true), school(458, 7), school(458, 5), school(618, 8), school(475, 15), school(467, 10)];
    assert.equal(differenceCoefficient(junior)!.toFixed(3), '0.417');
    assert.deepEqual(coefficientDisclosure(junior, 5, 0.45), { reveals: true, verdictSafe: true });
    // Two equal schools with a c each: 0 says only that their rates are equal (1 and 2, or 2 and 4): nothing given back.
    assert.deepEqual(coefficientDisclosure([school(200, 2, true), school(100, 1, true)], 5, 0.5).reveals, false);
    // A c beside a 0: the coefficient is the same whatever the c stands for.
    assert.equal(coefficientDisclosure([school(200, 2, true), school(100, 0)], 5, 0.5).reveals, false);
    assert.deepEqual(coefficientDisclosure([school(200, 12), school(100, 9)], 5, 0.5), { reveals: false, verdictSafe: true });
    // The review: 小学 backbone (甲's 2 is c beside 乙's 0) and PE and arts (甲 2, 乙 1, both c) stay published.
    assert.equal(coefficient('小学', 'backbone').symbol, '');
    assert.equal(coefficient('小学', 'peArts').symbol, '');
  });

  it('shows a count under the threshold as c, with no pass or fail', () => {
    const yi = review.schools.find((s) => s.school === '乙小学')!;
    assert.deepEqual(yi.figures.qualified, { value: null, count: null, symbol: 'c', line: 4.2, pass: null }); // 4 teachers < 5
    assert.deepEqual(yi.figures.backbone, { value: 0, count: 0, symbol: '', line: 1, pass: false }); // 0 people is published
    const jia = review.schools.find((s) => s.school === '甲小学')!;
    assert.deepEqual(jia.figures.qualified, { value: 5, count: 10, symbol: '', line: 4.2, pass: true });
  });

  it('is x for PE and arts when the roster has no subject column', () => {
    const without = reviewYear(2024, { roster: roster.map(({ subject: _, ...r }) => r), schools }, config)!;
    assert.equal(without.unavailable.peArts, 'noSubject');
    assert.equal(coefficient('小学', 'qualified').value, without.coefficients.find((c) => c.stage === '小学' && c.measure === 'qualified')!.value);
    assert.equal(without.coefficients.find((c) => c.measure === 'peArts')!.symbol, 'x');
    assert.equal(without.schools[0]!.figures.peArts.symbol, 'x');
  });

  it('compares established staff with the quota', () => {
    const q = quotaYear(2024, { roster, schools: schools.map((s) => ({ ...s, quota: s.school === '甲小学' ? 12 : 6 })) }, config)!;
    const jia = q.schools.find((s) => s.school === '甲小学')!;
    assert.deepEqual([jia.established, jia.difference], [15, 3]); // 10 teachers + 5 administrators on establishment
    const bing = q.schools.find((s) => s.school === '丙教学点')!;
    assert.deepEqual([bing.established, bing.symbol, bing.difference], [null, 'c', null]); // 3 people < 5
  });
});

describe('the 任教学科 column and 教学点 at ingest', () => {
  it('reads subjects in the national system\'s words and keeps a teaching point as 小学', async () => {
    const dir = await dataFolder({
      '2024/名册.xlsx': xlsxFile({ rows: [[...ROSTER_HEADER, '主要任教学科'], [...rosterRow('T1'), '体育与健康'], [...rosterRow('T2'), '英语'], [...rosterRow('T3'), '音乐'], [...rosterRow('T4'), '思想品德'], [...rosterRow('T5'), null]] }),
      '2024/学校.xlsx': xlsxFile({ rows: [['学校名称', '办学类型', '城乡', '在校生数'], ['城关小学', '普通小学', '城区', 300], ['河西教学点', '教学点', '乡村', 30]] }),
    });
    const { dataset } = await ingestFolder(dir);
    assert.deepEqual(dataset.issues.filter((i) => i.severity === 'error'), []);
    assert.deepEqual(rowsOf(dataset, 2024, 'roster')!.map((r) => r['subject']), ['体育', '外语', '音乐', '道德与法治', null]);
    const schools = rowsOf(dataset, 2024, 'schools')!;
    const point = schools.find((s) => s['school'] === '河西教学点')!;
    assert.deepEqual([point['stages'], point['teachingPoint']], ['小学', '是']);
    assert.equal(schools.find((s) => s['school'] === '城关小学')!['teachingPoint'], null, 'not a teaching point: no value');
  });

  it('names the cell of a subject it does not know', async () => {
    const dir = await dataFolder({ '2024/名册.xlsx': xlsxFile({ rows: [[...ROSTER_HEADER, '任教学科'], [...rosterRow('T1'), '天文']] }) });
    const { dataset } = await ingestFolder(dir);
    const error = dataset.issues.find((i) => i.severity === 'error')!;
    assert.equal(error.code, 'unknown-value');
    assert.equal(error.cell, 'K2');
    assert.match(error.zh, /任教学科/);
  });
});
