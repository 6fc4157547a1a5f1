/**
 * npm run build [-- --data DIR --out DIR]: ingest → indicators → site data → Astro → dist/.
 * The site is built in a sibling folder and swapped into place only when every step passed,
 * so bad input leaves the published site untouched.
 */
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { build } from 'astro';
import { tidyRows } from '../src/lib/downloads/tidy.ts';
import { writeDownloads } from '../src/lib/downloads/write.ts';
import { compareWithPrevious } from '../src/lib/site/changes.ts';
import { computeIndicators } from '../src/lib/indicators/compute.ts';
import { findLeaks } from '../src/lib/privacy.ts';
import { buildSearchIndex } from '../src/lib/search.ts';
import { siteData } from '../src/lib/site/data.ts';
import { SITE_DATA_ENV } from '../src/lib/site/load.ts';
import { cliOptions, ingestWithReport } from './cli.ts';

const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)}s`;
const exists = (p: string) => stat(p).then(() => true, () => false);

const started = performance.now();
const options = cliOptions();
const input = await ingestWithReport(options);
if (!input) process.exit(1);
const { config, dataset } = input;

let t0 = performance.now();
const series = computeIndicators(dataset, config);
// Compare with what the site published last time, before anything is replaced.
const previousCsv = await readFile(join(options.outDir, 'downloads', 'indicators.csv'), 'utf8').catch(() => null);
const published = siteData(config, dataset, series, compareWithPrevious(null, []));
const data = { ...published, changes: compareWithPrevious(previousCsv, published.indicators.flatMap(tidyRows)) };
const dataDir = options.cacheDir ?? (await mkdtemp(join(tmpdir(), 'yuanding-')));
await mkdir(dataDir, { recursive: true });
const dataPath = join(dataDir, 'site-data.json');
await writeFile(dataPath, JSON.stringify(data));
console.log(`计算指标 Indicators: ${series.length} indicators × ${dataset.years.length} years  ${seconds(t0)}`);

t0 = performance.now();
const staging = join(dirname(options.outDir), `.${basename(options.outDir)}.building`);
await rm(staging, { recursive: true, force: true });
process.env[SITE_DATA_ENV] = dataPath;
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
await build({ root: process.cwd(), outDir: staging, logLevel: 'warn' });
console.log(`生成页面 Pages built  ${seconds(t0)}`);

const downloads = await writeDownloads(staging, data);
console.log(`下载文件 Downloads: ${downloads.length} files`);

t0 = performance.now();
const pages = await buildSearchIndex(staging);
console.log(`搜索索引 Search index: ${pages} pages  ${seconds(t0)}`);

const leaks = await findLeaks(staging, dataset.secrets, config.salt);
if (leaks.length) {
  for (const l of leaks) console.error(`隐私检查失败：生成的网站文件 ${l.file} 中出现了输入表格里的个人信息（${l.what}），未发布。请检查文件名、工作表名和学校名称中是否含有人名或编号。\nPrivacy check failed: ${l.file} would publish ${l.what}; nothing was published. Check file, sheet and school names for names or numbers.`);
  await rm(staging, { recursive: true, force: true });
  process.exit(1);
}

// Swap: the old site is moved aside, the new one renamed into place, then the old one removed.
const old = join(dirname(options.outDir), `.${basename(options.outDir)}.old`);
await rm(old, { recursive: true, force: true });
if (await exists(options.outDir)) await rename(options.outDir, old);
await rename(staging, options.outDir);
await rm(old, { recursive: true, force: true });
console.log(`完成 Done: ${options.outDir}  (total ${seconds(started)})`);
