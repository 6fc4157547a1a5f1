import assert from 'node:assert/strict';
import { readdir, readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/lib/config.ts';
import { ingest } from '../../src/lib/ingest/index.ts';
import { ParseCache } from '../../src/lib/ingest/cache.ts';
import type { ParsedFile } from '../../src/lib/ingest/file.ts';
import { dataFolder, tempDir, xlsxFile } from '../helpers/fixtures.ts';

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
    assert.deepEqual(second.records, first.records);
    assert.equal(lines.filter((l) => l.includes('(cached)')).length, 1, 'the second run is served from the cache');

    const files = await readdir(join(cacheDir, 'ingest'));
    assert.equal(files.length, 1);
    const cached = await readFile(join(cacheDir, 'ingest', files[0]!), 'utf8');
    assert.ok(!cached.includes(ID) && !cached.includes('198503014321'), 'no raw ID number in the cache');
    assert.ok(!cached.includes('王小明'), 'no name in the cache');
    assert.ok(!lines.join('\n').includes(ID), 'no raw ID number in the log');
  });

  it('gives back a large file exactly as it was parsed, and reads a damaged entry as no entry', async () => {
    // 25,001 rows: the cache writes a sheet's long lists 10,000 to a line (a province's training records are 760,000).
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

  it('hashes the same ID to the same key across files, and to another key under another salt', async () => {
    const roster = xlsxFile({ rows: [header, [ID, '甲', '男', '1985-03-01', '一小', '小学', '城区', '专任教师', '本科', '一级']] });
    const dir = await dataFolder({ '2024/roster.xlsx': roster });
    const key = async (salt: string) => {
      const config = await loadConfig(dir, salt ? { YUANDING_SALT: salt } : {});
      const d = await ingest(dir, { config, cacheDir: null, today: '2026-11-23', logger: { info() {}, warn() {} } });
      return { key: d.records.get(2024)?.roster?.[0]?.['person'], warned: d.issues.some((i) => i.code === 'unsalted') };
    };
    const plain = await key('');
    const salted = await key('s3cret');
    assert.match(String(plain.key), /^[0-9a-f]{20}$/);
    assert.notEqual(plain.key, salted.key);
    assert.equal(plain.warned, true, 'an unsalted hash of ID numbers is warned about');
    assert.equal(salted.warned, false);
  });
});
