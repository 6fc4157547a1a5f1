import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { secretDigest } from '../src/lib/ingest/identity.ts';
import { leaksInText } from '../src/lib/privacy.ts';
import { dataFolder, rosterRow, ROSTER_HEADER, tempDir, xlsxFile } from './helpers/fixtures.ts';
import { runScript } from './helpers/run.ts';

describe('privacy check of the output', () => {
  const secrets = new Set(['王小明', '李华', '5300000123'].map((s) => secretDigest(s, '')));

  it('finds a name or a staff number from the input anywhere in the text, and any ID-card number', () => {
    assert.deepEqual(leaksInText('<p>教师王小明获奖</p>', secrets, ''), ['a name from the input']);
    assert.deepEqual(leaksInText('<td>李华</td>', secrets, ''), ['a name from the input']);
    assert.deepEqual(leaksInText('编号5300000123', secrets, ''), ['an identifier from the input']);
    assert.deepEqual(leaksInText('110101198503014321', new Set(), ''), ['ID-card number']);
  });

  it('does not take a two-character name inside a longer word for a leak', () => {
    assert.deepEqual(leaksInText('<p>李华村小学</p><p>2024年</p>', secrets, ''), []);
  });

  it('stops the build, publishing nothing, when a file named after a person would be listed', async () => {
    const roster = xlsxFile({ rows: [[...ROSTER_HEADER], rosterRow('A1', { 姓名: '欧阳明月' }), ...Array.from({ length: 12 }, (_, i) => rosterRow(`B${i}`))] });
    const dir = await dataFolder({ '2024/欧阳明月交来的名册.xlsx': roster });
    const out = join(await tempDir(), 'dist');
    await mkdir(out);
    await writeFile(join(out, 'index.html'), 'yesterday');
    const r = runScript('scripts/build.ts', ['--data', dir, '--out', out, '--no-cache']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /隐私检查失败.*a name from the input/);
    assert.ok(!r.stderr.includes('欧阳明月'), 'the message names the page, never the person');
    assert.equal(await readFile(join(out, 'index.html'), 'utf8'), 'yesterday');
  });
});
