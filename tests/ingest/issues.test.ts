/**
 * A column's repeats of one problem are told once, with their rows: nothing is dropped, errors
 * come first, and a group of one reads as the problem itself.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatGroup, formatIssue, groupIssues, rowsText, type Issue } from '../../src/lib/ingest/issues.ts';

const cell = (cell: string, over: Partial<Issue> = {}): Issue => ({
  file: '2024/花名册.xlsx', sheet: '名册', cell, severity: 'error', code: 'missing-value', zh: '必填项“出生年月”为空。', en: 'Required 出生年月 is empty.', ...over,
});
const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('groupIssues', () => {
  it('makes one group of a column\'s problems with one code and text, with their rows as runs', () => {
    const issues = [...rows(3, 120), 125, 130, 131].map((r) => cell(`F${r}`));
    const [group, ...rest] = groupIssues(issues);
    assert.deepEqual(rest, []);
    assert.equal(group!.cell, 'F3:F131');
    assert.equal(group!.count, 121);
    assert.deepEqual(group!.rows, [[3, 120], [125, 125], [130, 131]]);
    assert.deepEqual(rowsText(group!), ['第 3–120、125、130–131 行，共 121 处', 'rows 3–120, 125, 130–131: 121 cells']);
    assert.equal(formatGroup(group!), `错误 Error [missing-value]  2024/花名册.xlsx › 名册 › F3:F131\n    第 3–120、125、130–131 行，共 121 处 / rows 3–120, 125, 130–131: 121 cells\n    必填项“出生年月”为空。\n    Required 出生年月 is empty.`);
  });

  it('keeps problems apart that differ in text, code, column, sheet or file, and drops none', () => {
    const issues = [
      cell('F3'), cell('F4'), cell('F5', { zh: '别的话。' }), cell('F6', { code: 'bad-date' }), cell('G3'),
      cell('F3', { sheet: '名册2' }), cell('F3', { file: '2024/其他.xlsx' }),
    ];
    const groups = groupIssues(issues);
    assert.equal(groups.length, 6);
    assert.equal(groups.reduce((n, g) => n + g.count, 0), issues.length);
    assert.deepEqual(groups.map((g) => `${g.file} ${g.sheet} ${g.cell} ${g.code} ${g.count}`), [
      '2024/其他.xlsx 名册 F3 missing-value 1',
      '2024/花名册.xlsx 名册 F6 bad-date 1',
      '2024/花名册.xlsx 名册 F3:F4 missing-value 2',
      '2024/花名册.xlsx 名册 F5 missing-value 1',
      '2024/花名册.xlsx 名册 G3 missing-value 1',
      '2024/花名册.xlsx 名册2 F3 missing-value 1',
    ]);
  });

  it('groups by column whatever the text when asked (the data-quality page shows no text)', () => {
    const groups = groupIssues([cell('F3'), cell('F4', { zh: '别的话。' })], { byText: false });
    assert.deepEqual(groups.map((g) => [g.cell, g.count]), [['F3:F4', 2]]);
  });

  it('puts errors first, then warnings, then info; by file, sheet and column in sheet order', () => {
    const groups = groupIssues([
      { file: '2024/', severity: 'info', code: 'unread-column', zh: 'i', en: 'i' },
      cell('AA2', { severity: 'warning', code: 'outside-year' }),
      cell('B2', { severity: 'warning', code: 'outside-year' }),
      cell('C9', { file: '2024/b.xlsx' }),
      cell('C9', { file: '2024/a.xlsx' }),
    ]);
    assert.deepEqual(groups.map((g) => `${g.severity} ${g.file} ${g.cell ?? '-'}`), [
      'error 2024/a.xlsx C9', 'error 2024/b.xlsx C9', 'warning 2024/花名册.xlsx B2', 'warning 2024/花名册.xlsx AA2', 'info 2024/ -',
    ]);
  });

  it('groups a problem at a range, a whole column or no cell only with the same place', () => {
    const groups = groupIssues([
      cell('A1:J2', { code: 'missing-column' }), cell('A1:J2', { code: 'missing-column' }), cell('A:A', { code: 'unmatched-people' }), cell('A7', { code: 'unmatched-people' }),
    ]);
    assert.deepEqual(groups.map((g) => [g.cell, g.count, g.rows.length]), [['A1:J2', 2, 0], ['A:A', 1, 0], ['A7', 1, 1]]);
    assert.deepEqual(rowsText(groups[0]!), ['共 2 处', '2 times']);
  });

  it('shows a group of one exactly as the problem itself', () => {
    const one = cell('F17');
    assert.equal(formatGroup(groupIssues([one])[0]!), formatIssue(one));
  });

  it('lists at most 20 runs of rows, then …, with the full count', () => {
    const issues = rows(1, 30).map((i) => cell(`F${i * 2}`));
    const [zh, en] = rowsText(groupIssues(issues)[0]!);
    assert.equal(zh, `第 ${rows(1, 20).map((i) => i * 2).join('、')}、… 行，共 30 处`);
    assert.match(en, /^rows 2, 4, .*, 40, …: 30 cells$/);
  });
});
