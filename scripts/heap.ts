/**
 * The build's memory budget. Left to itself V8 lets the heap grow toward a limit it picks from
 * the machine (4 GB on this 24 GB machine, 2 GB on an 8 GB office PC) and collects garbage
 * late: a province year's build peaked at 4.3 GB, most of it garbage. So the build runs in a
 * child process with a heap of a fixed size, the same on every machine: 2,560 MB, in which a
 * province year of 300,000 staff builds at a peak under 3 GB (`npm run bench`). A larger one
 * takes `--memory-mb N`; a build that runs out stops with a message saying so, not V8's.
 *
 * scripts/build.ts calls `withinBudget` before it loads the build itself (scripts/build-site.ts).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export const DEFAULT_HEAP_MB = 2560;
const CHILD = 'YUANDING_HEAP_MB';

/** The value of --memory-mb in the command line, if any (the other options are scripts/cli.ts's). */
function memoryMb(args: string[]): number {
  const value = parseArgs({ args, options: { 'memory-mb': { type: 'string' } }, strict: false }).values['memory-mb'];
  if (value === undefined) return DEFAULT_HEAP_MB;
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
  const mb = memoryMb(process.argv.slice(2));
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
