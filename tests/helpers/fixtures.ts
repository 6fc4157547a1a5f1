/**
 * Fixtures made by code: real workbooks written by SheetJS into a temporary data folder and
 * read back by the ingest, never mocks of SheetJS.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as XLSX from 'xlsx';
import { loadConfig, type SiteConfig } from '../../src/lib/config.ts';
import { ingest, type Dataset } from '../../src/lib/ingest/index.ts';
import { silentLogger } from '../../src/lib/logger.ts';

export type Cell = string | number | boolean | null;
export interface SheetFixture {
  readonly name?: string;
  readonly rows: readonly (readonly Cell[])[];
  readonly merges?: XLSX.Range[];
  /** ws['!data'] edits after creation, e.g. formula errors or date formats */
  readonly edit?: (ws: XLSX.WorkSheet) => void;
}

export async function tempDir(prefix = 'yuanding-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export function workbookBytes(sheets: readonly SheetFixture[], bookType: XLSX.BookType = 'xlsx', wbProps?: XLSX.WorkbookProperties): Uint8Array {
  const wb = XLSX.utils.book_new();
  sheets.forEach((s, i) => {
    const ws = XLSX.utils.aoa_to_sheet(s.rows as Cell[][]);
    if (s.merges) ws['!merges'] = s.merges;
    s.edit?.(ws);
    XLSX.utils.book_append_sheet(wb, ws, s.name ?? `Sheet${i + 1}`);
  });
  if (wbProps) wb.Workbook = { ...(wb.Workbook ?? {}), WBProps: wbProps };
  return new Uint8Array(XLSX.write(wb, { bookType, type: 'buffer' }));
}

/** Writes files (path relative to the data folder → bytes or text) and returns the folder. */
export async function dataFolder(files: Record<string, Uint8Array | string>): Promise<string> {
  const dir = await tempDir();
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), content);
  }
  return dir;
}

export const xlsxFile = (...sheets: SheetFixture[]) => workbookBytes(sheets);

export async function ingestFolder(dir: string, cacheDir: string | null = null): Promise<{ dataset: Dataset; config: SiteConfig }> {
  const config = await loadConfig(dir, {});
  const dataset = await ingest(dir, { config, cacheDir, today: '2026-11-23', logger: silentLogger });
  return { dataset, config };
}

export const ROSTER_HEADER = ['教师编号', '姓名', '性别', '出生年月', '学校名称', '学段', '城乡', '岗位类别', '最高学历', '专业技术职务'] as const;

/** A roster row with sensible defaults; override any column by name. */
export function rosterRow(id: string, over: Partial<Record<(typeof ROSTER_HEADER)[number], Cell>> = {}): Cell[] {
  const base: Record<string, Cell> = { 教师编号: id, 姓名: `测试${id}`, 性别: '女', 出生年月: '1985-03-01', 学校名称: '城关小学', 学段: '小学', 城乡: '城区', 岗位类别: '专任教师', 最高学历: '本科', 专业技术职务: '一级', ...over };
  return ROSTER_HEADER.map((h) => base[h] ?? null);
}
