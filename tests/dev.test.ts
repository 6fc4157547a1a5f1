/** npm run dev: a preview that builds again when the data folder changes (issue "New data and scale", point 3). */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dataFolder, rosterRow, ROSTER_HEADER, tempDir, xlsxFile } from './helpers/fixtures.ts';

const roster = (year: number) => xlsxFile({ rows: [[`${year}年教职工名册`], [...ROSTER_HEADER], ...Array.from({ length: 12 }, (_, i) => rosterRow(`T${i}`))] });

describe('npm run dev', () => {
  it('serves a preview and builds again when a workbook is added to the data folder', async () => {
    const data = await dataFolder({ '2024/名册.xlsx': roster(2024) });
    const out = join(await tempDir(), 'dist');
    const child = spawn(process.execPath, ['scripts/dev.ts', '--data', data, '--out', out, '--port', '0'], { env: { ...process.env, TZ: 'UTC' } });
    let output = '';
    const waitFor = (pattern: RegExp, count: number) => new Promise<void>((resolve, reject) => {
      const check = () => { if ((output.match(new RegExp(pattern, 'g')) ?? []).length >= count) resolve(); };
      child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); check(); });
      child.on('exit', () => reject(new Error(`dev stopped:\n${output}`)));
      check();
    });
    try {
      await waitFor(/预览已更新 Preview updated/, 1);
      const url = /Preview: (http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1]!;
      assert.equal((await fetch(`${url}/reports/2024/`)).status, 200);
      assert.equal((await fetch(`${url}/reports/2023/`)).status, 404);
      await mkdir(join(data, '2023'));
      await writeFile(join(data, '2023', '名册.xlsx'), roster(2023));
      await waitFor(/预览已更新 Preview updated/, 2);
      assert.equal((await fetch(`${url}/reports/2023/`)).status, 200);
      assert.match(output, /新增年度 years added 2023/);
    } finally {
      child.kill();
    }
  });
});
