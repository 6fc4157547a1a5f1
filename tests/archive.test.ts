/** `build -- --zip`: the finished site as one archive beside its folder, the same bytes every time. */
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { archivePath, writeArchive } from '../scripts/archive.ts';
import { dataFolder, rosterRow, ROSTER_HEADER, tempDir, xlsxFile } from './helpers/fixtures.ts';
import { runScript } from './helpers/run.ts';

describe('the site as one archive', () => {
  it('holds every file of the folder, in name order, and is the same bytes when written again', async () => {
    const out = join(await tempDir(), 'site');
    await mkdir(join(out, 'en', 'reports'), { recursive: true });
    await writeFile(join(out, 'index.html'), '<p>首页</p>');
    await writeFile(join(out, 'en', 'reports', 'a.pdf'), '%PDF-1.4');
    const stamp = new Date('2025-03-31T00:00:00Z');
    const first = await writeArchive(out, stamp);
    assert.equal(first.path, archivePath(out));
    const bytes = await readFile(first.path);
    const files = unzipSync(bytes);
    assert.deepEqual(Object.keys(files), ['en/reports/a.pdf', 'index.html']);
    assert.equal(new TextDecoder().decode(files['index.html']), '<p>首页</p>');
    await new Promise((r) => setTimeout(r, 2100));
    await writeArchive(out, stamp);
    assert.deepEqual(await readFile(first.path), bytes);
  });

  it('is written beside the output folder by build --zip', async () => {
    const dir = await dataFolder({ '2024/名册.xlsx': xlsxFile({ rows: [[...ROSTER_HEADER], ...Array.from({ length: 8 }, (_, i) => rosterRow(`A${i}`))] }) });
    const out = join(await tempDir(), 'dist');
    const r = runScript('scripts/build.ts', ['--data', dir, '--out', out, '--no-cache', '--zip']);
    assert.equal(r.status, 0, r.stderr);
    const files = unzipSync(await readFile(`${out}.zip`));
    assert.ok('index.html' in files && 'en/index.html' in files && 'downloads/indicators.csv' in files);
    assert.deepEqual(files['downloads/indicators.csv'], new Uint8Array(await readFile(join(out, 'downloads', 'indicators.csv'))));
  });
});
