import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIssue, groupIssues, type Issue } from '../../src/lib/ingest/issues.ts';
import { dataFolder, ingestFolder, rosterRow, ROSTER_HEADER, xlsxFile, type Cell } from '../helpers/fixtures.ts';

/** A roster in 2024/花名册.xlsx › 名册 with a title row, so data starts at row 3. Columns A–J as ROSTER_HEADER. */
async function rosterErrors(rows: Cell[][], extra: Record<string, Uint8Array> = {}): Promise<Issue[]> {
  const dir = await dataFolder({ '2024/花名册.xlsx': xlsxFile({ name: '名册', rows: [['2024年教职工花名册'], [...ROSTER_HEADER], ...rows] }), ...extra });
  const { dataset } = await ingestFolder(dir);
  return dataset.issues.filter((i) => i.severity === 'error');
}

function only(issues: Issue[], code: string): Issue {
  const found = issues.filter((i) => i.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got: ${issues.map(formatIssue).join('\n')}`);
  return found[0]!;
}

describe('errors name file › sheet › cell, the value found and what was expected', () => {
  it('an unknown vocabulary value (学历 “博士后”)', async () => {
    const e = only(await rosterErrors([rosterRow('A1'), rosterRow('A2', { 最高学历: '博士后' })]), 'unknown-value');
    assert.deepEqual([e.file, e.sheet, e.cell], ['2024/花名册.xlsx', '名册', 'I4']);
    assert.match(e.zh, /“博士后”.*研究生、本科、专科、高中阶段、高中阶段以下/);
    assert.match(e.en, /"最高学历"/);
    assert.match(formatIssue(e), /^错误 Error \[unknown-value\] {2}2024\/花名册\.xlsx › 名册 › I4\n/);
  });

  it('a missing required column (性别), located at the header row', async () => {
    const header = ROSTER_HEADER.filter((h) => h !== '性别');
    const dir = await dataFolder({ '2024/花名册.xlsx': xlsxFile({ rows: [['标题'], [...header], rosterRow('A1').filter((_, i) => i !== 2)] }) });
    const { dataset } = await ingestFolder(dir);
    const e = only(dataset.issues.filter((i) => i.severity === 'error'), 'missing-column');
    assert.deepEqual([e.file, e.sheet, e.cell], ['2024/花名册.xlsx', 'Sheet1', 'A2:I2']);
    assert.match(e.zh, /缺少必填列：性别/);
  });

  it('an impossible date (2024-02-30), an empty required cell and a non-number', async () => {
    const issues = await rosterErrors([rosterRow('A1', { 出生年月: '1990-02-30' }), rosterRow('A2', { 性别: null })]);
    assert.equal(only(issues, 'bad-date').cell, 'D3');
    assert.match(only(issues, 'bad-date').zh, /“1990-02-30” 不是有效日期/);
    assert.equal(only(issues, 'missing-value').cell, 'C4');
  });

  it('a cached formula error (#REF!) instead of a value', async () => {
    const dir = await dataFolder({
      '2024/花名册.xlsx': xlsxFile({ rows: [[...ROSTER_HEADER], rosterRow('A1')], edit: (ws) => { ws['E2'] = { t: 'e', v: 0x17, w: '#REF!' }; } }),
    });
    const { dataset } = await ingestFolder(dir);
    const e = only(dataset.issues.filter((i) => i.severity === 'error'), 'formula-error');
    assert.equal(e.cell, 'E2');
    assert.match(e.zh, /#REF!/);
  });

  it('a duplicate staff number, naming both rows', async () => {
    const e = only(await rosterErrors([rosterRow('A1'), rosterRow('A2'), rosterRow('A1')]), 'duplicate-id');
    assert.equal(e.cell, 'A5');
    assert.match(e.zh, /2024\/花名册\.xlsx › 名册 › A3/);
  });

  it('a birth date giving an age outside 16–75, and a date in the future', async () => {
    const issues = await rosterErrors([rosterRow('A1', { 出生年月: '1930-01-01' }), rosterRow('A2', { 出生年月: '2030-01-01' })]);
    assert.equal(issues.find((i) => i.code === 'implausible-age')?.cell, 'D3');
    assert.equal(only(issues, 'future-date').cell, 'D4');
  });

  it('a school whose 城乡 differs between rows of one year', async () => {
    const e = only(await rosterErrors([rosterRow('A1'), rosterRow('A2', { 城乡: '乡村' })]), 'school-conflict');
    assert.equal(e.cell, 'G4');
    assert.match(e.zh, /城关小学/);
  });

  it('hours that are absurd (> 2000) and an exchange to the same school', async () => {
    const training = xlsxFile({ rows: [['教师编号', '培训项目', '培训级别', '学时', '开始日期'], ['A1', '国培', '国培', 2400, '2024-05-01']] });
    const exchange = xlsxFile({ rows: [['教师编号', '原单位', '交流单位', '交流方式', '开始日期'], ['A1', '城关小学', '城关小学', '支教', '2024-09-01']] });
    const issues = await rosterErrors([rosterRow('A1')], { '2024/培训.xlsx': training, '2024/交流.xlsx': exchange });
    const hours = only(issues, 'out-of-range');
    assert.deepEqual([hours.file, hours.cell], ['2024/培训.xlsx', 'D2']);
    const same = only(issues, 'same-school');
    assert.deepEqual([same.file, same.cell], ['2024/交流.xlsx', 'C2']);
  });

  it('a number that is not a number (学时 “十二”), and a school listed twice with different 城乡', async () => {
    const training = xlsxFile({ rows: [['教师编号', '培训项目', '培训级别', '学时', '开始日期'], ['A1', '县培', '县级', '十二', '2024-05-01']] });
    const schools = xlsxFile({ name: '学校', rows: [['学校名称', '学段', '城乡'], ['城关小学', '小学', '城区'], ['城关小学', '小学', '乡村']] });
    const issues = await rosterErrors([rosterRow('A1')], { '2024/培训.xlsx': training, '2024/学校.xlsx': schools });
    const n = only(issues, 'bad-number');
    assert.deepEqual([n.file, n.cell], ['2024/培训.xlsx', 'D2']);
    assert.match(n.zh, /“学时”的值 “十二” 不是数字；应为阿拉伯数字，在 0\.5 到 2000 之间/, 'says what was expected, not only what was found');
    assert.match(n.en, /"学时" is not a number; expected digits, from 0\.5 to 2000/);
    const s = only(issues, 'school-conflict');
    assert.deepEqual([s.file, s.sheet, s.cell], ['2024/学校.xlsx', '学校', 'A3']);
  });

  it('an 18-digit ID stored by Excel as a number, and a malformed ID number', async () => {
    const header = ['身份证件号', '性别', '出生年月', '学校名称', '学段', '城乡', '岗位类别', '最高学历', '专业技术职务'];
    const dir = await dataFolder({
      '2024/花名册.xlsx': xlsxFile({ rows: [header, [Number('110101198503014321'), '女', '1985-03-01', '一小', '小学', '城区', '专任教师', '本科', '一级'], ['12345', '女', '1985-03-01', '一小', '小学', '城区', '专任教师', '本科', '一级']] }),
    });
    const { dataset } = await ingestFolder(dir);
    const errors = dataset.issues.filter((i) => i.severity === 'error');
    assert.equal(only(errors, 'id-as-number').cell, 'A2');
    assert.equal(only(errors, 'bad-idcard').cell, 'A3');
    // ID numbers never reach logs, not even in an error message.
    assert.ok(!JSON.stringify(errors).includes('1101011985'));
  });

  it('warns, without stopping, when an event names someone on neither roster or is dated outside its year', async () => {
    const training = xlsxFile({ rows: [['教师编号', '培训项目', '培训级别', '学时', '开始日期'], ['ZZ9', '县培', '县级', 12, '2024-05-01'], ['A1', '县培', '县级', 12, '2023-12-20']] });
    const dir = await dataFolder({ '2024/花名册.xlsx': xlsxFile({ rows: [[...ROSTER_HEADER], rosterRow('A1')] }), '2024/培训.xlsx': training });
    const { dataset } = await ingestFolder(dir);
    assert.deepEqual(dataset.issues.filter((i) => i.severity === 'error'), []);
    assert.equal(dataset.issues.find((i) => i.code === 'unknown-person')?.cell, 'A2');
    assert.equal(dataset.issues.find((i) => i.code === 'outside-year')?.cell, 'E3');
  });

  it('keeps every problem; a column\'s repeats of one problem are one group with its rows', async () => {
    const rows = Array.from({ length: 130 }, (_, i) => rosterRow(`A${i}`, { 性别: '未知' }));
    const dir = await dataFolder({ '2024/花名册.xlsx': xlsxFile({ rows: [[...ROSTER_HEADER], ...rows] }) });
    const { dataset } = await ingestFolder(dir);
    assert.equal(dataset.issues.filter((i) => i.code === 'unknown-value').length, 130);
    const groups = groupIssues(dataset.issues.filter((i) => i.severity !== 'info'));
    assert.deepEqual(groups.map((g) => [g.code, g.file, g.sheet, g.cell, g.count, g.rows]), [['unknown-value', '2024/花名册.xlsx', 'Sheet1', 'C2:C131', 130, [[2, 131]]]]);
  });
});
