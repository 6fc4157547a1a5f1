/** Writes every download into the site: dist/downloads/… */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteData } from '../site/data.ts';
import { DICTIONARY_COLUMNS, dictionaryRows, TIDY_COLUMNS, tidyRows, toCsv } from './tidy.ts';
import { sourceDate } from '../source-date.ts';
import { templateWorkbook } from './template.ts';
import { indicatorsWorkbook } from './xlsx.ts';

export const DOWNLOADS_DIR = 'downloads';

export async function writeDownloads(siteDir: string, data: SiteData): Promise<string[]> {
  const dir = join(siteDir, DOWNLOADS_DIR);
  await mkdir(dir, { recursive: true });
  const files: [string, string | Uint8Array][] = [
    ['indicators.csv', toCsv(TIDY_COLUMNS, data.indicators.flatMap(tidyRows))],
    ['indicators.xlsx', indicatorsWorkbook(data.indicators, data.schools)],
    ['dictionary.csv', toCsv(DICTIONARY_COLUMNS, dictionaryRows(data.indicators))],
    ['data-template.xlsx', await templateWorkbook(sourceDate(data.publication.published))],
    ...data.indicators.map((i): [string, string] => [`${i.id}.csv`, toCsv(TIDY_COLUMNS, tidyRows(i))]),
    // Each indicator page's download for people with Excel: its theme's sheet and the English one, as in indicators.xlsx.
    ...data.indicators.map((i): [string, Uint8Array] => [`${i.id}.xlsx`, indicatorsWorkbook([i], data.schools)]),
  ];
  for (const [name, content] of files) await writeFile(join(dir, name), content);
  return files.map(([name]) => name);
}
