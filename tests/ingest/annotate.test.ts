/**
 * `check --annotate DIR` writes a copy of each workbook with problems, the problem cells filled
 * and noted in Chinese, beside a first sheet listing every problem; originals are only read.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { LIST_SHEET } from '../../src/lib/ingest/annotate.ts';
import { ROSTER_HEADER, dataFolder, rosterRow, tempDir, xlsxFile } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

const RED = 'FFFFC7CE';
const YELLOW = 'FFFFEB9C';

async function openCopy(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
  return wb;
}
const fillOf = (c: ExcelJS.Cell) => (c.fill?.type === 'pattern' ? c.fill.fgColor?.argb : undefined);
const noteOf = (c: ExcelJS.Cell) => (typeof c.note === 'string' ? c.note : (c.note?.texts ?? []).map((t) => t.text).join(''));

const roster = xlsxFile({
  name: '名册',
  rows: [
    [...ROSTER_HEADER],
    rosterRow('A1', { 性别: '未知' }),
    rosterRow('A2', { 学校名称: null }),
    rosterRow('A3', { 岗位类别: '专任教师' }),
    rosterRow('A4', { 岗位类别: '专任教师' }),
  ],
  // a range merged down the data rows: a warning located at H4:H5, noted on H4
  merges: [{ s: { r: 3, c: 7 }, e: { r: 4, c: 7 } }],
});
const csv = '教师编号,招聘渠道,学段,分配学校,城乡,最高学历,入职日期\n0012,公开招聘,小学,城关小学,城区,大本,2024-09-01\n0013,公开招聘,小学,城关小学,城区,本科,2024-09-01\n';

describe('check --annotate DIR', () => {
  it('writes marked copies of the workbooks with problems, converting a CSV, and leaves the originals as they were', async () => {
    const dir = await dataFolder({ '2024/花名册.xlsx': roster, '2024/新进.csv': csv, '2024/学校.xlsx': xlsxFile({ rows: [['学校名称', '学段', '城乡', '在校生数'], ['城关小学', '小学', '城区', 500]] }) });
    const before = await Promise.all(['2024/花名册.xlsx', '2024/新进.csv'].map((f) => readFile(join(dir, f))));
    const out = join(await tempDir(), 'marked');
    const r = runScript('scripts/check.ts', ['--data', dir, '--no-cache', '--annotate', out]);
    assert.equal(r.status, 1, 'errors still fail the check');
    assert.match(r.stdout, new RegExp(`已写出带批注的副本 Annotated copies written: 2 file\\(s\\) → ${out}`));
    assert.match(r.stdout, /2024\/新进\.csv → 2024\/新进\.csv\.xlsx（已转换为 \.xlsx \/ converted to \.xlsx）/);
    assert.deepEqual((await readdir(join(out, '2024'))).sort(), ['新进.csv.xlsx', '花名册.xlsx'], 'only the workbooks with a problem at a cell');

    const wb = await openCopy(join(out, '2024', '花名册.xlsx'));
    assert.deepEqual(wb.worksheets.map((w) => w.name), [LIST_SHEET, '名册']);
    const ws = wb.getWorksheet('名册')!;
    assert.equal(fillOf(ws.getCell('C2')), RED);
    assert.match(noteOf(ws.getCell('C2')), /^错误 \[unknown-value\] “性别”的值 “未知” 不在允许范围内/);
    assert.equal(fillOf(ws.getCell('E3')), RED);
    assert.equal(noteOf(ws.getCell('E3')), '错误 [missing-value] 必填项“学校名称”为空。');
    assert.equal(fillOf(ws.getCell('H4')), YELLOW, 'a warning at a range is marked on its first cell');
    assert.match(noteOf(ws.getCell('H4')), /^警告 \[merged-cells\]/);
    assert.equal(fillOf(ws.getCell('C3')), undefined, 'cells without problems are as they were');
    assert.equal(fillOf(ws.getCell('C1')), undefined);
    assert.equal(ws.getCell('B3').value, '测试A2', 'the copy keeps the data');
    const list = wb.getWorksheet(LIST_SHEET)!.getSheetValues().slice(2).map((row) => (row as ExcelJS.CellValue[]).slice(1, 5).join(' '));
    assert.deepEqual(list, ['错误 unknown-value 名册 C2', '错误 missing-value 名册 E3', '警告 merged-cells 名册 H4:H5']);

    const converted = await openCopy(join(out, '2024', '新进.csv.xlsx'));
    const sheet = converted.worksheets[1]!;
    assert.equal(fillOf(sheet.getCell('F2')), RED);
    assert.match(noteOf(sheet.getCell('F2')), /“大本” 不在允许范围内/);
    assert.equal(sheet.getCell('A2').value, '0012', 'identifiers in a CSV stay text');

    const after = await Promise.all(['2024/花名册.xlsx', '2024/新进.csv'].map((f) => readFile(join(dir, f))));
    assert.deepEqual(after, before, 'the originals are never written');
  });

  it('lists problems of no cell on the first sheet of the copy', async () => {
    const rows = [[...ROSTER_HEADER, '备注'], rosterRow('A1', { 性别: '未知' })];
    const dir = await dataFolder({ '2024/花名册.xlsx': xlsxFile({ rows }, { name: '隐藏', rows: [['x']] }) });
    const out = await tempDir();
    runScript('scripts/check.ts', ['--data', dir, '--no-cache', '--annotate', out]);
    const wb = await openCopy(join(out, '2024', '花名册.xlsx'));
    const list = wb.getWorksheet(LIST_SHEET)!.getSheetValues().slice(2).map((row) => (row as ExcelJS.CellValue[])[2]);
    assert.ok(list.includes('unknown-sheet'), `sheet-level problems are listed: ${list.join(', ')}`);
    assert.ok(list.includes('unread-column'));
  });

  it('refuses a folder inside the data folder or the site, before reading anything', async () => {
    const dir = await dataFolder({ '2024/花名册.xlsx': roster });
    for (const [out, args] of [[join(dir, 'marked'), []], [dir, []], [join(dir, '..', 'site', 'x'), ['--out', join(dir, '..', 'site')]]] as const) {
      const r = runScript('scripts/check.ts', ['--data', dir, '--no-cache', '--annotate', out, ...args]);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /--annotate 的文件夹不能.*\n.*The --annotate folder may not be/);
      assert.doesNotMatch(r.stdout, /读取数据/);
    }
    assert.deepEqual(await readdir(dir), ['2024']);
  });
});
