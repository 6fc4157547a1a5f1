/** Writes every download into the site: dist/downloads/… */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteData } from '../site/data.ts';
import { DICTIONARY_COLUMNS, dictionaryRows, TIDY_COLUMNS, tidyRows, toCsv } from './tidy.ts';
import { sourceDate } from '../source-date.ts';
import { templateWorkbook } from './template.ts';
import { indicatorsWorkbook } from './xlsx.ts';

export const DOWNLOADS_DIR = 'downloads';

/** One year's every published figure, as CSV or Excel: indicators-2024.csv. */
export const yearDownload = (year: number, ext: 'csv' | 'xlsx'): string => `indicators-${year}.${ext}`;

export async function writeDownloads(siteDir: string, data: SiteData): Promise<string[]> {
  const dir = join(siteDir, DOWNLOADS_DIR);
  await mkdir(dir, { recursive: true });
  const rows = data.indicators.flatMap(tidyRows);
  const files: [string, string | Uint8Array][] = [
    ['indicators.csv', toCsv(TIDY_COLUMNS, rows)],
    ['indicators.xlsx', indicatorsWorkbook(data.indicators, data.schools)],
    // Each year alone, as PRODUCT.md's downloads ask ("per year and as a whole"): the same rows and sheets, that year's only.
    ...data.years.flatMap((year): [string, string | Uint8Array][] => [
      [yearDownload(year, 'csv'), toCsv(TIDY_COLUMNS, rows.filter((r) => r.year === year))],
      [yearDownload(year, 'xlsx'), indicatorsWorkbook(data.indicators.map((i) => ({ ...i, estimates: i.estimates.filter((e) => e.year === year) })), data.schools)],
    ]),
    ['dictionary.csv', toCsv(DICTIONARY_COLUMNS, dictionaryRows(data.indicators))],
    ['data-template.xlsx', await templateWorkbook(sourceDate(data.publication.published))],
    ...data.indicators.map((i): [string, string] => [`${i.id}.csv`, toCsv(TIDY_COLUMNS, tidyRows(i))]),
    // Each indicator page's download for people with Excel: its theme's sheet and the English one, as in indicators.xlsx.
    ...data.indicators.map((i): [string, Uint8Array] => [`${i.id}.xlsx`, indicatorsWorkbook([i], data.schools)]),
  ];
  for (const [name, content] of files) await writeFile(join(dir, name), content);
  return files.map(([name]) => name);
}
