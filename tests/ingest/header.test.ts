import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dataFolder, ingestFolder, rosterRow, ROSTER_HEADER, xlsxFile } from '../helpers/fixtures.ts';
import { allRows, rowsOf } from '../helpers/records.ts';

describe('header detection', () => {
  it('skips a title row above the header and a note row below the data', async () => {
    const dir = await dataFolder({
      '2024/花名册.xlsx': xlsxFile({ rows: [['2024年XX县教职工花名册'], [], [...ROSTER_HEADER], rosterRow('A1'), rosterRow('A2'), [], ['填表人：人事股'] ] }),
    });
    const { dataset } = await ingestFolder(dir);
    assert.deepEqual(dataset.issues.filter((i) => i.severity === 'error'), []);
    assert.equal(rowsOf(dataset, 2024, 'roster')?.length, 2);
    assert.equal(dataset.stats[0]?.rowsRead, 2);
  });

  it('reads a row whose first cell is empty, and skips blank rows between records', async () => {
    const dir = await dataFolder({
      '2024/新进.xlsx': xlsxFile({ rows: [['教师编号', '招聘渠道', '学段', '分配学校', '最高学历', '入职日期'], ['A1', '统招', '初中', '一中', '本科', '2024-08-25'], [], [null, '特岗计划', '小学', '村小', '本科', '2024-08-25']] }),
    });
    const { dataset } = await ingestFolder(dir);
    assert.equal(rowsOf(dataset, 2024, 'recruitment')?.length, 2);
  });

  it('matches alias headers (工号 for 教师编号, 学历 for 最高学历, 城乡分类代码 with statistical codes)', async () => {
    const header = ['工号', '性别', '出生日期', '单位名称', '任教学段', '城乡分类代码', '人员类别', '学历', '职称'];
    const dir = await dataFolder({
      '2024/roster.xlsx': xlsxFile({ rows: [header, ['A1', '男', '1980-01-01', '一小', '小学', '220', '专任教师', '大学本科', '小学高级教师']] }),
    });
    const { dataset } = await ingestFolder(dir);
    assert.deepEqual(dataset.issues.filter((i) => i.severity === 'error'), []);
    const row = rowsOf(dataset, 2024, 'roster')?.[0];
    assert.equal(row?.['locality'], '乡村', '220 is a rural code');
    assert.equal(row?.['education'], '本科');
    assert.equal(row?.['title'], '一级', 'pre-2015 小学高级 maps to 一级');
  });

  it('joins a two-row header of merged cells and matches either part', async () => {
    const dir = await dataFolder({
      '2024/roster.xlsx': xlsxFile({
        rows: [
          ['教师编号', '基本情况', null, null, '任职情况', null, null, null, '学历/最高学历', '职称'],
          [null, '性别', '出生年月', '学校名称', '学段', '城乡', '岗位类别', null, null, null],
          ['A1', '女', '1990-05-01', '一小', '小学', '城区', '专任教师', null, '研究生', '二级'],
        ],
        merges: [
          { s: { r: 0, c: 0 }, e: { r: 1, c: 0 } },
          { s: { r: 0, c: 1 }, e: { r: 0, c: 3 } },
          { s: { r: 0, c: 4 }, e: { r: 0, c: 7 } },
          { s: { r: 0, c: 8 }, e: { r: 1, c: 8 } },
          { s: { r: 0, c: 9 }, e: { r: 1, c: 9 } },
        ],
      }),
    });
    const { dataset } = await ingestFolder(dir);
    assert.deepEqual(dataset.issues.filter((i) => i.severity === 'error'), []);
    assert.equal(rowsOf(dataset, 2024, 'roster')?.[0]?.['sex'], '女');
  });

  it('reports a sheet that matches no table kind, listing only the known column names in it, and ignores it', async () => {
    const dir = await dataFolder({
      '2024/misc.xlsx': xlsxFile({ name: '说明', rows: [['项目名称', '负责人', '备注'], ['甲', '乙', '丙']] }),
    });
    const { dataset } = await ingestFolder(dir);
    const issue = dataset.issues.find((i) => i.code === 'unknown-sheet');
    assert.equal(issue?.severity, 'warning');
    assert.equal(issue?.sheet, '说明');
    assert.match(issue!.zh, /可识别的列名：项目名称）/);
    // Raw cells are never printed: a sheet that is not understood may hold people's names.
    assert.doesNotMatch(issue!.zh + issue!.en, /负责人|甲|乙/);
  });

  it('never reads sensitive columns and notes once per file that they were ignored', async () => {
    const dir = await dataFolder({
      '2024/roster.xlsx': xlsxFile({ rows: [[...ROSTER_HEADER, '民族', '政治面貌'], [...rosterRow('A1'), '汉族', '群众'], [...rosterRow('A2'), '回族', '群众']] }),
    });
    const { dataset } = await ingestFolder(dir);
    const notes = dataset.issues.filter((i) => i.code === 'ignored-columns');
    assert.equal(notes.length, 1);
    assert.match(notes[0]!.zh, /民族、政治面貌/);
    assert.ok(!JSON.stringify(allRows(dataset)).includes('汉族'));
  });
});
