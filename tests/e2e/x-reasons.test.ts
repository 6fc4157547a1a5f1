/**
 * Every x says why: a year without an exits table, and a roster without 骨干类别, named by
 * `check` after the row counts and on the indicator pages in both languages. One build.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { dataFolder, rosterRow, ROSTER_HEADER, tempDir, xlsxFile } from '../helpers/fixtures.ts';
import { runScript, type RunResult } from '../helpers/run.ts';

const staff = Array.from({ length: 30 }, (_, i) => `JS${String(i + 1).padStart(4, '0')}`);
const roster = (ids: readonly string[]) => xlsxFile({ name: '花名册', rows: [[...ROSTER_HEADER], ...ids.map((id) => rosterRow(id))] });

let data: string;
let out: string;
let check: RunResult;

before(async () => {
  data = await dataFolder({
    '2023/花名册.xlsx': roster(staff),
    '2023/减员.xlsx': xlsxFile({ name: '减员', rows: [['教师编号', '类型', '日期'], ...staff.slice(0, 6).map((id) => [id, '退休', '2023-07-01'])] }),
    // the six who retired in 2023 are gone
    '2024/花名册.xlsx': roster(staff.slice(6)),
  });
  check = runScript('scripts/check.ts', ['--data', data, '--no-cache']);
  out = join(await tempDir(), 'dist');
  // No Chromium: the report PDFs are not what this file tests.
  const build = runScript('scripts/build.ts', ['--data', data, '--out', out, '--no-cache', '--allow-fewer-years'], { CHROMIUM_PATH: '/nonexistent/chromium' });
  assert.equal(build.status, 0, build.stderr + build.stdout);
});

describe('indicators that will show x say why', () => {
  it('check prints, after the row counts, each year and reason with the indicators named', () => {
    assert.equal(check.status, 0, check.stderr);
    const summary = check.stdout.slice(check.stdout.indexOf('行数 Rows'));
    assert.match(summary, /将显示为 x 的指标 Indicators that will show x:/);
    assert.match(summary, /\n {2}2024 年：没有“减员”表（数据未报送） \/ No exits table was supplied → 减员人数、退休人数\n/);
    assert.match(summary, /\n {2}2023–2024 年：教职工名册没有“骨干类别”列 \/ The staff roster has no 骨干类别 column → 骨干教师数/);
    assert.ok(!/2023 年：没有“减员”表/.test(summary), 'a year with the table is not listed');
    assert.ok(!/JS00|测试/.test(summary), 'no person-level data');
  });

  it('the indicator page gives the reason for each year shown as x, in both languages', async () => {
    const zh = await readFile(join(out, 'indicators', 'exits', 'index.html'), 'utf8');
    assert.match(zh, /2024 年为 x：没有“减员”表（数据未报送）。/);
    assert.ok(!zh.includes('2023 年为 x'), 'the year with an exits table has a value');
    const en = await readFile(join(out, 'en', 'indicators', 'exits', 'index.html'), 'utf8');
    assert.match(en, /2024 is x: no exits table was supplied\./);
    const backbone = await readFile(join(out, 'en', 'indicators', 'backbone_count', 'index.html'), 'utf8');
    assert.match(backbone, /2023, 2024 are x: the staff roster has no 骨干类别 column\./);
  });
});
