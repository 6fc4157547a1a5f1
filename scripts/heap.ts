/**
 * The build's memory budget. Left to itself V8 lets the heap grow toward a limit it picks from
 * the machine (4 GB on this 24 GB machine, 2 GB on an 8 GB office PC) and collects garbage
 * late: a province year's build peaked at 4.3 GB, most of it garbage. So the build runs in a
 * child process with a heap of a fixed size that depends on the data, not on the machine:
 * 1,024 MB, and 5 MB more for each MB of spreadsheets in the data folder beyond the first 64.
 * After ingest a year's tables are columns (src/lib/ingest/table.ts), so what stays live grows
 * slowly with the data: a province year (59 MB of workbooks) builds in 1,024 MB at a peak of
 * 1.9 GB, most of it the worker reading its roster (SheetJS alone peaks at 2.0 GB on that
 * file); ten province years (581 MB) get 3,609 MB (they built in 3,400: `npm run bench`). A larger heap takes
 * `--memory-mb N`; a build that runs out stops with a message saying so, not V8's.
 *
 * scripts/build.ts calls `withinBudget` before it loads the build itself (scripts/build-site.ts).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export const BASE_HEAP_MB = 1024;
/** Heap per MB of spreadsheets past the first 64: ten province years' live tables, indicators and pages fit (see above). */
const HEAP_PER_INPUT_MB = 5;
const SPREADSHEET = /\.(xlsx|xlsm|xls|csv)$/i;

/** The heap for a data folder: BASE_HEAP_MB, and HEAP_PER_INPUT_MB for each MB of its spreadsheets past 64. */
export async function defaultHeapMb(dataDir: string): Promise<number> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true }).catch(() => []);
  const sizes = await Promise.all(entries.filter((e) => e.isFile() && SPREADSHEET.test(e.name)).map((e) => stat(join(e.parentPath, e.name)).then((s) => s.size, () => 0)));
  const inputMb = sizes.reduce((a, b) => a + b, 0) / 2 ** 20;
  return BASE_HEAP_MB + Math.ceil(Math.max(0, inputMb - 64) * HEAP_PER_INPUT_MB);
}
const CHILD = 'YUANDING_HEAP_MB';

/** The value of --memory-mb in the command line, else the data folder's default (the other options are scripts/cli.ts's). */
async function memoryMb(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'memory-mb': { type: 'string' }, data: { type: 'string', default: 'data' } }, strict: false });
  const value = values['memory-mb'];
  if (value === undefined) return defaultHeapMb(typeof values.data === 'string' ? values.data : 'data');
  const mb = typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isInteger(mb) || mb < 256) {
    const found = typeof value === 'string' ? value : '';
    console.error(`--memory-mb 应为不小于 256 的整数（MB），而不是“${found}”。\n--memory-mb must be a whole number of MB, at least 256, not “${found}”.`);
    process.exit(2);
  }
  return mb;
}

/** Where Astro writes a build's pages, inside the project: named by the parent's process id (the child's is not known outside it). */
const siteFolder = (id: string) => join(process.cwd(), 'node_modules', '.yuanding', `site-${id}`);
export const buildSiteFolder = (): string => siteFolder(process.env['YUANDING_BUILD_ID'] ?? String(process.pid));

/**
 * In the parent: runs this same command again in a child with the heap budget, and exits with
 * its code. In the child: returns at once.
 */
export async function withinBudget(): Promise<void> {
  if (process.env[CHILD]) return;
  const mb = await memoryMb(process.argv.slice(2));
  const child = spawn(process.execPath, [`--max-old-space-size=${mb}`, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, [CHILD]: String(mb), YUANDING_BUILD_ID: String(process.pid) },
  });
  // Ctrl+C reaches both; a signal sent to this process alone is passed on, and the child,
  // which removes its temporary folders, says how it ended.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  // A child that ran out of memory could not remove its half-built pages.
  if (signal || code === 134) await rm(siteFolder(String(process.pid)), { recursive: true, force: true });
  if (signal === 'SIGABRT' || code === 134) {
    console.error(`\n构建所需内存超过上限 ${mb} MB，已停止，原有网站保持不变。请加 --memory-mb ${mb * 2} 重新构建（需要本机有足够内存）。\nThe build needed more than its ${mb} MB of memory and stopped; the existing site is untouched. Build again with --memory-mb ${mb * 2} (the machine needs that much free).`);
    process.exit(1);
  }
  process.exit(code ?? 1);
}
