/**
 * Each sheet read says which of its named columns were not read (info, never a warning): a
 * column whose name the guide does not know is otherwise left out without a word.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { qualityByYear } from '../../src/lib/site/quality.ts';
import { ROSTER_HEADER, dataFolder, ingestFolder, rosterRow, xlsxFile } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

// K 备注 and M 最高学历（全日制） are not read; L is empty; N 民族 is sensitive (ignored-columns tells of it).
const header = [...ROSTER_HEADER, '备注', null, '最高学历（全日制）', '民族'];
const row = [...rosterRow('A1'), '调入', null, '本科', '汉族'];

describe('unread-column', () => {
  it('lists per sheet the named columns not read and those read, leaving out sensitive and empty header cells', async () => {
    const dir = await dataFolder({ '2024/花名册.xlsx': xlsxFile({ name: '名册', rows: [header, row] }) });
    const { dataset } = await ingestFolder(dir);
    const info = dataset.issues.filter((i) => i.code === 'unread-column');
    assert.equal(info.length, 1);
    assert.deepEqual([info[0]!.severity, info[0]!.file, info[0]!.sheet, info[0]!.cell], ['info', '2024/花名册.xlsx', '名册', undefined]);
    assert.equal(info[0]!.zh, '未读取 2 列：K 备注、M 最高学历（全日制）；已读取 10 列：A 教师编号、B 姓名、C 性别、D 出生年月、E 学校名称、F 学段、G 城乡、H 岗位类别、I 最高学历、J 专业技术职务。');
    assert.match(info[0]!.en, /^2 column\(s\) not read: K 备注, M 最高学历（全日制）; 10 read: A 教师编号, /);
    assert.ok(!info[0]!.zh.includes('调入') && !info[0]!.zh.includes('汉族'), 'header texts only, never a cell of data');
  });

  it('says nothing when every named column was read', async () => {
    const dir = await dataFolder({ '2024/花名册.xlsx': xlsxFile({ rows: [[...ROSTER_HEADER, null, '民族'], [...rosterRow('A1'), null, '汉族']] }) });
    const { dataset } = await ingestFolder(dir);
    assert.deepEqual(dataset.issues.filter((i) => i.severity === 'info'), []);
  });

  it('is printed after the warnings, one line per sheet, not counted as a warning and not published', async () => {
    const dir = await dataFolder({ '2024/花名册.xlsx': xlsxFile({ name: '名册', rows: [header, row] }) });
    const r = runScript('scripts/check.ts', ['--data', dir, '--no-cache']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /提示 Info \[unread-column\] [^\n]*\n[^\n]*\n {2}2024\/花名册\.xlsx › 名册 {2}未读取 2 列：K 备注、M 最高学历（全日制）；已读取 10 列/);
    // the only warning is the sensitive column's
    assert.match(r.stdout, /数据检查通过：1 个年度，1 条警告。/);
    const { dataset } = await ingestFolder(dir);
    const [quality] = qualityByYear(dataset, []);
    assert.deepEqual(quality!.warnings.map((w) => w.code), ['ignored-columns']);
  });
});
