import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from './helpers/fixtures.ts';
import { runScript } from './helpers/run.ts';

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) out.push(relative(dir, join(e.parentPath, e.name)));
  return out.sort();
}

describe('npm run sample', () => {
  it('regenerates the committed sample byte for byte, under 10 MB, with every table kind and the planned messiness', async () => {
    const out = await tempDir();
    const r = runScript('scripts/sample.ts', ['--out', out]);
    assert.equal(r.status, 0, r.stderr);
    const fresh = await listFiles(out);
    assert.deepEqual(fresh, await listFiles('data'));
    let bytes = 0;
    for (const f of fresh) {
      const [a, b] = await Promise.all([readFile(join(out, f)), readFile(join('data', f))]);
      assert.ok(a.equals(b), `${f} differs from the committed sample`);
      bytes += (await stat(join(out, f))).size;
    }
    assert.ok(bytes < 10 * 1024 * 1024, `sample is ${bytes} bytes`);
    assert.equal(fresh.filter((f) => /^\d{4}\//.test(f)).length, 90, '9 table kinds × 10 years');
    assert.ok(fresh.includes('2017/2017年表彰奖励.xls') && fresh.includes('2020/2020年减员名单.csv'));
  });

  it('writes the last N years of a region with --years, of its first counties with --counties, and refuses a bad count in Chinese, then English', async () => {
    const out = await tempDir();
    const r = runScript('scripts/sample.ts', ['--size', 'city', '--counties', '1', '--years', '2', '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual((await readdir(out)).sort(), ['2023', '2024', 'site.yaml']);
    assert.match(await readFile(join(out, 'site.yaml'), 'utf8'), /^first_year: 2023$/m);
    const bad = runScript('scripts/sample.ts', ['--size', 'province', '--years', '11', '--out', out]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^--years 应为 1 到 10 之间的整数，而不是“11”。\n--years must be a whole number from 1 to 10, not “11”\./);
  });
});
