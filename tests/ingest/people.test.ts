/**
 * People are the same people whatever a table calls them by: 教师编号, 身份证件号 (hashed), or
 * both; an old 15-digit ID number is its 18-digit form. Events that match the roster badly stop
 * the build, with the cause named; a leaver still on next year's roster is a warning.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { computeIndicators } from '../../src/lib/indicators/compute.ts';
import { idCard18 } from '../../src/lib/ingest/identity.ts';
import type { Dataset } from '../../src/lib/ingest/index.ts';
import { groupIssues } from '../../src/lib/ingest/issues.ts';
import type { SiteConfig } from '../../src/lib/config.ts';
import { ROSTER_HEADER, dataFolder, ingestFolder, rosterRow, tempDir, xlsxFile, type Cell } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

const N = 40;
/** Old 15-digit numbers (area, YYMMDD, sequence) and their 18-digit forms. */
const old15 = Array.from({ length: N }, (_, i) => `3101048503${String(10 + (i % 18)).padStart(2, '0')}${String(100 + i)}`);
const id18 = old15.map(idCard18);
const staff = Array.from({ length: N }, (_, i) => `JS${String(i).padStart(4, '0')}`);

/** A roster of N teachers with the identifying columns asked for. */
function roster(keys: { staff?: boolean; idcard?: boolean }, over: (i: number) => Partial<Record<string, Cell>> = () => ({})): Uint8Array {
  const header = [...(keys.staff ? ['教师编号'] : []), ...(keys.idcard ? ['身份证件号'] : []), ...ROSTER_HEADER.slice(1)];
  const rows = staff.map((id, i) => {
    const base = rosterRow(id, over(i) as never).slice(1);
    return [...(keys.staff ? [id] : []), ...(keys.idcard ? [id18[i]!] : []), ...base];
  });
  return xlsxFile({ name: '花名册', rows: [header, ...rows] });
}

/** Training of the first `trained` teachers, keyed by the column named. */
function training(key: '教师编号' | '身份证件号', ids: readonly string[], trained: number): Uint8Array {
  const rows = ids.slice(0, trained).map((id) => [id, '2024年县级全员培训', '县级', 24, '2024-05-01']);
  return xlsxFile({ name: '培训', rows: [[key, '培训项目', '培训级别', '学时', '开始日期'], ...rows] });
}

const figure = (dataset: Dataset, config: SiteConfig, id: string, year = 2024) =>
  computeIndicators(dataset, config).find((s) => s.indicator.id === id)!.estimates.find((e) => e.year === year && e.dimension === 'total')!.value;

describe('person keys', () => {
  it('converts an old 15-digit ID number to its 18-digit form (century and check digit)', () => {
    assert.equal(idCard18('340524800101001'), '34052419800101001X');
    assert.equal(idCard18('110105491231002'), '11010519491231002X'); // GB 11643's own example
    assert.equal(idCard18('34052419800101001X'), '34052419800101001X');
  });

  for (const [label, keys, key, ids] of [
    ['教师编号 on both', { staff: true }, '教师编号', staff],
    ['hashed 身份证件号 on both', { idcard: true }, '身份证件号', id18],
    ['a roster with both, training by 身份证件号', { staff: true, idcard: true }, '身份证件号', id18],
    ['a roster with both, training by old 15-digit numbers', { staff: true, idcard: true }, '身份证件号', old15],
  ] as const) {
    it(`links events to the roster with ${label}: coverage is computed, strangers are warned about`, async () => {
      const visitors = key === '教师编号' ? ['WB0001'] : ['310104198001010011'];
      const t = xlsxFile({ name: '培训', rows: [[key, '培训项目', '培训级别', '学时', '开始日期'], ...ids.slice(0, 30).map((id) => [id, '县培', '县级', 24, '2024-05-01']), ...visitors.map((v) => [v, '县培', '县级', 24, '2024-05-01'])] });
      const dir = await dataFolder({ '2024/花名册.xlsx': roster(keys), '2024/培训.xlsx': t });
      const { dataset, config } = await ingestFolder(dir);
      assert.deepEqual(dataset.issues.filter((i) => i.severity === 'error'), []);
      const unknown = dataset.issues.filter((i) => i.code === 'unknown-person');
      assert.deepEqual(unknown.map((i) => `${i.file} › ${i.sheet} › ${i.cell}`), ['2024/培训.xlsx › 培训 › A32']);
      assert.equal(figure(dataset, config, 'training_coverage'), 75); // 30 of 40
    });
  }

  it('stops when ID numbers match no roster person, and says the roster lacks the ID-number column', async () => {
    const dir = await dataFolder({ '2023/花名册.xlsx': roster({ staff: true }), '2024/花名册.xlsx': roster({ staff: true }), '2024/培训.xlsx': training('身份证件号', id18, 35) });
    const { dataset } = await ingestFolder(dir);
    const error = dataset.issues.find((i) => i.code === 'unmatched-people')!;
    assert.equal(`${error.file} › ${error.sheet} › ${error.cell}`, '2024/培训.xlsx › 培训 › A:A');
    assert.match(error.zh, /35 行中有 35 行（100\.0%）.*名册没有身份证件号列/);
    assert.match(error.en, /35 of 35 rows .* the roster has no ID-number column/);
  });

  it('shows the table-wide error even when a hundred per-row warnings come first (check exits 1)', async () => {
    // 150 training rows of people on no roster: 150 warnings, then the error that stops the build.
    const many = Array.from({ length: 150 }, (_, i) => `ZZ${i}`);
    const dir = await dataFolder({ '2024/花名册.xlsx': roster({ staff: true }), '2024/培训.xlsx': training('教师编号', many, 150) });
    const r = runScript('scripts/check.ts', ['--data', dir, '--no-cache']);
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stderr, /错误 Error \[unmatched-people\]  2024\/培训\.xlsx › 培训 › A:A/);
    assert.match(r.stderr, /150 行中有 150 行/);
    assert.doesNotMatch(r.stdout, /数据检查通过/);
  });

  it('does not blame the IDs when roster rows were rejected for another cell', async () => {
    // Ten teachers' 性别 is unreadable: those rows are errors of their own; their training is not "unmatched".
    const dir = await dataFolder({ '2024/花名册.xlsx': roster({ staff: true }, (i) => (i < 10 ? { 性别: '未知' } : {})), '2024/培训.xlsx': training('教师编号', staff, 40) });
    const { dataset } = await ingestFolder(dir);
    assert.equal(dataset.issues.filter((i) => i.code === 'unknown-value').length, 10);
    assert.deepEqual(dataset.issues.filter((i) => i.code === 'unmatched-people' || i.code === 'unknown-person'), []);
  });
});

describe('leavers and rosters', () => {
  it('warns when a person who left is on the next year\'s roster, naming both cells', async () => {
    const exits = xlsxFile({ name: '减员', rows: [['教师编号', '类型', '日期'], [staff[3]!, '退休', '2023-07-01'], ['JS9999', '调出', '2023-03-01']] });
    const rosterWithLeaver = xlsxFile({ name: '花名册', rows: [[...ROSTER_HEADER], ...staff.slice(0, 5).map((id) => rosterRow(id)), ['JS9999', '某', '男', '1980-01-01', '城关小学', '小学', '城区', '专任教师', '本科', '一级']] });
    const dir = await dataFolder({ '2022/花名册.xlsx': rosterWithLeaver, '2023/花名册.xlsx': rosterWithLeaver, '2023/减员.xlsx': exits, '2024/花名册.xlsx': xlsxFile({ name: '花名册', rows: [[...ROSTER_HEADER], ...staff.slice(0, 5).map((id) => rosterRow(id))] }) });
    const { dataset } = await ingestFolder(dir);
    const found = dataset.issues.filter((i) => i.code === 'exit-but-present');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'warning');
    assert.equal(`${found[0]!.file} › ${found[0]!.sheet} › ${found[0]!.cell}`, '2023/减员.xlsx › 减员 › A2');
    assert.match(found[0]!.zh, /2023 年减员（“退休”，2023-07-01），但仍在 2024 年名册中（2024\/花名册\.xlsx › 花名册 › A5，“城关小学”）/);
    assert.match(found[0]!.en, /still on the 2024 roster \(2024\/花名册\.xlsx › 花名册 › A5/);
  });

  it('warns which indicators will be x in a year with events but no roster', async () => {
    const dir = await dataFolder({ '2023/花名册.xlsx': roster({ staff: true }), '2024/培训.xlsx': training('教师编号', staff, 30) });
    const r = runScript('scripts/check.ts', ['--data', dir, '--no-cache']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /警告 Warning \[no-roster\]  2024\//);
    assert.match(r.stderr, /2024 年有1 类事件表但没有教职工名册：需要名册的 \d+ 项指标该年将显示为 x/);
    assert.match(r.stderr, /专任教师参训率/);
    assert.match(r.stderr, /Full-time teachers who took part in training/);
  });
});

describe('long problem lists', () => {
  it('hide nothing: each column\'s repeats of a problem are one entry with its rows and count', async () => {
    const rows = Array.from({ length: 2200 }, (_, i) => rosterRow(`A${i}`, { 性别: '未知', 出生年月: i < 200 ? '某年' : '1985-03-01' }));
    const dir = await dataFolder({ '2024/花名册.xlsx': xlsxFile({ name: '花名册', rows: [[...ROSTER_HEADER], ...rows] }) });
    const { dataset } = await ingestFolder(dir);
    const groups = groupIssues(dataset.issues.filter((i) => i.severity === 'error'));
    assert.deepEqual(groups.map((g) => `${g.count} ${g.code} ${g.cell}`), ['2200 unknown-value C2:C2201', '200 bad-date D2:D201']);
    const out = await tempDir();
    const r = runScript('scripts/check.ts', ['--data', dir, '--cache', join(out, 'cache')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /错误 Error \[unknown-value\]  2024\/花名册\.xlsx › 花名册 › C2:C2201\n {4}第 2–2201 行，共 2,200 处 \/ rows 2–2201: 2,200 cells\n {4}“性别”的值 “未知”/);
    assert.match(r.stderr, /错误 Error \[bad-date\]  2024\/花名册\.xlsx › 花名册 › D2:D201\n {4}第 2–201 行，共 200 处/);
    assert.ok(r.stderr.indexOf('[unknown-value]') < r.stderr.indexOf('[bad-date]'), 'columns in sheet order');
    assert.doesNotMatch(r.stderr, /未列出|not shown/);
    assert.match(r.stderr, /发现 2,400 个错误/);
  });
});
