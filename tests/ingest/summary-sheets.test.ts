/**
 * Issue 15, point 6: a pivot table or a summary of counts per school beside the real schools
 * table (学校名称 / 学段 / 城乡 / 男 / 女 / 总计) was read as a second schools table, and every
 * school came out as [school-twice]. Such sheets are skipped as [summary-sheet], naming the
 * marker that gave them away (header.ts SUMMARY_MARKERS), and the published figures are those
 * of the workbook without them. Real schools tables and rosters are still read.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { yearContexts } from '../../src/lib/indicators/context.ts';
import { evaluate } from '../../src/lib/indicators/evaluate.ts';
import { INDICATORS } from '../../src/lib/indicators/registry.ts';
import { formatIssue, type Issue } from '../../src/lib/ingest/issues.ts';
import { dataFolder, ingestFolder, rosterRow, ROSTER_HEADER, xlsxFile, type SheetFixture } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';
import { rowsOf } from '../helpers/records.ts';

const roster = xlsxFile({ name: '名册', rows: [[...ROSTER_HEADER], rosterRow('A1'), rosterRow('A2', { 性别: '男' }), rosterRow('A3', { 学校名称: '东关中学', 学段: '初中' }), rosterRow('A4', { 学校名称: '东关中学', 学段: '初中', 性别: '男' })] });
const schools: SheetFixture = { name: '学校', rows: [['学校名称', '学校代码', '学段', '城乡', '在校生数', '核定编制数'], ['城关小学', '3600001', '小学', '城区', 600, 40], ['东关中学', '3600002', '初中', '城区', 900, 70]] };
/** What Excel writes for 插入 › 数据透视表 (compact form): the value field over its column labels, 行标签, a 总计 column and row. */
const pivot: SheetFixture = { name: '透视表', rows: [[], ['计数项:教师编号', '列标签'], ['行标签', '男', '女', '总计'], ['城关小学', 1, 1, 2], ['东关中学', 1, 1, 2], ['总计', 2, 2, 4]] };
/** The same pivot in tabular form: its row fields keep their names, which are a schools table's. */
const tabular: SheetFixture = { name: '透视表（表格形式）', rows: [['计数项：教师编号', null, null, '性别'], ['学校名称', '学段', '城乡', '男', '女', '总计'], ['城关小学', '小学', '城区', 1, 1, 2], ['东关中学', '初中', '城区', 1, 1, 2], ['总计', null, null, 2, 2, 4]] };
/** A summary typed by hand: no pivot label, only count columns beside the school's own. */
const plain: SheetFixture = { name: '分性别汇总', rows: [['学校名称', '学段', '城乡', '男', '女', '总计'], ['城关小学', '小学', '城区', 1, 1, 2], ['东关中学', '初中', '城区', 1, 1, 2]] };

const errors = (issues: readonly Issue[]) => issues.filter((i) => i.severity === 'error');
const show = (issues: readonly Issue[]) => issues.map(formatIssue).join('\n');

describe('pivot and summary sheets beside the schools table', () => {
  it('skips each as [summary-sheet] naming its marker, with no [school-twice] and the figures of the workbook without them', async () => {
    const { dataset, config } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': roster, '2024/学校.xlsx': xlsxFile(schools, pivot, tabular, plain) }));
    assert.deepEqual(errors(dataset.issues), [], show(dataset.issues));
    assert.ok(!dataset.issues.some((i) => i.code === 'school-twice' || i.code === 'unknown-sheet'), show(dataset.issues));
    const summaries = dataset.issues.filter((i) => i.code === 'summary-sheet');
    assert.deepEqual(summaries.map((i) => [i.file, i.sheet, i.cell, i.severity]), [
      ['2024/学校.xlsx', '透视表', 'A2', 'warning'],
      ['2024/学校.xlsx', '透视表（表格形式）', 'A1', 'warning'],
      ['2024/学校.xlsx', '分性别汇总', 'D1', 'warning'],
    ]);
    assert.equal(summaries[0]!.zh, '像是汇总统计表或数据透视表（“计数项:教师编号”是数据透视表的值字段），不是逐条记录，已忽略；数据以逐条记录的表格为准。');
    assert.equal(summaries[0]!.en, 'Looks like a summary or pivot table ("计数项:教师编号" is a pivot table\'s value field), not a table of records; ignored: figures come from the tables of records.');
    assert.match(summaries[2]!.zh, /（“男”是按性别、岗位、学历等取值分列的人数）/);
    assert.match(summaries[2]!.en, /\("男" is a column counting people of one sex, post, education and so on\)/);

    const { dataset: without } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': roster, '2024/学校.xlsx': xlsxFile(schools) }));
    assert.deepEqual(rowsOf(dataset, 2024, 'schools'), rowsOf(without, 2024, 'schools'));
    assert.equal(rowsOf(dataset, 2024, 'schools')?.length, 2);
    const figures = (d: typeof dataset) => INDICATORS.map((i) => evaluate(i, yearContexts(d.records, config).find((c) => c.year === 2024)!));
    assert.deepEqual(figures(dataset), figures(without));
    const ratio = figures(dataset)[INDICATORS.findIndex((i) => i.id === 'student_teacher_ratio')]!.find((e) => e.dimension === 'total');
    assert.equal(ratio?.value, 375, '1,500 pupils over 4 teachers, not twice the schools');
  });

  it('knows the English pivot labels (Row Labels, Count of …) and a summary without a pivot label counting 专任教师 and 行政人员 per school', async () => {
    const english: SheetFixture = { name: 'Pivot', rows: [['Count of 教师编号', 'Column Labels'], ['Row Labels', '男', '女', 'Grand Total'], ['城关小学', 1, 1, 2]] };
    const posts: SheetFixture = { name: '岗位汇总', rows: [['学校名称', '学段', '城乡', '专任教师', '行政人员'], ['城关小学', '小学', '城区', 2, 0]] };
    const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': roster, '2024/学校.xlsx': xlsxFile(schools, english, posts) }));
    assert.deepEqual(errors(dataset.issues), [], show(dataset.issues));
    assert.deepEqual(dataset.issues.filter((i) => i.code === 'summary-sheet').map((i) => [i.sheet, i.cell]), [['Pivot', 'A1'], ['岗位汇总', 'D1']]);
    assert.equal(rowsOf(dataset, 2024, 'schools')?.length, 2);
  });

  it('still reads a schools table with 在校生数 beside counts, a roster whose 性别 holds 男/女', async () => {
    const withCounts: SheetFixture = { name: '学校', rows: [['学校名称', '学段', '城乡', '在校生数', '男', '女', '合计'], ['城关小学', '小学', '城区', 600, 300, 300, 600], ['东关中学', '初中', '城区', 900, 450, 450, 900]] };
    const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': roster, '2024/学校.xlsx': xlsxFile(withCounts, pivot) }));
    assert.deepEqual(errors(dataset.issues), [], show(dataset.issues));
    assert.equal(rowsOf(dataset, 2024, 'schools')?.length, 2);
    assert.equal(rowsOf(dataset, 2024, 'schools')?.[1]?.['students'], 900);
    assert.deepEqual(rowsOf(dataset, 2024, 'roster')?.map((r) => r['sex']), ['女', '男', '女', '男']);
    assert.deepEqual(dataset.issues.filter((i) => i.code === 'summary-sheet').map((i) => i.sheet), ['透视表']);
  });

  it('check passes and prints the warning as file › sheet › cell', async () => {
    const r = runScript('scripts/check.ts', ['--data', await dataFolder({ '2024/名册.xlsx': roster, '2024/学校.xlsx': xlsxFile(schools, pivot, plain) }), '--no-cache']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /警告 Warning \[summary-sheet\] {2}2024\/学校\.xlsx › 透视表 › A2\n {4}像是汇总统计表或数据透视表（“计数项:教师编号”是数据透视表的值字段）/);
    assert.match(r.stderr, /警告 Warning \[summary-sheet\] {2}2024\/学校\.xlsx › 分性别汇总 › D1/);
    assert.doesNotMatch(r.stderr, /school-twice/);
    assert.match(r.stdout, /2024 {18}4 {11}2/);
  });
});
