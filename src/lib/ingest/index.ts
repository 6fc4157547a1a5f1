/**
 * The ingest stage: a data folder → validated records per reporting year and table kind,
 * with every issue found. Errors mean nothing downstream may run.
 */
import { readFile } from 'node:fs/promises';
import type { SiteConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { ParseCache, cacheKey } from './cache.ts';
import { crossCheck, type SheetOfYear } from './crosscheck.ts';
import { discover } from './discover.ts';
import { parseFile } from './file.ts';
import { capPerFile, type Issue } from './issues.ts';
import type { TableKind } from './schema.ts';
import type { RecordRow } from './sheet.ts';

export interface SheetStat {
  readonly year: number;
  readonly file: string;
  readonly sheet: string;
  readonly kind: TableKind;
  readonly rowsRead: number;
  readonly rowsRejected: number;
  readonly rowsKept: number;
}

export interface Dataset {
  readonly years: readonly number[];
  /** records per year and table kind; a kind absent for a year is not there at all (→ symbol x) */
  readonly records: ReadonlyMap<number, Partial<Record<TableKind, readonly RecordRow[]>>>;
  readonly issues: readonly Issue[];
  readonly stats: readonly SheetStat[];
  /** digests of every name and raw identifier read (see identity.ts): checked against the output */
  readonly secrets: ReadonlySet<string>;
}

export interface IngestOptions {
  readonly config: SiteConfig;
  readonly cacheDir: string | null;
  readonly today: string;
  readonly logger: Logger;
}

export async function ingest(dataDir: string, options: IngestOptions): Promise<Dataset> {
  const { config, logger } = options;
  const issues: Issue[] = [];
  const files = await discover(dataDir, issues);
  const cache = new ParseCache(options.cacheDir);
  const sheets: SheetOfYear[] = [];
  const started = performance.now();
  for (const [i, input] of files.entries()) {
    const t0 = performance.now();
    const bytes = await readFile(input.path);
    const key = cacheKey(input.file, bytes, config.salt);
    const cached = await cache.get(key);
    const parsed = cached ?? parseFile(input.file, bytes, config.salt);
    if (!cached && !parsed.issues.some((x) => x.severity === 'error')) await cache.set(key, parsed);
    issues.push(...parsed.issues);
    sheets.push(...parsed.sheets.map((s) => ({ ...s, file: input.file, year: input.year })));
    const rows = parsed.sheets.reduce((n, s) => n + s.records.length, 0);
    const kinds = [...new Set(parsed.sheets.map((s) => s.kind))].join(',') || '—';
    logger.info(`  [${i + 1}/${files.length}] ${input.file}  ${kinds}  ${rows.toLocaleString('en')} rows  ${((performance.now() - t0) / 1000).toFixed(2)}s${cached ? ' (cached)' : ''}`);
  }
  logger.info(`  read ${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)}s`);

  const checked = crossCheck(sheets, { today: options.today, statisticsDate: config.statistics_date }, issues);
  const records = new Map<number, Partial<Record<TableKind, RecordRow[]>>>();
  for (const s of checked) {
    // A header with no rows (an unfilled template sheet) is not a report of zero: the table is absent (x).
    if (s.rowsRead === 0) {
      issues.push({ file: s.file, sheet: s.sheet, severity: 'warning', code: 'empty-sheet', zh: '工作表只有表头、没有数据，视为未报送该表。', en: 'The sheet has a header but no rows; the table is treated as not supplied.' });
      continue;
    }
    const year = records.get(s.year) ?? {};
    (year[s.kind] ??= []).push(...s.records);
    records.set(s.year, year);
  }
  const stats = checked.map((s): SheetStat => ({ year: s.year, file: s.file, sheet: s.sheet, kind: s.kind, rowsRead: s.rowsRead, rowsRejected: s.rowsRejected, rowsKept: s.records.length }));
  const secrets = new Set(sheets.flatMap((s) => s.secrets));
  return { years: [...records.keys()].sort((a, b) => a - b), records, issues: capPerFile(issues), stats, secrets };
}

export const hasErrors = (d: Pick<Dataset, 'issues'>): boolean => d.issues.some((i) => i.severity === 'error');
