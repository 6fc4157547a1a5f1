/** data/<year>/*.xlsx … : which files belong to which reporting year. */
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Issue } from './issues.ts';

export const READABLE_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.ods', '.et', '.csv'];

export interface InputFile {
  readonly year: number;
  /** relative to the data folder, forward slashes */
  readonly file: string;
  readonly path: string;
}

export async function discover(dataDir: string, issues: Issue[]): Promise<InputFile[]> {
  const entries = await readdir(dataDir, { withFileTypes: true });
  const files: InputFile[] = [];
  for (const dir of entries.filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name)).sort((a, b) => a.name.localeCompare(b.name))) {
    const names = (await readdir(join(dataDir, dir.name), { withFileTypes: true }))
      .filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.startsWith('~$'))
      .map((e) => e.name)
      .sort();
    for (const name of names) {
      const file = `${dir.name}/${name}`;
      if (READABLE_EXTENSIONS.includes(extname(name).toLowerCase())) files.push({ year: Number(dir.name), file, path: join(dataDir, dir.name, name) });
      else issues.push({ file, severity: 'warning', code: 'not-read', zh: `不是表格文件，未读取（可读取：${READABLE_EXTENSIONS.join(' ')}）。`, en: `Not a spreadsheet file; not read (readable: ${READABLE_EXTENSIONS.join(' ')}).` });
    }
  }
  return files;
}
