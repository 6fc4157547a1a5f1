/** One input file → its parsed sheets and issues. Pure: bytes in, data out. */
import { extname } from 'node:path';
import { describeUnmatched, detectHeader, SEARCH_ROWS } from './header.ts';
import { looksLike, unreadableSheet } from './looks.ts';
import { folderYear } from './discover.ts';
import { cellAddress } from './issues.ts';
import type { Issue } from './issues.ts';
import type { RawSheet } from './workbook.ts';
import { parseSheet, type ParsedSheet } from './sheet.ts';
import { unusedSubset } from './layouts.ts';
import { NO_WORDS, type BureauWords } from './words.ts';
import { unreadColumns } from './unread.ts';
import { isReadFailure, readWorkbook, type ReadFailure } from './workbook.ts';

export interface ParsedFile {
  /** path relative to the data folder, with forward slashes: `2024/花名册.xlsx` */
  readonly file: string;
  readonly sheets: readonly ParsedSheet[];
  readonly issues: readonly Issue[];
}

export interface ParseLimits {
  /** the most a workbook's parts may inflate to, in bytes (site.yaml ingest.max_inflated_mb) */
  readonly maxInflatedBytes: number;
}

const MB = 1024 * 1024;

/** What a clerk is told when a file cannot be read at all: Chinese, then English. */
export function readFailureText(failure: ReadFailure, limits?: ParseLimits): [string, string] {
  switch (failure.kind) {
    case 'empty-file':
      return ['文件是空的（0 字节），可能复制或下载未完成；请重新导出。', 'The file is empty (0 bytes); perhaps a copy or download did not finish. Export it again.'];
    case 'not-a-spreadsheet':
      return ['文件内容不是表格（可能是改了扩展名的其他文件）；应为 .xlsx、.xls、.ods 或 .csv 表格。', 'The file is not a spreadsheet (perhaps another file renamed); expected an .xlsx, .xls, .ods or .csv table.'];
    case 'encrypted':
      return ['文件设置了打开密码，无法读取；请在 Excel/WPS 中取消密码（文件 › 信息 › 保护工作簿）后另存。', 'The file is password-protected and cannot be read; remove the password in Excel or WPS (File › Info › Protect Workbook) and save again.'];
    case 'damaged':
      return ['文件已损坏（压缩包结构不完整），无法读取；请用 Excel/WPS 打开后另存，或重新导出。', `The file is damaged (its zip structure is broken: ${failure.message}); open and save it again in Excel or WPS, or export it again.`];
    case 'too-large': {
      const size = `${Math.round(failure.bytes / MB).toLocaleString('en')} MB`;
      if (failure.onePart) {
        return [`工作表 ${failure.entry} 解压后约 ${size}，超过单张工作表可读取的上限（约 512 MB，程序一次只能读入这么长的文本）；请把它拆成几张工作表或几个文件（如按乡镇或学段），同一年的同类表格会合并统计。`,
          `The sheet ${failure.entry} inflates to about ${size}, over the most one sheet can be read as (about 512 MB, the longest text the program can hold); split it into several sheets or files (by township or stage, say): a year's tables of one kind are counted together.`];
      }
      const limit = limits ? `${Math.round(limits.maxInflatedBytes / MB).toLocaleString('en')} MB` : '';
      return [`文件解压后过大（${failure.entry ? `${failure.entry} ` : ''}约 ${size}${limit ? `，上限 ${limit}` : ''}），为防止耗尽内存未读取；请拆分工作表或另存为 CSV，或在 site.yaml 的 ingest.max_inflated_mb 调高上限。`,
        `The file inflates to about ${size}${failure.entry ? ` (${failure.entry})` : ''}${limit ? `, over the limit of ${limit}` : ''}, and was not read so as not to exhaust memory; split the sheet, save it as CSV, or raise ingest.max_inflated_mb in site.yaml.`];
    }
    case 'no-cells':
      return ['文件不为空，但读不出任何单元格（文件可能已损坏或过大，单表超过约100万行）；请检查后重新导出。', 'The file is not empty but no cells could be read (it may be damaged, or a sheet exceeds about a million rows); check it and export again.'];
    case 'unreadable':
      return ['无法读取文件（格式无法识别或已损坏）；请用 Excel/WPS 打开后另存为 .xlsx 再试。', `The file could not be read (${failure.message}); open it in Excel or WPS, save it as .xlsx and try again.`];
  }
}

export function parseFile(file: string, bytes: Uint8Array, salt: string, limits: ParseLimits = { maxInflatedBytes: Infinity }, words: BureauWords = NO_WORDS): ParsedFile {
  const issues: Issue[] = [];
  const result = readWorkbook(bytes, extname(file).toLowerCase(), limits.maxInflatedBytes);
  if (isReadFailure(result)) {
    const [zh, en] = readFailureText(result, limits);
    return { file, sheets: [], issues: [{ file, severity: 'error', code: result.kind, zh, en }] };
  }
  const sheets: ParsedSheet[] = [];
  const ignored = new Set<string>();
  const own = new Map(Object.entries(words.columns));
  for (const raw of result.sheets) {
    const header = detectHeader(raw, 0, SEARCH_ROWS, own);
    // A sub-set named like 工作经历 names people and schools as a roster does: it is never read as one.
    const unused = !header || header.spec.kind === 'roster' ? unusedSubset(raw.name) : undefined;
    if (unused) {
      issues.push({ file, sheet: raw.name, severity: 'warning', code: 'subset-not-used',
        zh: `${unused.layout.zh}的“${unused.sheet.name}”子集，本站不使用，未读取。`,
        en: `The ${unused.sheet.name} sub-set of ${unused.layout.en}: not used by this site, not read.` });
      continue;
    }
    if (!header) {
      const note = unmatched(file, raw);
      if (note) issues.push(note);
      continue;
    }
    if (raw.hidden) {
      issues.push({ file, sheet: raw.name, severity: 'warning', code: 'hidden-sheet',
        zh: `隐藏的工作表，已按“${header.spec.zh}”读取；如不应计入，请删除该表。`,
        en: `Hidden sheet, read as ${header.spec.en}; delete it if it should not count.` });
    }
    header.ignored.forEach((c) => ignored.add(c));
    const unread = unreadColumns(file, raw, header);
    if (unread) issues.push(unread);
    sheets.push(parseSheet(raw, header, { file, year: folderYear(file.split('/')[0] ?? ''), date1904: result.date1904, salt, words }, issues));
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

/**
 * Why a sheet was not read. A header found below row 15 is an error (a table silently left out
 * would publish wrong figures); other sheets are listed by the known column names they show
 * (never their raw cells, which may hold people's names).
 */
function unmatched(file: string, raw: RawSheet): Issue | null {
  const lower = detectHeader(raw, SEARCH_ROWS, 200);
  if (lower) {
    return { file, sheet: raw.name, cell: cellAddress(lower.headerRow, 0), severity: 'error', code: 'header-too-low',
      zh: `第 ${lower.headerRow + 1} 行像是“${lower.spec.zh}”的表头，但表头须在前 ${SEARCH_ROWS} 行内；请删除表头上方多余的行。`,
      en: `Row ${lower.headerRow + 1} looks like the header of ${lower.spec.en}, but the header must be within the first ${SEARCH_ROWS} rows; delete the extra rows above it.` };
  }
  const { known, summary, empty } = describeUnmatched(raw);
  if (empty) return null;
  const hidden = raw.hidden ? ['隐藏的工作表，', 'Hidden sheet; '] : ['', ''];
  if (summary) {
    const { marker, text, cell } = summary;
    return { file, sheet: raw.name, cell, severity: 'warning', code: 'summary-sheet',
      zh: `${hidden[0]}像是汇总统计表或数据透视表（“${text}”是${marker.zh}），不是逐条记录，已忽略；数据以逐条记录的表格为准。`,
      en: `${hidden[1] ? `${hidden[1]}looks` : 'Looks'} like a summary or pivot table ("${text}" is ${marker.en}), not a table of records; ignored: figures come from the tables of records.` };
  }
  const look = raw.hidden ? null : looksLike(raw, file);
  if (look) return unreadableSheet(file, raw.name, look);
  const names = known.length ? [`其中可识别的列名：${known.join('、')}`, `; known column names in it: ${known.join(', ')}`] : ['没有可识别的列名', '; it has no known column name'];
  return { file, sheet: raw.name, severity: 'warning', code: raw.hidden ? 'hidden-sheet' : 'unknown-sheet',
    zh: `${hidden[0]}未识别的工作表，已忽略：前 ${SEARCH_ROWS} 行中没有一行含某类表格的至少 3 个列名及其标识列（${names[0]}）。`,
    en: `${hidden[1]}sheet not recognised and ignored: none of its first ${SEARCH_ROWS} rows holds three column names of one table kind with its identifying column${names[1]}.` };
}
