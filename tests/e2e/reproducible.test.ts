/** Two builds of the same data and program are the same bytes, every file (PDFs, Word documents, xlsx, zip) included. */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { dataFolder, rosterRow, ROSTER_HEADER, tempDir, xlsxFile } from '../helpers/fixtures.ts';
import { runScript } from '../helpers/run.ts';

async function files(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) out.set(relative(dir, join(e.parentPath, e.name)), await readFile(join(e.parentPath, e.name)));
  return out;
}

describe('two builds of the same data', () => {
  it('write the same bytes in every file: times come from the data or SOURCE_DATE_EPOCH, never the clock', async () => {
    const dir = await dataFolder({
      'site.yaml': 'site_url: https://jyj.example.gov.cn/\npublication:\n  published: "2025-03-31"\n',
      '2023/名册.xlsx': xlsxFile({ rows: [[...ROSTER_HEADER], ...Array.from({ length: 9 }, (_, i) => rosterRow(`A${i}`))] }),
      '2024/名册.xlsx': xlsxFile({ rows: [[...ROSTER_HEADER], ...Array.from({ length: 11 }, (_, i) => rosterRow(`A${i}`))] }),
    });
    const [a, b] = [join(await tempDir(), 'one'), join(await tempDir(), 'two')];
    for (const out of [a, b]) {
      const r = runScript('scripts/build.ts', ['--data', dir, '--out', out, '--no-cache', '--zip']);
      assert.equal(r.status, 0, r.stderr);
      await new Promise((ok) => setTimeout(ok, 2100)); // past a zip time step and a PDF second
    }
    const [one, two] = [await files(a), await files(b)];
    assert.deepEqual([...one.keys()].sort(), [...two.keys()].sort());
    assert.ok([...one.keys()].some((f) => f.endsWith('.pdf')), 'the reports were printed');
    assert.ok([...one.keys()].some((f) => f.endsWith('.docx')), 'and written as Word documents');
    const differ = [...one].filter(([f, bytes]) => !bytes.equals(two.get(f)!)).map(([f]) => f);
    assert.deepEqual(differ, []);
    assert.ok((await readFile(`${a}.zip`)).equals(await readFile(`${b}.zip`)), 'the archives too');
  });
});
