/**
 * The template workbook data staff fill in: one sheet per table kind with its header row
 * (✱ marks a required column; ingest reads the header with or without it), an instructions
 * sheet, and a sheet of allowed values. Generated from the same declarations ingest checks.
 */
import * as XLSX from 'xlsx';
import { IGNORED_COLUMNS, TABLE_SPECS } from '../ingest/schema.ts';

export function templateWorkbook(): Uint8Array {
  const wb = XLSX.utils.book_new();
  const notes = [
    ['园丁 Yuanding 数据模板 / data template'],
    [],
    ['1. 每个报告年度一个文件夹（如 data/2024/），把填好的工作簿放进去；一个工作簿可含多张表。', '1. One folder per reporting year (data/2024/); put filled workbooks in it. A workbook may hold several tables.'],
    ['2. 按表头识别表格：请保留表头行，可在其上加标题行、其下加“填表人”等备注行。', '2. Tables are recognised by their header row: keep it; a title row above and notes below are fine.'],
    ['3. 带 ✱ 的列必填；日期可写 2024-09-01、2024/9/1、2024年9月 或用 Excel 日期格式。', '3. Columns marked ✱ are required; dates may be 2024-09-01, 2024/9/1, 2024年9月 or an Excel date.'],
    ['4. 编号类的列请设为“文本”格式，以免 Excel 把长编号变成科学计数法。', '4. Format identifier columns as Text, so Excel does not turn long numbers into floats.'],
    [`5. 以下列不会被读取，无需填写：${IGNORED_COLUMNS.join('、')}。`, `5. These columns are never read: ${IGNORED_COLUMNS.join(', ')}.`],
    ['6. 可取值见“取值”工作表。', '6. Allowed values are on the 取值 sheet.'],
  ];
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(notes), '说明');
  for (const spec of TABLE_SPECS) {
    const ws = XLSX.utils.aoa_to_sheet([spec.fields.map((f) => `${f.header}${f.required ? '✱' : ''}`)]);
    ws['!cols'] = spec.fields.map((f) => ({ wch: Math.max(10, f.header.length * 2 + 4) }));
    // Identifier columns as text, so a pasted 18-digit number keeps its digits.
    spec.fields.forEach((f, c) => {
      if (f.type === 'person' || f.type === 'idcard') ws[XLSX.utils.encode_col(c) + '1']!.z = '@';
    });
    XLSX.utils.book_append_sheet(wb, ws, spec.zh);
  }
  const values = TABLE_SPECS.flatMap((spec) => spec.fields.filter((f) => f.type === 'enum').map((f) => [spec.zh, f.header, f.type === 'enum' ? f.values.join('、') : '']));
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['表格', '列', '可取值'], ...values]), '取值');
  return new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'buffer', compression: true }));
}
