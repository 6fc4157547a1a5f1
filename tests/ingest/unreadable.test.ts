/** A sheet that looks like a table kind but cannot be read is an error, unless site.yaml ignores it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dataFolder, ingestFolder, rosterRow, ROSTER_HEADER, xlsxFile } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';
import { ISSUE_CODES } from '../../src/lib/ingest/codes.ts';

const staff = ['JS0001', 'JS0002', 'JS0003', 'JS0004', 'JS0005', 'JS0006'];
const roster = () => xlsxFile({ name: '花名册', rows: [[...ROSTER_HEADER], ...staff.map((id) => rosterRow(id))] });
/** An exits table whose date column has a name the guide does not know: 教师编号 and 类型 only. */
const exitsWithoutDate = () => xlsxFile({ name: 'Sheet1', rows: [['教师编号', '减员类型', '离开的时候'], ['JS0001', '退休', '2024-07-01']] });

describe('sheets that look like a kind', () => {
  it('an exits sheet lacking 日期 is an error naming file › sheet and the missing column', async () => {
    const dir = await dataFolder({ '2024/花名册.xlsx': roster(), '2024/减员.xlsx': exitsWithoutDate() });
    const { dataset } = await ingestFolder(dir);
    const found = dataset.issues.filter((i) => i.code === 'unreadable-sheet');
    assert.equal(found.length, 1, JSON.stringify(dataset.issues));
    assert.equal(found[0]!.severity, 'error');
    assert.equal(`${found[0]!.file} › ${found[0]!.sheet}`, '2024/减员.xlsx › Sheet1');
    assert.match(found[0]!.zh, /像是“减员”表.*可识别的列：教师编号、类型）.*缺少：日期/);
    assert.match(found[0]!.zh, /ignore:\n\s+- 2024\/减员\.xlsx › Sheet1/);
    assert.match(found[0]!.en, /Looks like the exits table \(known columns: 教师编号, 类型\) but lacks 日期/);
    assert.ok(!JSON.stringify(found).includes('JS0001'), 'no raw cell in the message');

    const r = runScript('scripts/check.ts', ['--data', dir, '--no-cache']);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /\[unreadable-sheet\]  2024\/减员\.xlsx › Sheet1/);
    assert.match(r.stderr, /缺少：日期/);
  });

  it('a sheet named for a kind with one of its columns is an error; a sheet with nothing recognisable stays a warning', async () => {
    const dir = await dataFolder({
      '2024/花名册.xlsx': roster(),
      '2024/培训情况.xlsx': xlsxFile({ name: '培训', rows: [['教师编号', '活动', '时长'], ['JS0001', '某活动', 3]] }),
      '2024/杂项.xlsx': xlsxFile({ name: '备注', rows: [['说明'], ['这是一张说明']] }),
    });
    const { dataset } = await ingestFolder(dir);
    const bad = dataset.issues.find((i) => i.code === 'unreadable-sheet');
    assert.equal(bad?.file, '2024/培训情况.xlsx');
    assert.match(bad!.zh, /从表名看像是“培训记录”表.*缺少：培训项目、培训级别、学时、开始日期/);
    const other = dataset.issues.find((i) => i.file === '2024/杂项.xlsx');
    assert.equal(other?.code, 'unknown-sheet');
    assert.equal(other?.severity, 'warning');
  });

  it('a list of names alone is not taken for a roster', async () => {
    const dir = await dataFolder({ '2024/花名册.xlsx': roster(), '2024/通讯录.xlsx': xlsxFile({ name: '通讯', rows: [['教师编号', '姓名'], ['JS0001', '某']] }) });
    const { dataset } = await ingestFolder(dir);
    assert.equal(dataset.issues.find((i) => i.file === '2024/通讯录.xlsx')?.code, 'unknown-sheet');
  });

  it('site.yaml ignore: leaves the sheet out with a note, and check passes', async () => {
    const dir = await dataFolder({ '2024/花名册.xlsx': roster(), '2024/减员.xlsx': exitsWithoutDate(), 'site.yaml': 'ignore:\n  - 2024/减员.xlsx>Sheet1\n' });
    const { dataset } = await ingestFolder(dir);
    assert.ok(!dataset.issues.some((i) => i.code === 'unreadable-sheet'));
    const note = dataset.issues.find((i) => i.code === 'ignored-by-config');
    assert.equal(`${note?.file} › ${note?.sheet}`, '2024/减员.xlsx › Sheet1');
    const r = runScript('scripts/check.ts', ['--data', dir, '--no-cache']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /\[ignored-by-config\]  2024\/减员\.xlsx › Sheet1/);
  });

  it('a whole file ignored is not read; an entry matching nothing is a warning', async () => {
    const dir = await dataFolder({ '2024/花名册.xlsx': roster(), '2024/减员.xlsx': exitsWithoutDate(), 'site.yaml': 'ignore:\n  - 2024/减员.xlsx\n  - 2024/培训.xlsx › Sheet1\n' });
    const { dataset } = await ingestFolder(dir);
    assert.ok(!dataset.issues.some((i) => i.code === 'unreadable-sheet'));
    assert.equal(dataset.issues.find((i) => i.code === 'ignored-by-config')?.file, '2024/减员.xlsx');
    const typo = dataset.issues.filter((i) => i.code === 'ignore-unmatched');
    assert.equal(typo.length, 1);
    assert.equal(typo[0]!.severity, 'warning');
    assert.match(typo[0]!.zh, /“2024\/培训\.xlsx › Sheet1”没有对应的工作表/);
  });

  it('the new codes are documented', () => {
    for (const code of ['unreadable-sheet', 'ignored-by-config', 'ignore-unmatched'] as const) assert.ok(ISSUE_CODES[code]);
  });
});
