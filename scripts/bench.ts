/**
 * npm run bench: times the pipeline on the sample data and reports each step as a ratio to
 * a baseline measured in the same run (reading and hashing every input file), since the
 * machines are noisy. Medians of --runs runs (default 3).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/lib/config.ts';
import { ingest } from '../src/lib/ingest/index.ts';
import { computeIndicators } from '../src/lib/indicators/compute.ts';
import { silentLogger } from '../src/lib/logger.ts';

const { values } = parseArgs({ options: { data: { type: 'string', default: 'data' }, runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const files = (await readdir(values.data, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
const config = await loadConfig(values.data);
const root = await mkdtemp(join(tmpdir(), 'yuanding-bench-'));
const warmCache = join(root, 'warm');
await ingest(values.data, { config, cacheDir: warmCache, today: '2099-12-31', logger: silentLogger });
const dataset = await ingest(values.data, { config, cacheDir: warmCache, today: '2099-12-31', logger: silentLogger });

const baseline = await time(async () => {
  for (const f of files) createHash('sha256').update(await readFile(f)).digest();
});
const rows: [string, number][] = [
  ['ingest, cold (parse every workbook)', await time(() => ingest(values.data, { config, cacheDir: null, today: '2099-12-31', logger: silentLogger }))],
  ['ingest, warm (parse cache)', await time(() => ingest(values.data, { config, cacheDir: warmCache, today: '2099-12-31', logger: silentLogger }))],
  ['indicators (all, all years)', await time(() => computeIndicators(dataset, config))],
];
const build = (cache: string) => () => {
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--data', values.data, '--out', join(root, 'dist'), '--cache', cache], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  if (r.status !== 0) throw new Error(r.stderr);
};
rows.push(['full build, warm cache', await time(async () => { await rm(join(root, 'dist'), { recursive: true, force: true }); build(warmCache)(); })]);
rows.push(['build again, nothing changed', await time(build(warmCache))]);
rows.push(['full build, cold cache', await time(async () => { await rm(join(root, 'cold'), { recursive: true, force: true }); build(join(root, 'cold'))(); })]);

console.log(`baseline: read + SHA-256 of ${files.length} input files = ${baseline.toFixed(0)} ms (median of ${runs})`);
for (const [name, ms] of rows) console.log(`${name.padEnd(38)} ${(ms / baseline).toFixed(1).padStart(7)} × baseline   (${(ms / 1000).toFixed(2)} s)`);
await rm(root, { recursive: true, force: true });
