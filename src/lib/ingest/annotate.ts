/**
 * `npm run check -- --annotate DIR`: a copy of every workbook with a problem at a cell, its
 * problem cells filled (errors red, warnings yellow) and noted with their messages, and a first
 * sheet 问题清单 listing every problem of the file, those of no cell too. The clerk opens the
 * copy beside the original and fixes the original; originals are only ever read. Formats
 * other than .xlsx are converted to .xlsx first (workbook.ts), as ExcelJS writes only .xlsx.
 */
import ExcelJS from 'exceljs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join, relative, sep } from 'node:path';
import { groupIssues, runsText, type Issue, type Severity } from './issues.ts';
import { convertToXlsx } from './workbook.ts';

export const LIST_SHEET = '问题清单';
const FILL: Record<Exclude<Severity, 'info'>, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C' };
const LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
/**
 * The largest input copied: ExcelJS holds a workbook in memory at about a hundred times its
 * .xlsx size (the sample's 420 KB roster takes 45 MB), so a 10 MB file takes about a gigabyte.
 */
const MAX_BYTES = 10 * 1024 * 1024;
/** Runs of rows listed per problem on 问题清单 before `…` (a cell holds at most 32,767 characters). */
const MAX_RUNS = 500;

export interface AnnotatedCopy {
  /** the input, relative to the data folder */
  readonly file: string;
  /** the copy, relative to DIR: the input's path, `.xlsx` added when it was converted */
  readonly copy: string;
  readonly converted: boolean;
  /** cells filled and noted */
  readonly cells: number;
}

export interface AnnotateFailure {
  readonly file: string;
  readonly zh: string;
  readonly en: string;
}

const within = (parent: string, path: string) => {
  const r = relative(parent, path);
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
};

/** Why `dir` may not take the copies, in Chinese and English; null when it may. Paths are absolute. */
export function annotateRefusal(dir: string, dataDir: string, siteDir: string): [string, string] | null {
  if (within(dataDir, dir)) {
    return [`--annotate 的文件夹不能是数据文件夹或其中的文件夹（副本会被当作数据读取）：${dir}`, `The --annotate folder may not be the data folder or inside it (the copies would be read as data): ${dir}`];
  }
  if (within(siteDir, dir)) {
    return [`--annotate 的文件夹不能在网站输出文件夹中（副本会随网站发布）：${dir}`, `The --annotate folder may not be inside the site's output folder (the copies would be published): ${dir}`];
  }
  return null;
}

/** Writes the annotated copies of the files of `issues` that have a problem at a cell. */
export async function writeAnnotatedCopies(dataDir: string, issues: readonly Issue[], dir: string): Promise<{ copies: AnnotatedCopy[]; failures: AnnotateFailure[] }> {
  const files = [...new Set(issues.filter((i) => i.cell && i.severity !== 'info').map((i) => i.file))].filter((f) => f !== '.' && !f.endsWith('/') && within(dataDir, join(dataDir, f)));
  const copies: AnnotatedCopy[] = [];
  const failures: AnnotateFailure[] = [];
  for (const file of files.sort()) {
    const mine = issues.filter((i) => i.file === file);
    try {
      const bytes = await readFile(join(dataDir, file));
      if (bytes.length > MAX_BYTES) {
        const mb = `${(bytes.length / 1024 / 1024).toFixed(0)} MB`;
        failures.push({ file, zh: `文件较大（${mb}，上限 10 MB），为免耗尽内存未写带批注的副本；请按上面列出的问题修改原文件。`, en: `The file is large (${mb}, over 10 MB); no annotated copy was written so as not to exhaust memory. Fix the original from the problems listed above.` });
        continue;
      }
      const { workbook, converted } = await open(bytes, extname(file).toLowerCase());
      const cells = markCells(workbook, mine);
      addList(workbook, mine);
      const copy = converted ? `${file}.xlsx` : file;
      await mkdir(dirname(join(dir, copy)), { recursive: true });
      await writeFile(join(dir, copy), new Uint8Array(await workbook.xlsx.writeBuffer()));
      copies.push({ file, copy, converted, cells });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      failures.push({ file, zh: `无法写出带批注的副本（${why}）；请按上面列出的问题修改原文件。`, en: `Could not write an annotated copy (${why}); fix the original from the problems listed above.` });
    }
  }
  return { copies, failures };
}

/** The workbook as ExcelJS reads it: an .xlsx as it is, anything else (or an .xlsx ExcelJS cannot open) through SheetJS. */
async function open(bytes: Uint8Array, extension: string): Promise<{ workbook: ExcelJS.Workbook; converted: boolean }> {
  const load = async (b: Uint8Array) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(b) as unknown as ExcelJS.Buffer);
    return workbook;
  };
  if (extension === '.xlsx') {
    try {
      return { workbook: await load(bytes), converted: false };
    } catch {
      // an .xlsx in name only (an .xls or HTML export renamed), or one ExcelJS cannot parse
    }
  }
  return { workbook: await load(convertToXlsx(bytes)), converted: extension !== '.xlsx' };
}

/** `F17` → F17; a range `A1:J2` or a column `A:A` → its first cell. */
const firstCell = (cell: string): string => {
  const m = /^([A-Z]+)(\d*)/.exec(cell);
  return m ? `${m[1]}${m[2] || '1'}` : 'A1';
};

/** Fills and notes every cell with a problem; several problems of one cell share its note. Returns the cells marked. */
function markCells(workbook: ExcelJS.Workbook, issues: readonly Issue[]): number {
  const marks = new Map<string, { sheet: string; address: string; severity: 'error' | 'warning'; lines: string[] }>();
  for (const i of issues) {
    if (!i.cell || !i.sheet || i.severity === 'info') continue;
    const address = firstCell(i.cell);
    const key = `${i.sheet}\0${address}`;
    const mark = marks.get(key) ?? { sheet: i.sheet, address, severity: i.severity, lines: [] };
    if (i.severity === 'error') mark.severity = 'error';
    const line = `${LABEL[i.severity]} [${i.code}] ${i.zh}`;
    if (!mark.lines.includes(line)) mark.lines.push(line);
    marks.set(key, mark);
  }
  let marked = 0;
  for (const { sheet, address, severity, lines } of marks.values()) {
    const ws = workbook.getWorksheet(sheet);
    if (!ws) continue; // listed on 问题清单 all the same
    const cell = ws.getCell(address);
    // Styles read from a file are shared between cells: a new style object, never an edit of the shared one.
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[severity] } } };
    cell.note = lines.join('\n');
    marked++;
  }
  return marked;
}

/** The first sheet: every problem of the file, grouped as the check prints them, and the sheet shown on opening. */
function addList(workbook: ExcelJS.Workbook, issues: readonly Issue[]): void {
  let name = LIST_SHEET;
  for (let n = 2; workbook.getWorksheet(name); n++) name = `${LIST_SHEET} (${n})`;
  // One selected tab, the list's: ExcelJS reads and writes tabSelected though its types omit it.
  for (const ws of workbook.worksheets) ws.views = ws.views.map((v) => ({ ...v, tabSelected: false }));
  const view = { state: 'frozen', ySplit: 1, tabSelected: true } as Partial<ExcelJS.WorksheetView>;
  const list = workbook.addWorksheet(name, { views: [view] });
  (list as unknown as { orderNo: number }).orderNo = -1; // before the sheets of the original
  list.columns = [
    { header: '类别', width: 8 }, { header: '代码', width: 18 }, { header: '工作表', width: 16 }, { header: '单元格', width: 14 },
    { header: '行', width: 24 }, { header: '处数', width: 8 }, { header: '说明', width: 80 }, { header: 'Message', width: 80 },
  ];
  list.getRow(1).font = { bold: true };
  for (const g of groupIssues(issues)) {
    list.addRow([LABEL[g.severity], g.code, g.sheet ?? '', g.cell ?? '', g.rows.length ? runsText(g.rows, '、', MAX_RUNS) : '', g.count, g.zh, g.en]);
  }
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, visibility: 'visible', ...(workbook.views as ExcelJS.WorkbookView[] | undefined)?.[0], firstSheet: 0, activeTab: 0 }];
}
