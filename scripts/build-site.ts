/**
 * The build, run by scripts/build.ts: ingest → indicators → site data → Astro → dist/.
 * The site is built in a sibling folder and swapped into place only when every step passed,
 * so bad input leaves the published site untouched.
 */
import { rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, sep } from 'node:path';
import { tidyRows } from '../src/lib/downloads/tidy.ts';
import { writeDownloads } from '../src/lib/downloads/write.ts';
import { givePlaceNames } from '../src/i18n/school-names.ts';
import { changesSummary, compareWithPrevious, HISTORY_FILE, withHistory } from '../src/lib/site/changes.ts';
import { computeIndicators } from '../src/lib/indicators/compute.ts';
import { findLeaks, ownVocabulary, publishedNames, scanDigest } from '../src/lib/privacy.ts';
import { buildSearchIndex } from '../src/lib/search.ts';
import { siteData } from '../src/lib/site/data.ts';
import { writeSitemap } from '../src/lib/site/sitemap.ts';
import { basePath } from '../src/lib/site/base.ts';
import { SITE_DATA_ENV } from '../src/lib/site/load.ts';
import { archivePath, writeArchive } from './archive.ts';
import { loadConfig } from '../src/lib/config.ts';
import { sourceDate } from '../src/lib/source-date.ts';
import { cliOptions, ingestWithReport, today } from './cli.ts';
import { chromiumPath, launchChromium } from './browser.ts';
import { hasChromium, linkReports, printReports } from './reports-pdf.ts';
import { buildKey, dropOthers, programKey, upToDate, writeStamp } from './stamp.ts';
import { buildSiteFolder } from './heap.ts';
import { openChartStore, saveChartStore } from '../src/lib/charts/cache.ts';
import { ChartPool } from '../src/lib/charts/parallel.ts';
import { saltFingerprint } from '../src/lib/ingest/identity.ts';
import { atStep } from './failure.ts';
import { writeTables } from '../src/lib/ingest/tables.ts';

const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)}s`;
/** Each step's seconds, for the closing line that gives their shares of the whole build. */
const took = new Map<string, number>();
const step = (name: string, since: number) => {
  took.set(name, (performance.now() - since) / 1000);
  return seconds(since);
};
const exists = (p: string) => stat(p).then(() => true, () => false);

const started = performance.now();
const options = cliOptions();
// Nothing changed since the last build into this folder: the site is already what this build would make.
const chromium = await hasChromium();
// today(): a date that is in the future today may not be tomorrow, so the stamp lasts a day.
// The program's digest names the caches of what it drew (charts, PDFs, privacy) and is part of the stamp.
const program = await programKey();
const key = options.cacheDir ? await buildKey(options.dataDir, program, [options.outDir, saltFingerprint(process.env['YUANDING_SALT'] ?? ''), String(chromium), today()]) : null;
if (key && options.cacheDir && !options.force && (await upToDate(options.cacheDir, options.outDir, key))) {
  console.log(`没有变化：数据、程序和设置都与上次构建相同，网站已是最新（${options.outDir}）。如需重建，请加 --force。\nNothing changed: data, program and settings are as at the last build; the site is up to date. Build again with --force.`);
  if (options.zip && !(await exists(archivePath(options.outDir)))) await archive();
  process.exit(0);
}
// The records and series are released once the site data is made (a province's are gigabytes):
// only what later steps need is kept past that point.
const { data, scan, yearCount, indicatorCount, t0: indicatorsStarted } = await prepare();
took.set('ingest', (indicatorsStarted - started) / 1000);

// Every temporary folder this build makes is removed however it ends (error, Ctrl+C, kill).
const temporary: string[] = [];
const cleanUp = () => { for (const dir of temporary) rmSync(dir, { recursive: true, force: true }); };
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`\n构建被中断，原有网站保持不变。 Build interrupted; the existing site is untouched.`);
    process.exit(130);
  });
}

async function prepare() {
  const input = await ingestWithReport(options);
  if (!input) process.exit(1);
  const { config, dataset } = input;
  // The ingested tables as Arrow files beside the parse cache, for DuckDB and the like (README, Scale).
  if (options.cacheDir) await writeTables(dataset, join(options.cacheDir, 'tables'));
  const t0 = performance.now();
  atStep('indicators');
  const series = computeIndicators(dataset, config);
  // Compare with what the site published last time, before anything is replaced.
  const previousCsv = await readFile(join(options.outDir, 'downloads', 'indicators.csv'), 'utf8').catch(() => null);
  const published = siteData(config, dataset, series, compareWithPrevious(null, []));
  const previousHistory = await readFile(join(options.outDir, 'downloads', HISTORY_FILE), 'utf8').catch(() => null);
  const data = { ...published, changes: withHistory(compareWithPrevious(previousCsv, published.indicators.flatMap(tidyRows)), previousHistory, today(), config.publication.published) };
  const scan = { secrets: dataset.secrets, salt: config.salt, published: publishedNames(dataset, config), ownWords: await ownVocabulary(join(process.cwd(), 'src')) };
  return { data, scan, yearCount: dataset.years.length, indicatorCount: series.length, t0 };
}

let t0 = indicatorsStarted;
for (const line of changesSummary(data.changes)) console.log(line);
if (data.changes.yearsRemoved.length && !options.allowFewerYears) {
  const years = data.changes.yearsRemoved.join('、');
  console.error(`已发布的网站有 ${years} 年的数据，本次数据中没有；未发布，原有网站保持不变。如确需删除这些年份，请加 --allow-fewer-years 重新构建。\nThe published site has ${data.changes.yearsRemoved.join(', ')}, which this data folder lacks; nothing was published and the existing site is untouched. To remove those years on purpose, build again with --allow-fewer-years.`);
  process.exit(1);
}
const dataDir = options.cacheDir ?? (await mkdtemp(join(tmpdir(), 'yuanding-')));
if (!options.cacheDir) temporary.push(dataDir);
await mkdir(dataDir, { recursive: true });
const dataPath = join(dataDir, 'site-data.json');
await writeFile(dataPath, JSON.stringify(data));
console.log(`计算指标 Indicators: ${indicatorCount} indicators × ${yearCount} years  ${step('indicators', t0)}`);

t0 = performance.now();
atStep('pages');
// Astro builds inside the project, where its chunks resolve their packages (an --out on another
// disk or outside the project could not); the finished site then moves beside --out.
const astroOut = buildSiteFolder();
const staging = join(dirname(options.outDir), `.${basename(options.outDir)}.building`);
temporary.push(astroOut, staging);
await rm(staging, { recursive: true, force: true });
process.env[SITE_DATA_ENV] = dataPath;
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// Charts drawn by earlier builds of this same program are reused (src/lib/charts/cache.ts); the
// others are drawn by worker threads beside the rendering and put into the pages after it.
const chartStore = options.cacheDir ? join(options.cacheDir, `charts-${program}.json`) : null;
const chartPool = new ChartPool();
// Chromium starts while the pages render, ready to print the reports when they are written.
const browser = chromium ? launchChromium() : undefined;
browser?.catch(() => {}); // awaited when printing; a failure to start must not go unhandled meanwhile
try {
  await openChartStore(chartStore, chartPool.defer);
  // Imported only now: loading Astro first slows the ingest above by a fifth.
  const { build } = await import('astro');
  await build({ root: process.cwd(), outDir: astroOut, base: basePath(data.siteUrl), logLevel: 'warn' });
  await chartPool.fill(astroOut);
} finally {
  await chartPool.close();
}
// The 党政机关网站 mark the footer shows, from the data folder (site.yaml publication.mark).
const mark = data.publication.mark;
if (mark) await cp(join(options.dataDir, mark.image), join(astroOut, `gov-mark${extname(mark.image).toLowerCase()}`));
if (chartStore) await dropOthers(dirname(chartStore), /^charts-.*\.json$/, basename(chartStore));
const charts = await saveChartStore(chartStore);
console.log(`生成页面 Pages built (图表 charts: ${charts.drawn} drawn, ${charts.reused} reused)  ${step('pages', t0)}`);

// The annual reports as A4 PDFs and Word documents, linked from their pages: the PDFs when
// Chromium is there to print them, the Word documents always (resvg draws their charts). Chromium
// prints in processes of its own while the search index and the privacy scan run here (the scan
// skips PDFs and Word documents: they hold what the pages say; see PRINTED in src/lib/privacy.ts).
const timed = async <T>(name: string, work: Promise<T>) => { const t = performance.now(); const result = await work; return { result, took: step(name, t) }; };
// The report pages link their PDF and Word document before anything reads them (awaited: a page
// half-linked when Pagefind read it would index differently from one build to the next).
await linkReports(astroOut, chromium);
const printing = timed('pdfs', printReports(astroOut, { cache: options.cacheDir ? { dir: join(options.cacheDir, 'report-pdfs'), program } : undefined, stamp: sourceDate(data.publication.published), siteUrl: data.siteUrl, browser, pdf: chromium }));
printing.catch(() => {}); // awaited below; an early failure must not go unhandled meanwhile

// The downloads and the sitemap are written while the reports print (the printer reads only the report pages).
atStep('downloads');
t0 = performance.now();
givePlaceNames([[data.region.zh, data.region.en]]); // English school names in the workbooks name the region as the pages do
const downloads = await writeDownloads(astroOut, data);
await writeFile(join(astroOut, 'downloads', HISTORY_FILE), `${JSON.stringify(data.changes.history, null, 1)}\n`);
console.log(`下载文件 Downloads: ${downloads.length} files  ${step('downloads', t0)}`);
const mapped = await writeSitemap(astroOut, data.siteUrl, data.publication.published);
if (mapped) console.log(`站点地图 Sitemap: ${mapped} pages`);

// The privacy scan reads the pages while Pagefind indexes them, then reads the index.
atStep('privacy');
t0 = performance.now();
// Files this very scan found clean in an earlier build are not read again (by the digest of their bytes).
const cleanList = options.cacheDir ? join(options.cacheDir, `privacy-clean-${scanDigest(scan)}-${program}.json`) : null;
const clean = { before: new Set(cleanList ? await readFile(cleanList, 'utf8').then((t) => JSON.parse(t) as string[], () => []) : []), now: new Set<string>() };
const inIndex = (path: string) => path.split(sep)[0] === 'pagefind';
const [{ result: pages, took: searchTook }, pageLeaks] = await Promise.all([timed('search', buildSearchIndex(astroOut)), findLeaks(astroOut, scan, clean, (p) => !inIndex(p))]);
const leaks = [...pageLeaks, ...(await findLeaks(astroOut, scan, clean, inIndex))];
if (cleanList && !leaks.length) {
  await dropOthers(dirname(cleanList), /^privacy-clean-/, basename(cleanList));
  await writeFile(cleanList, JSON.stringify([...clean.now]));
}
const privacyTook = step('privacy', t0);

atStep('pdf');
const { result: { printed, reused, documents }, took: reportsTook } = await printing;
const words = `Word 文档 Word documents: ${documents.written + documents.reused} (${documents.written} written, ${documents.reused} unchanged)`;
if (chromium) console.log(`年度报告 PDF Report PDFs: ${printed + reused} (${printed} printed, ${reused} unchanged); ${words}  ${reportsTook}`);
else console.log(`年度报告：${words}  ${reportsTook}\n  未找到 Chromium（${chromiumPath()}），未生成 PDF；安装后重新构建或运行 npm run pdf。 Report PDFs: Chromium not found at ${chromiumPath()}; none printed (install it, then build again or npm run pdf).`);
console.log(`搜索索引 Search index: ${pages} pages  ${searchTook}`);
console.log(`隐私检查 Privacy check  ${privacyTook}`);
if (leaks.length) {
  // A name in a school's column is on every page that lists schools: the first few files say enough.
  for (const l of leaks.slice(0, 5)) console.error(`隐私检查失败：生成的网站文件 ${l.file} 中出现了输入表格里的个人信息（${l.what}），未发布。请检查文件名、工作表名和学校名称中是否含有人名或编号。\nPrivacy check failed: ${l.file} would publish ${l.what}; nothing was published. Check file, sheet and school names for names or numbers.`);
  if (leaks.length > 5) console.error(`……另有 ${leaks.length - 5} 个文件同样如此。 … and ${leaks.length - 5} more file(s) alike.`);
  process.exit(1);
}

atStep('publish');
await mkdir(dirname(options.outDir), { recursive: true });
await moveDir(astroOut, staging);
// Swap: the old site is moved aside, the new one renamed into place, then the old one removed.
const old = join(dirname(options.outDir), `.${basename(options.outDir)}.old`);
await rm(old, { recursive: true, force: true });
if (await exists(options.outDir)) await rename(options.outDir, old);
await rename(staging, options.outDir);
await rm(old, { recursive: true, force: true });
if (key && options.cacheDir) await writeStamp(options.cacheDir, options.outDir, key);
if (options.zip) await archive();
// maxRSS covers the worker threads too; not Chromium, which prints the PDFs in a process of its own,
// nor scripts/build.ts waiting for this process (about 70 MB).
const budget = Number(process.env['YUANDING_HEAP_MB'] ?? 0);
const total = (performance.now() - started) / 1000;
// PDFs print beside the search index and the privacy scan, so the shares add up to more than the whole.
console.log(`各步骤用时 Steps: ${[...took].map(([name, s]) => `${name} ${s.toFixed(1)}s (${Math.round((100 * s) / total)}%)`).join(', ')}; the reports (pdfs) are written beside search and privacy`);
console.log(`完成 Done: ${options.outDir}  (total ${seconds(started)}; 峰值内存 peak memory ${(process.resourceUsage().maxRSS / 1048576).toFixed(2)} GB${budget ? `, JavaScript heap at most ${budget} MB` : ''})`);

/** The published site as one archive beside it (--zip), stamped with the publication date or SOURCE_DATE_EPOCH. */
async function archive(): Promise<void> {
  const published = (await loadConfig(options.dataDir).catch(() => null))?.publication.published;
  const { path, files, bytes } = await writeArchive(options.outDir, sourceDate(published));
  console.log(`压缩包 Archive: ${path}  (${files.toLocaleString('en')} files, ${(bytes / 1048576).toFixed(1)} MB)`);
}

/** rename, or copy and remove where the two folders are on different disks. */
async function moveDir(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}
