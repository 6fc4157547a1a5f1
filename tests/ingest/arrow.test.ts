import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { packFile, recordsFromIPC, recordsToIPC, rowsFromIPC, transferables, unpackFile } from '../../src/lib/ingest/arrow.ts';
import type { ParsedFile } from '../../src/lib/ingest/file.ts';
import type { RecordRow } from '../../src/lib/ingest/sheet.ts';
import { recordTable, rowsTable } from '../../src/lib/ingest/table.ts';

const roundTrip = (records: readonly RecordRow[]) => recordsFromIPC(recordsToIPC(records));

describe('records as Arrow IPC', () => {
  it('gives back each record with its own keys in their order, and each value with its type', () => {
    const records = [
      { row: 3, school: '城关小学', stage: '小学', hours: 1.5, year: 2024, mixed: '二〇二四' },
      { row: 4, school: '城关小学', stage: '小学', teachingPoint: '是', hours: null, year: 2023, mixed: 7 },
      { row: 5, stage: '初中', school: null, hours: -0, year: -2, mixed: null },
      { row: 6, school: '河西中学', stage: '初中', hours: NaN, year: 2 ** 40, mixed: undefined },
    ] as unknown as RecordRow[];
    const back = roundTrip(records);
    assert.deepEqual(back, records);
    assert.deepEqual(back.map((r) => Object.keys(r)), records.map((r) => Object.keys(r)), 'keys in their order');
    assert.ok(Object.is(back[2]!['hours'], -0) && Number.isNaN(back[3]!['hours']));
    assert.equal(back[0]!['mixed'], '二〇二四');
    assert.equal(back[1]!['mixed'], 7);
    assert.ok('mixed' in back[3]! && back[3]!['mixed'] === undefined);
  });

  it('keeps text that differs row by row, ASCII keys and Chinese alike, and no rows at all', () => {
    const records = Array.from({ length: 500 }, (_, i) => ({ row: i + 2, person: `p${i.toString(16).padStart(20, '0')}`, note: `第${i}条`, blank: i % 3 ? `x${i}` : null })) as RecordRow[];
    assert.deepEqual(roundTrip(records), records);
    assert.deepEqual(roundTrip([]), []);
  });

  it('gives a key named __proto__ back as a key, not as the record\'s prototype', () => {
    const records = [JSON.parse('{"row": 2, "__proto__": "x", "school": "一小"}') as RecordRow];
    const [back] = roundTrip(records);
    assert.deepEqual(Object.keys(back!), ['row', '__proto__', 'school']);
    assert.equal(Object.getPrototypeOf(back), Object.prototype);
    assert.deepEqual(back, records[0]);
  });

  it('packs a parsed file so that it unpacks to the same file, its streams movable to another thread', () => {
    const parsed: ParsedFile = {
      file: '2024/花名册.xlsx',
      issues: [{ file: '2024/花名册.xlsx', sheet: '花名册', cell: 'D4', severity: 'warning', code: 'id-disagrees', zh: '不一致。', en: 'Disagrees.' }],
      sheets: [{
        kind: 'roster', sheet: '花名册', columns: { person: 'A', birth: 'D' }, rowsRead: 4, rowsRejected: 1,
        records: [{ row: 2, person: 'a1', birth: '1985-03-01' }, { row: 4, person: 'a3', birth: '2015-03-01' }] as RecordRow[],
        digests: ['d1', 'd3'], secrets: ['s1', 's2', 's3'], dateText: { 'birth:4': '2015.3' },
        linked: [['i1', 'a1'], ['i3', 'a3']], rejectedPeople: ['a2'], lacking: ['school'],
      }],
    };
    const packed = packFile(parsed);
    assert.deepEqual(unpackFile(packed), parsed);
    assert.equal(transferables(packed).length, 5, 'records, digests, secrets, linked and rejected people: one buffer each');
    assert.deepEqual(unpackFile(structuredClone(packed, { transfer: transferables(packed) })), parsed);
  });

  it('makes a year\'s table from the columns as they arrived, equal to the one made from the records, for one sheet or several', () => {
    // Repeating text (a dictionary), unique keys, integers, decimals, a column of text and numbers, and one sheet lacking a column.
    const sheet = (from: number, withTitle: boolean) => Array.from({ length: 40 }, (_, i) => ({
      row: from + i, person: `p${from + i}`, school: ['一小', '二小', '城关中学'][i % 3]!, age: 25 + (i % 30), hours: i % 4 ? 1.5 * i : null,
      mixed: i % 2 ? `第${i}` : i, ...(withTitle ? { title: i % 5 ? '一级教师' : null } : {}),
    })) as unknown as RecordRow[];
    const [a, b] = [sheet(2, true), sheet(100, false)];
    const keys = ['row', 'person', 'school', 'age', 'hours', 'mixed', 'title'];
    const sameTable = (made: ReturnType<typeof recordTable>, expected: ReturnType<typeof recordTable>) => {
      assert.deepEqual(made.columnNames(), expected.columnNames());
      assert.deepEqual(made.objects(), expected.objects());
      for (const name of keys) assert.equal(made.column(name)?.constructor, expected.column(name)?.constructor, `${name}: same column form`);
    };
    const one = rowsFromIPC(recordsToIPC(a));
    sameTable(rowsTable(keys, [one]), recordTable(a));
    assert.ok(one.arrow('school') && one.arrow('age') && one.arrow('hours'), 'a single sheet\'s repeating text and numbers go in as they arrived');
    const several = rowsTable(keys, [one, rowsFromIPC(recordsToIPC(b))]);
    sameTable(several, recordTable([...a, ...b.map((r) => ({ ...r, title: null }) as unknown as RecordRow)]));
    assert.equal(several.array('title')[40], null, 'a column the second sheet lacks is null in its rows');
  });
});
