import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tableFromIPC, Type } from '@uwdata/flechette';
import { writeTables } from '../../src/lib/ingest/tables.ts';
import type { RecordRow } from '../../src/lib/ingest/sheet.ts';
import { recordTable } from '../../src/lib/ingest/table.ts';
import { tempDir } from '../helpers/fixtures.ts';

const roster: RecordRow[] = [
  { row: 4, person: 'a1b2c3d4e5f6a7b8c9d0', sex: '女', birth: '1985-02-04', school: '示例县实验小学', post: '专任教师', education: '本科' },
  { row: 5, person: 'f0e9d8c7b6a5f4e3d2c1', sex: '男', birth: '1990-11-30', school: '示例县实验小学', post: '专任教师', education: null },
];
const training: RecordRow[] = [{ row: 2, person: 'a1b2c3d4e5f6a7b8c9d0', programme: '县级暑期全员集中培训', hours: 24, start: '2024-07-10' }];

describe('writeTables', () => {
  it('writes one Arrow IPC file per year and kind, typed, without the spreadsheet row, replacing what an earlier build left', async () => {
    const folder = join(await tempDir(), 'tables');
    await mkdir(join(folder, '2019'), { recursive: true });
    await writeFile(join(folder, '2019', 'roster.arrow'), 'stale');
    const written = await writeTables({ records: new Map([[2023, { roster: recordTable(roster) }], [2024, { roster: recordTable(roster), training: recordTable(training) }]]) }, folder);
    assert.deepEqual(written.files, 3);
    assert.deepEqual(written.rows, 5);
    assert.deepEqual((await readdir(folder)).sort(), ['2023', '2024']);
    const bytes = await readFile(join(folder, '2024', 'roster.arrow'));
    assert.equal(bytes.subarray(0, 6).toString(), 'ARROW1', 'the IPC file format, not the stream');
    const table = tableFromIPC(bytes);
    assert.deepEqual(table.names, ['person', 'sex', 'birth', 'school', 'post', 'education']);
    assert.equal(table.getChild('birth').type.typeId, Type.Date);
    assert.deepEqual(table.getChild('education').toArray(), ['本科', null]);
    const hours = tableFromIPC(await readFile(join(folder, '2024', 'training.arrow'))).getChild('hours');
    assert.equal(hours.type.typeId, Type.Int);
    assert.deepEqual(Array.from(hours.toArray() as ArrayLike<number>), [24]);
  });

  it('refuses to write a name or an ID number, should a record ever carry one', async () => {
    const folder = join(await tempDir(), 'tables');
    const leaky = [{ ...roster[0]!, name: '邱悦' }] as RecordRow[];
    await assert.rejects(writeTables({ records: new Map([[2024, { roster: recordTable(leaky) }]]) }, folder), /roster\.name is an identifier or a name/);
  });
});
