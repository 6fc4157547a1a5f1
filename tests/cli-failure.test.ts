/**
 * Issue 15, point 5: one wrong cell in a roster must not crash the build, and no failure may
 * print a stack trace or a person's name. Two cases from the sample county, each a copy of
 * data/ with one roster cell changed by SheetJS: a school name misspelt (示例县第四小学校 for
 * 示例县第四小学), and 姓名 and 学校名称 swapped in one row. Then a fault of the program itself.
 */
import assert from 'node:assert/strict';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as XLSX from 'xlsx';
import { secretDigest } from '../src/lib/ingest/identity.ts';
import { failureMessage, knowSecrets } from '../scripts/failure.ts';
import { dataFolder, rosterRow, ROSTER_HEADER, tempDir, xlsxFile } from './helpers/fixtures.ts';
import { runScript } from './helpers/run.ts';

const ROSTER = join('2024', '2024年教职工花名册.xlsx');
const STACK = /\n\s+at .+:\d+:\d+/;

/** A copy of the sample data whose 2024 roster has one row changed; returns the folder and that row's name. */
async function sampleWith(change: (row: Record<'school' | 'name', XLSX.CellObject>) => void): Promise<{ dir: string; name: string }> {
  const dir = await tempDir();
  await cp('data', dir, { recursive: true });
  const wb = XLSX.read(await readFile(join(dir, ROSTER)));
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
  const header = rows.findIndex((r) => r.includes('学校名称'));
  const [schoolCol, nameCol] = ['学校名称', '姓名'].map((h) => rows[header]!.indexOf(h));
  const r = rows.findIndex((row) => row[schoolCol!] === '示例县第四小学');
  const cell = (c: number) => ws[XLSX.utils.encode_cell({ r, c })]!;
  const row = { school: cell(schoolCol!), name: cell(nameCol!) };
  const name = String(row.name.v);
  change(row);
  // The row's 学校代码 is left empty: with it, the school is known by its code whatever its name
  // (tests/ingest/schools.test.ts), and the wrong name never reaches a page.
  delete ws[XLSX.utils.encode_cell({ r, c: rows[header]!.indexOf('学校代码') })];
  for (const c of Object.values(row)) delete c.w;
  await writeFile(join(dir, ROSTER), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
  return { dir, name };
}

async function* files(dir: string): AsyncGenerator<string> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory()) yield* files(join(dir, e.name));
    else yield join(dir, e.name);
  }
}

describe('one wrong cell in the sample roster', () => {
  it('a misspelt school builds: its figures are withheld, whole breakdowns where need be, and the pages say so', async () => {
    const { dir } = await sampleWith((row) => { row.school.v = '示例县第四小学校'; });
    const out = join(await tempDir(), 'dist');
    const r = runScript('scripts/build.ts', ['--data', dir, '--out', out, '--no-cache']);
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout + r.stderr, STACK);
    const csv = await readFile(join(out, 'downloads', 'indicators.csv'), 'utf8');
    const typo = csv.split(/\r?\n/).filter((l) => l.includes(',school,示例县第四小学校,'));
    assert.ok(typo.length >= 5, 'the misspelt school has figures');
    assert.ok(typo.every((l) => l.endsWith(',,,,c')), typo.join('\n'));
    // age_mean's school breakdown could not be protected cell by cell: every school of 2024 is c.
    const ageBySchool = csv.split(/\r?\n/).filter((l) => l.startsWith('2024,age_mean,school,'));
    assert.ok(ageBySchool.length > 70 && ageBySchool.every((l) => l.endsWith(',c')));
    const page = await readFile(join(out, 'indicators', 'age_mean', 'index.html'), 'utf8');
    assert.match(page, /<p class="note withheld">为保护个人信息，2024年按学校分的数据整组隐藏，全部以 c 表示/);
    assert.match(await readFile(join(out, 'en', 'indicators', 'age_mean', 'index.html'), 'utf8'), /every 2024 figure by school is withheld and shown as c/);
    assert.match(await readFile(join(out, 'quality', '2024', 'index.html'), 'utf8'), /2024年以下分类数据整组隐藏[\s\S]*专任教师平均年龄<\/a>（按学校分）/);
  });

  it('a name swapped into 学校名称 stops the build at the privacy check: exit 1, the name on no console and in no published file', async () => {
    const { dir, name } = await sampleWith((row) => {
      const [school, name] = [row.school.v!, row.name.v!];
      row.school.v = name;
      row.name.v = school;
    });
    const out = join(await tempDir(), 'dist');
    await mkdir(out);
    await writeFile(join(out, 'index.html'), 'the site published yesterday');
    const r = runScript('scripts/build.ts', ['--data', dir, '--out', out, '--no-cache']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /隐私检查失败：生成的网站文件 .+ 中出现了输入表格里的个人信息（a name from the input），未发布。请检查文件名、工作表名和学校名称/);
    assert.doesNotMatch(r.stdout + r.stderr, STACK);
    assert.ok(!(r.stdout + r.stderr).includes(name), 'the name is not printed');
    assert.equal(await readFile(join(out, 'index.html'), 'utf8'), 'the site published yesterday');
    for await (const f of files(out)) assert.ok(!(await readFile(f, 'utf8')).includes(name), f);
  });
});

describe('a fault of the program', () => {
  it('is one message with a code, the step and where to report it, exit 1, no stack trace, the published site untouched', async () => {
    const data = await dataFolder({ '2024/名册.xlsx': xlsxFile({ rows: [[...ROSTER_HEADER], ...Array.from({ length: 12 }, (_, i) => rosterRow(`T${i}`))] }) });
    // --out inside a file: the build cannot make its staging folder beside it.
    const file = join(await tempDir(), 'a-file');
    await writeFile(file, 'not a folder');
    const r = runScript('scripts/build.ts', ['--data', data, '--out', join(file, 'dist'), '--no-cache']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /错误 Error \[internal\] {2}构建在“生成页面”步骤失败，未发布，原有网站保持不变。\n/);
    assert.match(r.stderr, /The build failed at the pages step; nothing was published and the existing site is untouched\.\n/);
    assert.match(r.stderr, /YUANDING_DEBUG=1/);
    assert.match(r.stderr, /错误信息 Message: Error: ENOTDIR/);
    assert.doesNotMatch(r.stderr, STACK);
    assert.equal(await readFile(file, 'utf8'), 'not a folder');
  });

  it('prints its error text with names and identifiers from the input masked, and a stack trace only with YUANDING_DEBUG=1', () => {
    knowSecrets(new Set(['江海欣'].map((s) => secretDigest(s, 'salt'))), 'salt');
    const error = new Error('disclosure control could not protect 2 figure(s), e.g. age_mean 2024 school 江海欣 (110101198503014321)');
    const plain = failureMessage(error, 'build');
    assert.match(plain, /错误信息 Message: Error: disclosure control could not protect 2 figure\(s\), e\.g\. age_mean 2024 school ＊＊＊ \(＊＊＊\)$/);
    assert.doesNotMatch(plain, STACK);
    process.env['YUANDING_DEBUG'] = '1';
    try {
      const debug = failureMessage(error, 'check');
      assert.match(debug, /^错误 Error \[internal\] {2}数据检查在“读取数据”步骤失败。/);
      assert.match(debug, STACK);
      assert.ok(!debug.includes('江海欣') && !debug.includes('110101198503014321'));
    } finally {
      delete process.env['YUANDING_DEBUG'];
    }
  });
});
