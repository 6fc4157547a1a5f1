import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dataFolder, rosterRow, ROSTER_HEADER, tempDir, xlsxFile, type Cell } from './helpers/fixtures.ts';
import { runScript } from './helpers/run.ts';

/** A 2024 roster missing the 性别 column, and a 2023 roster with the 学历 value “博士后”. */
async function badFolder(): Promise<string> {
  const header = ROSTER_HEADER.filter((h) => h !== '性别');
  const drop = (r: Cell[]) => r.filter((_, i) => i !== 2);
  const okHeader = [...ROSTER_HEADER];
  return dataFolder({
    '2024/花名册.xlsx': xlsxFile({ name: '名册', rows: [['2024年花名册'], header, drop(rosterRow('A1')), drop(rosterRow('A2'))] }),
    '2023/花名册.xlsx': xlsxFile({ name: 'Sheet1', rows: [okHeader, rosterRow('A1'), rosterRow('A2', { 最高学历: '博士后' })] }),
  });
}

describe('npm run check', () => {
  it('exits 1 and names the file, sheet and cell of each problem, in Chinese then English', async () => {
    const r = runScript('scripts/check.ts', ['--data', await badFolder(), '--no-cache']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /2024\/花名册\.xlsx › 名册 › A2:I2\n {4}识别为“教职工名册”，但缺少必填列：性别（或加上“身份证件号”列，由18位证件号推算性别和出生年月）。\n {4}Read as staff roster, but required columns are missing: 性别 \(or add the 身份证件号 column/);
    assert.match(r.stderr, /2023\/花名册\.xlsx › Sheet1 › I3\n {4}“最高学历”的值 “博士后” 不在允许范围内/);
    assert.match(r.stderr, /未生成网站，原有网站保持不变/);
  });

  it('exits 0 on good data and shows progress per file', async () => {
    const dir = await dataFolder({ '2024/花名册.xlsx': xlsxFile({ rows: [[...ROSTER_HEADER], rosterRow('A1')] }) });
    const r = runScript('scripts/check.ts', ['--data', dir, '--no-cache']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /\[1\/1\] 2024\/花名册\.xlsx {2}roster {2}1 rows {2}\d+\.\d\ds/);
  });
});

describe('npm run build with bad input', () => {
  it('stops before writing anything and leaves the published site untouched', async () => {
    const out = join(await tempDir(), 'dist');
    await mkdir(out);
    await writeFile(join(out, 'index.html'), 'the site published yesterday');
    const r = runScript('scripts/build.ts', ['--data', await badFolder(), '--out', out, '--no-cache']);
    assert.equal(r.status, 1);
    assert.equal(await readFile(join(out, 'index.html'), 'utf8'), 'the site published yesterday');
  });
});
