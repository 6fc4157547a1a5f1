/**
 * The template workbook data staff fill in: one sheet per table kind with its header row
 * (✱ marks a required column; ingest reads the header with or without it), a drop-down list
 * on every column with a vocabulary (the allowed values, kept on a 取值 sheet), identifier
 * columns formatted as text, and an instructions sheet. Generated from the same declarations
 * ingest checks. SheetJS cannot write data validation; ExcelJS can.
 */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { sourceDate } from '../source-date.ts';
import { IGNORED_COLUMNS, TABLE_SPECS, type FieldSpec } from '../ingest/schema.ts';
import { spellings } from '../ingest/vocabularies.ts';

/** Rows that get the drop-downs: far more than a county or a city fills in one sheet. */
const ROWS = 5000;

const NOTES: readonly (readonly [string, string])[] = [
  ['1. 每个报告年度一个文件夹（如 data/2024/），把填好的工作簿放进去；一个工作簿可含多张表。', '1. One folder per reporting year (data/2024/); put filled workbooks in it. A workbook may hold several tables.'],
  ['2. 按表头识别表格：请保留表头行，可在其上加标题行、其下加“填表人”等备注行。', '2. Tables are recognised by their header row: keep it; a title row above and notes below are fine.'],
  ['3. 带 ✱ 的列必填；日期可写 2024-09-01、2024/9/1、2024年9月 或用 Excel 日期格式。', '3. Columns marked ✱ are required; dates may be 2024-09-01, 2024/9/1, 2024年9月 or an Excel date.'],
  ['4. 有固定取值的列可从下拉列表选择；常见的其他写法（如“大学本科”）也能识别，Excel 会提示但允许保留。', '4. Columns with fixed values have a drop-down list; common variants (大学本科) are read too: Excel warns but lets them stay.'],
  ['5. 编号类的列已设为“文本”格式，以免 Excel 把长编号变成科学计数法。', '5. Identifier columns are formatted as Text, so Excel does not turn long numbers into floats.'],
  [`6. 以下列不会被读取，无需填写：${IGNORED_COLUMNS.join('、')}。`, `6. These columns are never read: ${IGNORED_COLUMNS.join(', ')}.`],
  ['7. 可取值见“取值”工作表；其来源（国家标准、教师管理信息系统代码）和也能识别的其他写法见“取值来源”工作表。', '7. Allowed values are on the 取值 sheet; their sources (national standards, the teacher system\'s codes) and the other spellings read are on the 取值来源 sheet.'],
];

/** Spreadsheet column letters of a 1-based column number. */
const letters = (n: number): string => (n <= 0 ? '' : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

/** A range-wide validation: ExcelJS has it (worksheet.dataValidations) but its types do not declare it. */
const validations = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;

export async function templateWorkbook(stamp: Date = sourceDate()): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = stamp;
  const notes = wb.addWorksheet('说明');
  notes.addRows([['园丁 Yuanding 数据模板 / data template'], [], ...NOTES.map((n) => [...n])]);
  notes.getColumn(1).width = 90;
  notes.getColumn(2).width = 90;

  // The vocabularies (vocabularies.ts), one column each, that the drop-downs point at.
  const specs = TABLE_SPECS.filter((s) => !s.subset);
  const lists = wb.addWorksheet('取值');
  const used = [...new Set(specs.flatMap((spec) => spec.fields.flatMap((f) => (f.type === 'enum' ? [f.vocabulary] : []))))];
  const listRange = new Map<string, string>();
  used.forEach((vocabulary, i) => {
    const col = i + 1;
    lists.getCell(1, col).value = `取值·${vocabulary.zh}`; // not a column name: the list is never read as a table
    vocabulary.values.forEach((v, r) => (lists.getCell(r + 2, col).value = v));
    lists.getColumn(col).width = 14;
    listRange.set(vocabulary.id, `取值!$${letters(col)}$2:$${letters(col)}$${vocabulary.values.length + 1}`);
  });
  // Where each list comes from, and the other spellings ingest reads as the same value.
  const sources = wb.addWorksheet('取值来源');
  sources.addRow(['取值表 / values', '来源 / source', '取值 / value', '也可写作 / also accepted']);
  sources.getRow(1).font = { bold: true };
  for (const v of used) {
    v.values.forEach((value, i) => {
      const others = spellings(v).filter((w) => (v.words[w] ?? v.codes?.[w.split('-')[0]!]) === value);
      sources.addRow([i === 0 ? v.zh : '', i === 0 ? v.source.zh : '', value, others.join('、')]);
    });
  }
  sources.getColumn(2).width = 50;
  sources.getColumn(4).width = 80;

  for (const spec of specs) {
    const ws = wb.addWorksheet(spec.zh, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(spec.fields.map((f) => `${f.header}${f.required ? '✱' : ''}`));
    ws.getRow(1).font = { bold: true };
    spec.fields.forEach((f, i) => {
      const col = ws.getColumn(i + 1);
      col.width = Math.max(10, f.header.length * 2 + 4);
      // Identifier columns as text, so a pasted 18-digit number keeps its digits.
      if (f.type === 'person' || f.type === 'idcard') col.numFmt = '@';
      const range = f.type === 'enum' ? listRange.get(f.vocabulary.id) : undefined;
      if (!range) return;
      const address = `${letters(i + 1)}2:${letters(i + 1)}${ROWS + 1}`;
      validations(ws).add(address, {
        type: 'list', allowBlank: !f.required, formulae: [range],
        showErrorMessage: true, errorStyle: 'warning', errorTitle: f.header,
        error: `建议从下拉列表选择：${(f as Extract<FieldSpec, { type: 'enum' }>).values.join('、')}`,
      });
    });
  }
  // ExcelJS stamps each zip entry with the time of writing: the entries are zipped again with the stamp.
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, bytes]) => [name, [bytes, { mtime: stamp }]])), { level: 6 });
}
