/**
 * The ingest stage: a data folder → validated records per reporting year and table kind,
 * with every issue found. Errors mean nothing downstream may run.
 */
import { readFile, stat } from 'node:fs/promises';
import type { SiteConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { unpackRows, type PackedFile, type RowsFile } from './arrow.ts';
import { ParseCache, cacheKey } from './cache.ts';
import { maskQuotedSecrets } from './identity.ts';
import { crossCheck, type SheetOfYear } from './crosscheck.ts';
import { groupBy } from '../group.ts';
import { discover, type InputFile } from './discover.ts';
import { contentDigest, duplicateRows, identicalFiles } from './duplicates.ts';
import { joinSources } from './join.ts';
import { linkPeople } from './people.ts';
import { ParsePool } from './pool.ts';
import { resolveSchools } from './schools.ts';
import { IgnoreList, sheetNames, withoutIgnored } from './ignore.ts';
import type { Issue } from './issues.ts';
import { tableSpec, type TableKind } from './schema.ts';
import { rowsTable } from './table.ts';
import type { ColumnTable } from 'arquero';

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
  /**
   * records per year and table kind, as columns (./table.ts); a kind absent for a year is not
   * there at all (→ symbol x)
   */
  readonly records: ReadonlyMap<number, YearTables>;
  readonly issues: readonly Issue[];
  readonly stats: readonly SheetStat[];
  /** digests of every name and raw identifier read (see identity.ts): checked against the output */
  readonly secrets: ReadonlySet<string>;
}

/** One year's tables by kind, each a columnar table of its records (./table.ts). */
export type YearTables = Partial<Record<TableKind, ColumnTable>>;

export interface IngestOptions {
  readonly config: SiteConfig;
  readonly cacheDir: string | null;
  readonly today: string;
  readonly logger: Logger;
}

export async function ingest(dataDir: string, options: IngestOptions): Promise<Dataset> {
  const { config, logger } = options;
  const issues: Issue[] = [];
  const ignore = new IgnoreList(config.ignore);
  const files = await discover(dataDir, issues, { today: options.today, firstYear: config.first_year, allowFuture: config.allow_future_years, ignore });
  const cache = new ParseCache(options.cacheDir);
  const sheets: SheetOfYear[] = [];
  const started = performance.now();
  const sameBytes = identicalFiles(issues);
  const { max_inflated_mb, max_memory_mb, max_seconds } = config.ingest;
  const pool = new ParsePool({ maxInflatedBytes: max_inflated_mb * 1024 * 1024, maxMemoryMb: max_memory_mb, maxSeconds: max_seconds });
  let done = 0;
  // Each file's records stay Arrow bytes until every file is read: a province's training records
  // as objects beside the roster a worker is still reading made the build's peak (the roster's
  // workbook alone is SheetJS's floor). An entry that does not decode is read again (a damaged
  // cache entry that passed its checksum: a bug, but never a reason to trust it).
  const readOne = async (input: InputFile) => {
    const t0 = performance.now();
    const bytes = await readFile(input.path);
    const digest = contentDigest(bytes);
    const key = cacheKey(input.file, digest, config.salt, config.words);
    const cached = await cache.getPacked(key);
    let packed = cached;
    if (!packed) {
      packed = await pool.parse(input.file, bytes, config.salt, config.words);
      if (!packed.issues.some((x) => x.severity === 'error')) await cache.setPacked(key, packed);
    }
    const rows = packed.sheets.reduce((n, s) => n + s.kept, 0);
    const kinds = [...new Set(packed.sheets.map((s) => s.kind))].join(',') || '—';
    logger.info(`  [${++done}/${files.length}] ${input.file}  ${kinds}  ${rows.toLocaleString('en')} rows  ${((performance.now() - t0) / 1000).toFixed(2)}s${cached ? ' (cached)' : ''}`);
    const reparse = async () => unpackRows(await pool.parse(input.file, bytes, config.salt, config.words));
    return { input, digest, packed, reparse: cached ? reparse : null };
  };
  // One file more in flight than the pool has workers, so a small file can be read beside a
  // large one while another large one waits its turn (pool.ts). The largest files go first, so
  // the last ones read are small and no worker waits long for the other to finish the last
  // roster; results are kept in file order.
  const sizes = await Promise.all(files.map((f) => stat(f.path).then((s) => s.size, () => 0)));
  const order = files.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const read: Awaited<ReturnType<typeof readOne>>[] = [];
  let next = 0;
  const results: { input: InputFile; digest: string; parsed: RowsFile }[] = [];
  try {
    await Promise.all(Array.from({ length: pool.size + 1 }, async () => {
      while (next < order.length) {
        const i = order[next++]!;
        read[i] = await readOne(files[i]!);
      }
    }));
    for (let i = 0; i < read.length; i++) {
      const { input, digest, packed, reparse } = read[i]!;
      delete read[i]; // its bytes go as its records are made
      results.push({ input, digest, parsed: unpacked(packed) ?? (reparse ? await reparse() : unpackRows(packed)) });
    }
  } finally {
    pool.close();
  }
  for (const { input, digest, parsed: whole } of results) {
    // Sheets site.yaml ignores are dropped after the parse, so the cache does not depend on them.
    const parsed = withoutIgnored(whole, ignore, sheetNames(whole));
    // A copy is reported once; its rows would only repeat the original's problems (duplicate ids …).
    if (sameBytes(input.file, digest)) continue;
    for (const issue of parsed.issues) issues.push(issue);
    for (const s of parsed.sheets) sheets.push({ ...s, file: input.file, year: input.year });
  }
  issues.push(...ignore.unmatched());
  logger.info(`  read ${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)}s`);

  const firstAcross = issues.length;
  duplicateRows(sheets, issues);
  // A roster's missing columns from the export's other sub-sets and the schools table (join.ts).
  const joined = joinSources(linkPeople(sheets), issues);
  // Schools by 学校代码 where any table gives one: a renamed school stays one school (schools.ts).
  const checked = resolveSchools(crossCheck(joined, { today: options.today, statisticsDate: config.statistics_date }, issues), issues);
  const records = new Map<number, YearTables>();
  // Sub-sets (学习经历 …) are joined into the roster above, not published as tables of their own.
  const supplied = checked.filter((s) => {
    if (tableSpec(s.kind).subset) return false;
    // A header with no rows (an unfilled template sheet) is not a report of zero: the table is absent (x).
    if (s.rowsRead > 0) return true;
    issues.push({ file: s.file, sheet: s.sheet, severity: 'warning', code: 'empty-sheet', zh: '工作表只有表头、没有数据，视为未报送该表。', en: 'The sheet has a header but no rows; the table is treated as not supplied.' });
    return false;
  });
  for (const group of groupBy(supplied, (s) => `${s.year}\0${s.kind}`).values()) {
    const year = records.get(group[0]!.year) ?? {};
    // Every key of the records, in the order first seen, with the columns other sheets of the kind have.
    const keys = new Set<string>();
    const wanted = sameColumns(group, issues);
    for (const s of group) for (const k of [...s.rows.keys, ...wanted]) keys.add(k);
    year[group[0]!.kind] = rowsTable([...keys], group.map((s) => s.rows));
    records.set(group[0]!.year, year);
  }
  if (records.size === 0) {
    issues.push({ file: '.', severity: 'error', code: 'no-years',
      zh: '没有读到任何年度的数据：数据文件夹中应有以四位年份命名的文件夹（如 2024/），内放当年的表格。',
      en: 'No reporting year has any data: the data folder needs folders named by year (such as 2024/) holding that year\'s spreadsheets.' });
  }
  // Messages across tables quote schools and places: one that is a name read from 姓名 (a shifted column) is not printed.
  const secrets = new Set(sheets.flatMap((s) => s.secrets));
  maskQuotedSecrets(issues, firstAcross, secrets, config.salt);
  const stats = checked.map((s): SheetStat => ({ year: s.year, file: s.file, sheet: s.sheet, kind: s.kind, rowsRead: s.rowsRead, rowsRejected: s.rowsRejected, rowsKept: s.rows.length }));
  return { years: [...records.keys()].sort((a, b) => a - b), records, issues, stats, secrets };
}

/**
 * The columns of one year's table kind: the union over its sheets. A column only some sheets
 * have is a warning (their rows count as 不详 there: null in the table).
 */
function sameColumns(sheets: readonly SheetOfYear[], issues: Issue[]): string[] {
  const spec = tableSpec(sheets[0]!.kind);
  const keys = [...new Set(sheets.flatMap((s) => Object.keys(s.columns)))].filter((k) => k !== 'idcard' && k !== 'person');
  for (const s of sheets) {
    const lacking = keys.filter((k) => !(k in s.columns));
    if (lacking.length === 0) continue;
    const names = lacking.map((k) => spec.fields.find((f) => f.key === k)?.header ?? k);
    issues.push({ file: s.file, sheet: s.sheet, severity: 'warning', code: 'partial-column',
      zh: `同一年其他“${spec.zh}”表有、本表没有的列：${names.join('、')}；本表各行这些项按“不详”统计。`,
      en: `Columns that other ${spec.en} sheets of this year have and this one lacks: ${names.join(', ')}; its rows count as unknown there.` });
  }
  return spec.identity === 'none' ? keys : [...keys, 'person'];
}

/** A packed file's records, or null when its streams do not decode (a damaged cache entry: the file is parsed again). */
function unpacked(packed: PackedFile): RowsFile | null {
  try {
    return unpackRows(packed);
  } catch {
    return null;
  }
}

export const hasErrors = (d: Pick<Dataset, 'issues'>): boolean => d.issues.some((i) => i.severity === 'error');
