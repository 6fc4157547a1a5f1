/** What the CLI entry points share: arguments, the data folder's config, and ingest with progress. */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type SiteConfig } from '../src/lib/config.ts';
import { hasErrors, ingest, type Dataset } from '../src/lib/ingest/index.ts';
import { formatGroup, groupIssues, where, type Issue } from '../src/lib/ingest/issues.ts';
import { ISSUE_CODES } from '../src/lib/ingest/codes.ts';
import { TABLE_SPECS } from '../src/lib/ingest/schema.ts';
import { rosterGaps } from '../src/lib/indicators/coverage.ts';
import { consoleLogger } from '../src/lib/logger.ts';
import { atStep, knowSecrets } from './failure.ts';

export interface CliOptions {
  readonly dataDir: string;
  readonly outDir: string;
  readonly cacheDir: string | null;
  /** publish even when the new site has fewer reporting years than the one it replaces */
  readonly allowFewerYears: boolean;
  /** build even when nothing changed since the last build */
  readonly force: boolean;
  /** also write the finished site as one archive beside the output folder */
  readonly zip: boolean;
  /** check: write copies of the workbooks with problems, problem cells marked, into this folder */
  readonly annotateDir: string | null;
}

export function cliOptions(): CliOptions {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: 'data' },
      out: { type: 'string', default: 'dist' },
      cache: { type: 'string', default: '.cache' },
      'no-cache': { type: 'boolean', default: false },
      'allow-fewer-years': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      zip: { type: 'boolean', default: false },
      annotate: { type: 'string' },
      // read by scripts/heap.ts before the build starts
      'memory-mb': { type: 'string' },
    },
    allowPositionals: false,
  });
  return { dataDir: resolve(values.data), outDir: resolve(values.out), cacheDir: values['no-cache'] ? null : resolve(values.cache), allowFewerYears: values['allow-fewer-years'], force: values.force, zip: values.zip, annotateDir: values.annotate ? resolve(values.annotate) : null };
}

/** Today's date for the "no future dates" rule; the only clock the pipeline reads. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** Loads config and ingests; prints every issue; returns null (after printing) when input has errors. */
export async function ingestWithReport(options: CliOptions): Promise<{ config: SiteConfig; dataset: Dataset } | null> {
  const checked = await ingestChecked(options);
  return checked?.ok ? { config: checked.config, dataset: checked.dataset } : null;
}

/**
 * Loads config and ingests; prints every issue, grouped. Null (after printing) when the folder
 * or site.yaml cannot be read; otherwise the dataset, with `ok` false when it has errors.
 */
export async function ingestChecked(options: CliOptions): Promise<{ config: SiteConfig; dataset: Dataset; ok: boolean } | null> {
  const kind = await stat(options.dataDir).then((s) => (s.isDirectory() ? 'folder' : 'file'), () => 'missing');
  if (kind !== 'folder') {
    console.error(kind === 'missing'
      ? `数据文件夹不存在：${options.dataDir}\nThe data folder does not exist: ${options.dataDir}`
      : `--data 应为文件夹，而不是文件：${options.dataDir}\n--data must be a folder, not a file: ${options.dataDir}`);
    return null;
  }
  let config: SiteConfig;
  try {
    config = await loadConfig(options.dataDir);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      return null;
    }
    throw e;
  }
  console.log(`读取数据 Reading ${options.dataDir}`);
  atStep('read');
  const ingested = await ingest(options.dataDir, { config, cacheDir: options.cacheDir, today: today(), logger: consoleLogger });
  knowSecrets(ingested.secrets, config.salt);
  const dataset: Dataset = { ...ingested, issues: [...ingested.issues, ...rosterGaps(ingested)] };
  const errors = dataset.issues.filter((i) => i.severity === 'error');
  const warnings = dataset.issues.filter((i) => i.severity === 'warning');
  // Ignored sensitive columns are expected in national-system exports: one line, not one per file.
  const ignored = warnings.filter((w) => w.code === 'ignored-columns');
  if (ignored.length) console.log(`  敏感列未读取 Sensitive columns not read: ${ignored.length} file(s) — ${[...new Set(ignored.map((w) => w.en.replace(/^.*: |\.$/g, '')))].join('; ')}`);
  // Every problem, a column's repeats as one entry: errors, then warnings, by file, sheet and column.
  for (const g of groupIssues(dataset.issues.filter((i) => i.severity !== 'info' && i.code !== 'ignored-columns'))) {
    (g.severity === 'error' ? console.error : console.warn)(formatGroup(g));
  }
  printInfo(dataset.issues.filter((i) => i.severity === 'info'));
  if (hasErrors(dataset)) {
    console.error(`\n发现 ${errors.length.toLocaleString('en')} 个错误，未生成网站，原有网站保持不变。\n${errors.length.toLocaleString('en')} error(s) found: nothing was built and the existing site is untouched.`);
    return { config, dataset, ok: false };
  }
  printRowCounts(dataset);
  console.log(`数据检查通过：${dataset.years.length} 个年度，${warnings.length} 条警告。 Data OK: ${dataset.years.length} years, ${warnings.length} warnings.`);
  return { config, dataset, ok: true };
}

/** What was read and how (never a problem): per code, what it means, then one line per sheet. */
function printInfo(infos: readonly Issue[]): void {
  for (const code of [...new Set(infos.map((i) => i.code))]) {
    console.log(`\n提示 Info [${code}]  ${ISSUE_CODES[code].zh}\n  ${ISSUE_CODES[code].en}`);
    for (const i of infos.filter((x) => x.code === code)) console.log(`  ${where(i)}  ${i.zh}`);
  }
}

/** Rows kept per table kind and year: the first thing a clerk checks after dropping in a new year. */
function printRowCounts(dataset: Dataset): void {
  const kinds = TABLE_SPECS.filter((s) => dataset.stats.some((x) => x.kind === s.kind));
  const pad = (v: string | number, w: number) => String(v).padStart(w);
  const w = (k: (typeof kinds)[number]) => Math.max(12, k.kind.length + 1);
  console.log(`\n  行数 Rows   ${kinds.map((k) => pad(k.kind, w(k))).join('')}`);
  for (const year of dataset.years) {
    const cells = kinds.map((k) => {
      const rows = dataset.stats.filter((x) => x.year === year && x.kind === k.kind);
      return pad(rows.length ? rows.reduce((n, x) => n + x.rowsKept, 0).toLocaleString('en') : '—', w(k));
    });
    console.log(`  ${year}       ${cells.join('')}`);
  }
  console.log('');
}
