/**
 * data/<year>/*.xlsx … : which files belong to which reporting year. Everything in the data
 * folder is accounted for: a folder or file that is not read is listed, never silently passed.
 */
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Issue } from './issues.ts';
import { IgnoreList } from './ignore.ts';

export const READABLE_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.ods', '.et', '.csv'];

/** Files at the root of the data folder that belong there. */
const ROOT_FILES = new Set(['site.yaml', 'site.yml', '.gitignore', 'readme.md']);

export interface InputFile {
  readonly year: number;
  /** relative to the data folder, forward slashes */
  readonly file: string;
  readonly path: string;
}

/**
 * The reporting year a folder name stands for: `2024`, and the forms clerks type (`2024年`,
 * `2024年度`, `2024 `, full-width `２０２４`). Anything else (`2024-old`, `2024备份`) is not a year.
 */
export function folderYear(name: string): number | null {
  const m = /^(\d{4})(年度?)?$/.exec(name.normalize('NFKC').replace(/\s+/g, ''));
  const year = m ? Number(m[1]) : NaN;
  return year >= 1990 && year <= 2100 ? year : null;
}

const skip = (file: string, zh: string, en: string): Issue => ({ file, severity: 'warning', code: 'not-read', zh: `${zh}未读取。`, en: `${en}; not read.` });

/** Which reporting years may be published (site.yaml), and today's date to tell a future year by. */
export interface YearRules {
  /** YYYY-MM-DD, passed in: no clock inside the library */
  readonly today: string;
  /** site.yaml first_year: a folder of an earlier year is an error */
  readonly firstYear?: number | undefined;
  /** site.yaml allow_future_years: a folder of a year after today's is read, not an error */
  readonly allowFuture?: boolean;
  /** site.yaml ignore: a file it lists is not read at all */
  readonly ignore?: IgnoreList;
}

/**
 * Why a year folder may not be published: a year after today's (2031 typed for 2021, a plan
 * copied in), or before first_year. Its spreadsheets are not read, so ages and years of
 * service are never worked out at a year that has not come.
 */
function yearOutOfRange(folder: string, year: number, files: number, rules: YearRules): Issue | null {
  const current = Number(rules.today.slice(0, 4));
  const held = [`，其中 ${files} 个表格文件未读取`, `; its ${files} spreadsheet file${files === 1 ? ' was' : 's were'} not read`];
  if (year > current && !rules.allowFuture) {
    return { file: `${folder}/`, severity: 'error', code: 'future-year',
      zh: `文件夹“${folder}”是 ${year} 年的数据，晚于今年（今天是 ${rules.today}）${held[0]}：尚未到来的年度不能发布。若年份写错，请把文件夹改为正确的年份（如 ${current}）；若是草稿或计划数据，请移出数据文件夹；确需发布，请在 site.yaml 中设置 allow_future_years: true。`,
      en: `Folder "${folder}" holds data for ${year}, after the current year (today is ${rules.today})${held[1]}: a year that has not come cannot be published. If the year is mistyped, rename the folder to the right year (such as ${current}); if it holds drafts or plans, move it out of the data folder; to publish it anyway, set allow_future_years: true in site.yaml.` };
  }
  if (rules.firstYear !== undefined && year < rules.firstYear) {
    return { file: `${folder}/`, severity: 'error', code: 'before-first-year',
      zh: `文件夹“${folder}”是 ${year} 年的数据，早于 site.yaml 设定的首个年度（first_year: ${rules.firstYear}）${held[0]}。若年份写错，请把文件夹改为正确的年份；若不应发布，请移出数据文件夹；确需发布该年，请把 site.yaml 中的 first_year 改为 ${year}。`,
      en: `Folder "${folder}" holds data for ${year}, before the first year set in site.yaml (first_year: ${rules.firstYear})${held[1]}. If the year is mistyped, rename the folder to the right year; if it should not be published, move it out of the data folder; to publish it, set first_year: ${year} in site.yaml.` };
  }
  return null;
}

export async function discover(dataDir: string, issues: Issue[], rules?: YearRules): Promise<InputFile[]> {
  const entries = (await readdir(dataDir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const files: InputFile[] = [];
  const yearFolders = new Map<number, string>();
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const year = entry.isDirectory() ? folderYear(entry.name) : null;
    if (entry.isSymbolicLink()) {
      issues.push(skip(entry.name, '符号链接（快捷方式），', 'A symbolic link'));
      continue;
    }
    if (!entry.isDirectory()) {
      if (!ROOT_FILES.has(entry.name.toLowerCase())) issues.push(skip(entry.name, '数据文件夹根目录下的文件，应放入年度文件夹（如 2024/），', 'A file at the top of the data folder; put it in a year folder such as 2024/'));
      continue;
    }
    if (year === null) {
      issues.push(skip(`${entry.name}/`, '文件夹名不是年份（应为四位年份，如 2024 或 2024年），', 'The folder name is not a year (expected four digits such as 2024 or 2024年)'));
      continue;
    }
    const other = yearFolders.get(year);
    if (other !== undefined) {
      issues.push({ file: `${entry.name}/`, severity: 'error', code: 'duplicate-year-folder',
        zh: `文件夹“${entry.name}”与“${other}”都表示 ${year} 年；每年只能有一个文件夹，请合并或改名（如 ${year}-旧）。`,
        en: `Folders "${entry.name}" and "${other}" both stand for ${year}; keep one folder per year (merge them, or rename one such as ${year}-old).` });
      continue;
    }
    yearFolders.set(year, entry.name);
    if (entry.name !== String(year)) {
      issues.push({ file: `${entry.name}/`, severity: 'warning', code: 'year-folder-name', zh: `文件夹“${entry.name}”按 ${year} 年读取。`, en: `Folder "${entry.name}" is read as reporting year ${year}.` });
    }
    const inner = (await readdir(join(dataDir, entry.name), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    const found: InputFile[] = [];
    for (const e of inner) {
      const file = `${entry.name}/${e.name}`;
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue; // hidden files and Office lock files
      if (e.isSymbolicLink()) issues.push(skip(file, '符号链接（快捷方式），', 'A symbolic link'));
      else if (e.isDirectory()) issues.push(skip(`${file}/`, '年度文件夹中的子文件夹（只读取年度文件夹本身的文件），', 'A subfolder of a year folder (only files directly in the year folder are read)'));
      else if (!READABLE_EXTENSIONS.includes(extname(e.name).toLowerCase())) issues.push(skip(file, `不是表格文件（可读取：${READABLE_EXTENSIONS.join(' ')}），`, `Not a spreadsheet file (readable: ${READABLE_EXTENSIONS.join(' ')})`));
      else if (rules?.ignore?.file(file)) issues.push(IgnoreList.note(file));
      else found.push({ year, file, path: join(dataDir, entry.name, e.name) });
    }
    // An empty folder made ready for next year publishes nothing and is no error.
    const outside = found.length > 0 && rules ? yearOutOfRange(entry.name, year, found.length, rules) : null;
    if (outside) issues.push(outside);
    else files.push(...found);
  }
  return files;
}
