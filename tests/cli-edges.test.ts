/**
 * The command line at the edges (issue "Trust at the edges", points 1 and 12): a data folder
 * that is missing or has no year, a build that would publish fewer years than the site it
 * replaces, a year folder after the current year (issue 15, point 4), an --out outside the
 * project, and a build interrupted halfway. Nothing published may be lost, and nothing
 * temporary may be left behind.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dataFolder, rosterRow, ROSTER_HEADER, tempDir, xlsxFile } from './helpers/fixtures.ts';
import { runScript } from './helpers/run.ts';

const exists = (p: string) => stat(p).then(() => true, () => false);
const roster = (year: number) => xlsxFile({ rows: [[`${year}年教职工名册`], [...ROSTER_HEADER], ...Array.from({ length: 12 }, (_, i) => rosterRow(`T${i}`, { 出生年月: `198${i % 10}-03-01` }))] });

describe('the data folder given to check and build', () => {
  it('a folder that does not exist is a plain message and exit 1, with no stack trace', () => {
    const r = runScript('scripts/check.ts', ['--data', '/nonexistent/yuanding-data']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /数据文件夹不存在：\/nonexistent\/yuanding-data\nThe data folder does not exist/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });

  it('npm run pdf with no Chromium says where it looked and how to install it, and exits 1 with no stack trace', async () => {
    const r = runScript('scripts/pdf.ts', ['--out', await tempDir()], { CHROMIUM_PATH: '/nonexistent/chromium' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /未找到 Chromium（\/nonexistent\/chromium）[^\n]*\nChromium not found at \/nonexistent\/chromium: no PDF can be printed\. Install it/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });

  it('a folder with no usable year is an error, not "Data OK: 0 years"', async () => {
    const r = runScript('scripts/check.ts', ['--data', await dataFolder({ '2024-old/名册.xlsx': roster(2024) }), '--no-cache']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /错误 Error \[no-years\]/);
    assert.match(r.stderr, /警告 Warning \[not-read\] {2}2024-old\//);
    assert.doesNotMatch(r.stdout, /Data OK/);
  });
});

describe('a year folder after the current year (issue 15, point 4)', () => {
  // The CLI reads the clock: a year five years on is in the future whenever the test runs.
  const future = new Date().getUTCFullYear() + 5;

  it('check exits 1 with [future-year] naming the folder; build publishes nothing and leaves the previous site as it was', async () => {
    const data = await dataFolder({ '2024/名册.xlsx': roster(2024), [`${future}/名册.xlsx`]: roster(future) });
    const check = runScript('scripts/check.ts', ['--data', data, '--no-cache']);
    assert.equal(check.status, 1);
    assert.match(check.stderr, new RegExp(`错误 Error \\[future-year\\] {2}${future}/\n {4}文件夹“${future}”是 ${future} 年的数据，晚于今年（今天是 \\d{4}-\\d{2}-\\d{2}），其中 1 个表格文件未读取`));
    assert.match(check.stderr, new RegExp(`Folder "${future}" holds data for ${future}, after the current year .*set allow_future_years: true in site\\.yaml\\.`));
    assert.doesNotMatch(check.stderr, /outside-year/);
    assert.doesNotMatch(check.stdout, /Data OK/);

    const out = join(await tempDir(), 'dist');
    await mkdir(join(out, 'reports', '2024'), { recursive: true });
    await writeFile(join(out, 'index.html'), 'the site as published before');
    const build = runScript('scripts/build.ts', ['--data', data, '--out', out, '--no-cache']);
    assert.equal(build.status, 1);
    assert.match(build.stderr, /\[future-year\]/);
    assert.deepEqual(await readdir(join(out, 'reports')), ['2024'], `no /reports/${future}/`);
    assert.equal(await readFile(join(out, 'index.html'), 'utf8'), 'the site as published before');
  });

  it('check passes when site.yaml sets allow_future_years: true', async () => {
    const data = await dataFolder({ 'site.yaml': 'allow_future_years: true\n', '2024/名册.xlsx': roster(2024), [`${future}/名册.xlsx`]: roster(future) });
    const check = runScript('scripts/check.ts', ['--data', data, '--no-cache']);
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /Data OK: 2 years/);
  });
});

describe('publishing', () => {
  it('builds to an --out outside the project, leaves no temporary folder, and never publishes fewer years unless told to', async () => {
    const out = join(await tempDir(), 'site', 'dist');
    // The build gets a temp folder of its own, so what it leaves there is its own.
    const temp = await tempDir();
    const both = await dataFolder({ '2023/名册.xlsx': roster(2023), '2024/名册.xlsx': roster(2024) });
    const first = runScript('scripts/build.ts', ['--data', both, '--out', out, '--no-cache'], { TMPDIR: temp });
    assert.equal(first.status, 0, first.stderr);
    assert.ok(await exists(join(out, 'index.html')));
    assert.deepEqual(await readdir(temp), [], 'nothing left in the temp folder by --no-cache');
    assert.ok(!(await exists(join(out, '..', '.dist.building'))));
    const published = await readFile(join(out, 'index.html'), 'utf8');

    const fewer = await dataFolder({ '2024/名册.xlsx': roster(2024) });
    const refused = runScript('scripts/build.ts', ['--data', fewer, '--out', out, '--no-cache']);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /已发布的网站有 2023 年的数据，本次数据中没有；未发布，原有网站保持不变。如确需删除这些年份，请加 --allow-fewer-years/);
    assert.equal(await readFile(join(out, 'index.html'), 'utf8'), published);

    const allowed = runScript('scripts/build.ts', ['--data', fewer, '--out', out, '--no-cache', '--allow-fewer-years']);
    assert.equal(allowed.status, 0, allowed.stderr);
    assert.ok(!(await readdir(join(out, 'reports'))).includes('2023'));
  });

  it('an interrupted build leaves the published site as it was and no staging folder', async () => {
    const out = join(await tempDir(), 'dist');
    const data = await dataFolder({ '2023/名册.xlsx': roster(2023), '2024/名册.xlsx': roster(2024) });
    const child = spawn(process.execPath, ['scripts/build.ts', '--data', data, '--out', out, '--no-cache'], { env: { ...process.env, TZ: 'UTC' } });
    let stdout = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('计算指标')) resolve(); // indicators done, pages being built
    }));
    child.kill('SIGTERM');
    assert.equal(await exited, 130);
    assert.ok(!(await exists(out)), 'nothing published');
    assert.deepEqual((await readdir(join(out, '..'))).filter((n) => n.startsWith('.')), [], 'no .dist.building or .dist.old');
    const astroOut = join('node_modules', '.yuanding', `site-${child.pid}`);
    assert.ok(!(await exists(astroOut)), 'no half-built pages inside the project');
  });

  it('does nothing when data, program and settings are as at the last build, and builds again when a workbook changes or with --force', async () => {
    const root = await tempDir();
    const [out, cache] = [join(root, 'dist'), join(root, 'cache')];
    const data = await dataFolder({ '2024/名册.xlsx': roster(2024) });
    const args = ['--data', data, '--out', out, '--cache', cache];
    assert.equal(runScript('scripts/build.ts', args).status, 0);
    const again = runScript('scripts/build.ts', args);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /没有变化：数据、程序和设置都与上次构建相同，网站已是最新/);
    assert.doesNotMatch(again.stdout, /生成页面 Pages built/);
    assert.match(runScript('scripts/build.ts', [...args, '--force']).stdout, /生成页面 Pages built/);
    // The build runs with the memory budget it is given (scripts/heap.ts), whatever the machine.
    assert.match(runScript('scripts/build.ts', [...args, '--force', '--memory-mb', '700']).stdout, /peak memory [\d.]+ GB, JavaScript heap at most 700 MB\)/);
    await writeFile(join(data, '2024', '名册.xlsx'), xlsxFile({ rows: [['2024年教职工名册（更正）'], [...ROSTER_HEADER], ...Array.from({ length: 13 }, (_, i) => rosterRow(`T${i}`))] }));
    const changed = runScript('scripts/build.ts', args);
    assert.match(changed.stdout, /生成页面 Pages built/);
    assert.match(changed.stdout, /修订数字 figures revised [1-9]/);
  });

  it('refuses a memory budget that is not a number of MB, before reading anything', () => {
    const r = runScript('scripts/build.ts', ['--data', 'data', '--out', 'never-built', '--memory-mb', '2G']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--memory-mb 应为不小于 256 的整数（MB），而不是“2G”。\n--memory-mb must be a whole number of MB, at least 256, not “2G”\./);
    assert.equal(r.stdout, '');
  });
});
