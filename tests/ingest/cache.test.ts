import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/lib/config.ts';
import { ingest } from '../../src/lib/ingest/index.ts';
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
