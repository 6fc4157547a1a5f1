/** One input file → its parsed sheets and issues. Pure: bytes in, data out. */
import { extname } from 'node:path';
import { detectHeader, firstRowTexts } from './header.ts';
import type { Issue } from './issues.ts';
import { parseSheet, type ParsedSheet } from './sheet.ts';
import { isReadFailure, readWorkbook } from './workbook.ts';

export interface ParsedFile {
  /** path relative to the data folder, with forward slashes: `2024/花名册.xlsx` */
  readonly file: string;
  readonly sheets: readonly ParsedSheet[];
  readonly issues: readonly Issue[];
}

export function parseFile(file: string, bytes: Uint8Array, salt: string): ParsedFile {
  const issues: Issue[] = [];
  const result = readWorkbook(bytes, extname(file).toLowerCase());
  if (isReadFailure(result)) {
    const [zh, en] =
      result.kind === 'not-a-spreadsheet'
        ? ['文件内容不是表格（可能是改了扩展名的其他文件）；应为 .xlsx、.xls、.ods 或 .csv 表格。', 'The file is not a spreadsheet (perhaps another file renamed); expected an .xlsx, .xls, .ods or .csv table.']
        : result.kind === 'no-cells'
          ? ['文件不为空，但读不出任何单元格（文件可能已损坏或过大，单表超过约100万行）；请检查后重新导出。', 'The file is not empty but no cells could be read (it may be damaged, or a sheet exceeds about a million rows); check it and export again.']
          : [`无法读取文件：${result.message}`, `The file could not be read: ${result.message}`];
    return { file, sheets: [], issues: [{ file, severity: 'error', code: result.kind, zh, en }] };
  }
  const sheets: ParsedSheet[] = [];
  const ignored = new Set<string>();
  for (const raw of result.sheets) {
    const header = detectHeader(raw);
    if (!header) {
      const texts = firstRowTexts(raw);
      if (texts.length) {
        issues.push({ file, sheet: raw.name, severity: 'warning', code: 'unknown-sheet',
          zh: `未识别的工作表，已忽略。前15行中没有一行包含某类表格的至少3个列名；首行为：${texts.slice(0, 8).join('、')}。`,
          en: `Sheet not recognised and ignored: none of its first 15 rows holds at least three column names of one table kind; first row: ${texts.slice(0, 8).join(', ')}.` });
      }
      continue;
    }
    header.ignored.forEach((c) => ignored.add(c));
    sheets.push(parseSheet(raw, header, { file, date1904: result.date1904, salt }, issues));
  }
  if (ignored.size) {
    const cols = [...ignored].join('、');
    issues.push({ file, severity: 'warning', code: 'ignored-columns', zh: `以下敏感列未读取、未缓存：${cols}。`, en: `These sensitive columns were not read or cached: ${[...ignored].join(', ')}.` });
  }
  if (!salt && sheets.some((s) => 'idcard' in s.columns && !('person' in s.columns) && s.records.length > 0)) {
    issues.push({ file, severity: 'warning', code: 'unsalted', zh: '身份证件号以不加盐的散列处理；请在环境变量 YUANDING_SALT 或 site.yaml 的 salt_file 中设置盐值。', en: 'ID numbers were hashed without a salt; set YUANDING_SALT or salt_file in site.yaml.' });
  }
  return { file, sheets, issues };
}
