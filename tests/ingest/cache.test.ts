import assert from 'node:assert/strict';
import { cp, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/lib/config.ts';
import { ingest } from '../../src/lib/ingest/index.ts';
import { ParseCache } from '../../src/lib/ingest/cache.ts';
import { parseFile, type ParsedFile } from '../../src/lib/ingest/file.ts';
import { dataFolder, ROSTER_HEADER, rosterRow, tempDir, xlsxFile } from '../helpers/fixtures.ts';
import { allRows, comparable, rowsOf } from '../helpers/records.ts';

const ID = '110101198503014321';
const header = ['身份证件号', '姓名', '性别', '出生年月', '学校名称', '学段', '城乡', '岗位类别', '最高学历', '专业技术职务'];

describe('parse cache', () => {
  it('re-reads an unchanged file from the cache, which holds no raw ID number and no name', async () => {
    const dir = await dataFolder({ '2024/roster.xlsx': xlsxFile({ rows: [header, [ID, '王小明', '男', '1985-03-01', '一小', '小学', '城区', '专任教师', '本科', '一级']] }) });
    const cacheDir = await tempDir();
    const config = await loadConfig(dir, {});
    const lines: string[] = [];
    const logger = { info: (m: string) => lines.push(m), warn: () => {} };
    const first = await ingest(dir, { config, cacheDir, today: '2026-11-23', logger });
    const second = await ingest(dir, { config, cacheDir, today: '2026-11-23', logger });
    assert.deepEqual(allRows(second), allRows(first));
    assert.equal(lines.filter((l) => l.includes('(cached)')).length, 1, 'the second run is served from the cache');

    const files = await readdir(join(cacheDir, 'ingest'));
    assert.equal(files.length, 1);
    const cached = await readFile(join(cacheDir, 'ingest', files[0]!), 'utf8');
    assert.ok(!cached.includes(ID) && !cached.includes('198503014321'), 'no raw ID number in the cache');
    assert.ok(!cached.includes('王小明'), 'no name in the cache');
    assert.ok(!lines.join('\n').includes(ID), 'no raw ID number in the log');
  });

  it('gives back a large file exactly as it was parsed, and reads a damaged entry as no entry', async () => {
    // 25,001 rows, some hours missing (a province's training records are 760,000).
    const rows = 25_001;
    const parsed: ParsedFile = {
      file: '2024/培训.xlsx',
      issues: [{ file: '2024/培训.xlsx', sheet: '培训', severity: 'warning', code: 'outside-year', zh: '日期不在年内。', en: 'Date outside the year.' }],
      sheets: [
        { kind: 'training', sheet: '培训', columns: { person: 'A', hours: 'F' }, rowsRead: rows + 2, rowsRejected: 2,
          records: Array.from({ length: rows }, (_, i) => ({ person: `p${i}`, hours: i % 7 === 0 ? null : i / 2, row: i + 2 })),
          digests: Array.from({ length: rows }, (_, i) => `d${i}`), secrets: Array.from({ length: 2 * rows }, (_, i) => `s${i}`), dateText: { 'start:7': '2023.12.28' } },
        { kind: 'funds', sheet: '经费', columns: { amount: 'B' }, rowsRead: 0, rowsRejected: 0, records: [], digests: [], secrets: [] },
      ],
    };
    const dir = await tempDir();
    const cache = new ParseCache(dir);
    await cache.set('k', parsed);
    assert.deepEqual(await cache.get('k'), parsed);
    const [entry] = await readdir(join(dir, 'ingest'));
    await truncate(join(dir, 'ingest', entry!), 200_000);
    assert.equal(await cache.get('k'), null, 'a cut-off entry is not read as fewer rows');
    assert.equal(await new ParseCache(null).get('k'), null);
  });

  it('reads a cached workbook back as a fresh parse gives it: records with their own keys, digests, secrets, people and issues', async () => {
    // One year of the bundled sample, and a workbook with what the sample lacks: a 教学点 (a
    // record with a key the others lack), a rejected row (its person kept), a date kept as typed.
    const dir = await tempDir();
    await cp(join('data', '2024'), join(dir, '2024'), { recursive: true });
    await cp(join('data', 'site.yaml'), join(dir, 'site.yaml'));
    const header = ['教师编号', '身份证件号', ...ROSTER_HEADER.slice(1)];
    const row = (id: string, over: Parameters<typeof rosterRow>[1] = {}) => { const r = rosterRow(id, over); return [r[0]!, ID, ...r.slice(1)]; };
    const schools = [['学校名称', '学校代码', '学段', '城乡', '在校生数'], ['新村教学点', '5300990001', '教学点', '乡村', 30], ['新村小学', '5300990002', '小学', '乡村', 300]];
    await writeFile(join(dir, '2024', 'extra.xlsx'), xlsxFile({ name: '花名册', rows: [header, row('001'), row('003', { 出生年月: '不详' }), row('004', { 出生年月: '2015.3' })] }, { name: '学校', rows: schools }));
    const config = await loadConfig(dir, { YUANDING_SALT: 'salt' });
    const cache = new ParseCache(await tempDir());
    const fresh: ParsedFile[] = [];
    for (const name of (await readdir(join(dir, '2024'))).sort()) {
      const file = `2024/${name}`;
      const parsed = parseFile(file, await readFile(join(dir, file)), config.salt, undefined, config.words);
      await cache.set(name, parsed);
      assert.deepEqual(await cache.get(name), parsed, file);
      fresh.push(parsed);
    }
    const sheets = fresh.flatMap((f) => f.sheets);
    assert.ok(sheets.some((s) => new Set(s.records.map((r) => Object.keys(r).join())).size > 1), 'records of more than one key list');
    assert.ok(sheets.some((s) => s.linked?.length) && sheets.some((s) => s.rejectedPeople?.length) && sheets.some((s) => Object.keys(s.dateText ?? {}).length));
    assert.ok(sheets.reduce((n, s) => n + s.records.length, 0) > 15_000 && fresh.some((f) => f.issues.length));

    // Through ingest (workers, their bytes cached as sent): the same dataset with the cache as without.
    const logger = { info() {}, warn() {} };
    const cacheDir = await tempDir();
    const none = await ingest(dir, { config, cacheDir: null, today: '2026-11-23', logger });
    await ingest(dir, { config, cacheDir, today: '2026-11-23', logger });
    const lines: string[] = [];
    const cached = await ingest(dir, { config, cacheDir, today: '2026-11-23', logger: { info: (m: string) => lines.push(m), warn() {} } });
    // A file with errors is not cached (the rejected row's): it is read each time.
    assert.equal(lines.filter((l) => l.includes('(cached)')).length, fresh.filter((f) => !f.issues.some((i) => i.severity === 'error')).length);
    assert.deepEqual(comparable(cached), comparable(none));
  });

  it('reads a workbook again when its cache entry is damaged, and does not trust the entry', async () => {
    const rows = [ROSTER_HEADER as readonly string[], ...Array.from({ length: 300 }, (_, i) => rosterRow(String(1000 + i), { 学校名称: `第${i % 7}小学` }))];
    const dir = await dataFolder({ '2024/roster.xlsx': xlsxFile({ rows: rows as string[][] }) });
    const config = await loadConfig(dir, {});
    const cacheDir = await tempDir();
    const lines: string[] = [];
    const run = () => ingest(dir, { config, cacheDir, today: '2026-11-23', logger: { info: (m: string) => lines.push(m), warn() {} } });
    const first = await run();
    const [entry] = await readdir(join(cacheDir, 'ingest'));
    const path = join(cacheDir, 'ingest', entry!);
    const bytes = await readFile(path);
    // One byte changed in the middle (a school's name, say): the entry still has its length and shape.
    bytes[Math.floor(bytes.length / 2)]! ^= 0x20;
    await writeFile(path, bytes);
    lines.length = 0;
    assert.deepEqual(comparable(await run()), comparable(first));
    assert.equal(lines.filter((l) => l.includes('(cached)')).length, 0, 'the damaged entry is not read');
    lines.length = 0;
    assert.deepEqual(comparable(await run()), comparable(first));
    assert.equal(lines.filter((l) => l.includes('(cached)')).length, 1, 'the entry is written again, whole');
  });

  it('hashes the same ID to the same key across files, and to another key under another salt', async () => {
    const roster = xlsxFile({ rows: [header, [ID, '甲', '男', '1985-03-01', '一小', '小学', '城区', '专任教师', '本科', '一级']] });
    const dir = await dataFolder({ '2024/roster.xlsx': roster });
    const key = async (salt: string) => {
      const config = await loadConfig(dir, salt ? { YUANDING_SALT: salt } : {});
      const d = await ingest(dir, { config, cacheDir: null, today: '2026-11-23', logger: { info() {}, warn() {} } });
      return { key: rowsOf(d, 2024, 'roster')?.[0]?.['person'], warned: d.issues.some((i) => i.code === 'unsalted') };
    };
    const plain = await key('');
    const salted = await key('s3cret');
    assert.match(String(plain.key), /^[0-9a-f]{20}$/);
    assert.notEqual(plain.key, salted.key);
    assert.equal(plain.warned, true, 'an unsalted hash of ID numbers is warned about');
    assert.equal(salted.warned, false);
  });
});
