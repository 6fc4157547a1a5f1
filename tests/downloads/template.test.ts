import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { templateWorkbook } from '../../src/lib/downloads/template.ts';
import { TABLE_SPECS } from '../../src/lib/ingest/schema.ts';
import { dataFolder, ingestFolder } from '../helpers/fixtures.ts';
import { rowsOf } from '../helpers/records.ts';

describe('the data template', () => {
  it('has a sheet per table kind whose headers the ingest recognises, and reads back once filled in', async () => {
    const wb = XLSX.read(await templateWorkbook(), { type: 'buffer' });
    for (const spec of TABLE_SPECS.filter((s) => !s.subset)) assert.ok(wb.SheetNames.includes(spec.zh), spec.zh);
    // A clerk fills one row of the roster sheet and saves the workbook into data/2024/.
    const roster = wb.Sheets['教职工名册']!;
    const header = XLSX.utils.sheet_to_json<string[]>(roster, { header: 1 })[0]!;
    const value: Record<string, string> = { '教师编号✱': 'A1', '教师编号': 'A1', '性别✱': '女', '出生年月✱': '1985-03-01', '学校名称✱': '一小', '学段✱': '小学', '城乡✱': '城区', '教职工类别✱': '专任教师', '最高学历✱': '本科', '专业技术职务✱': '一级' };
    XLSX.utils.sheet_add_aoa(roster, [header.map((h) => value[h] ?? null)], { origin: 'A2' });
    const filled = new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'buffer' }));
    const { dataset } = await ingestFolder(await dataFolder({ '2024/模板.xlsx': filled }));
    assert.deepEqual(dataset.issues.filter((i) => i.severity === 'error'), []);
    assert.equal(rowsOf(dataset, 2024, 'roster')?.length, 1);
    assert.ok(!dataset.issues.some((i) => i.code === 'unknown-sheet' && i.sheet !== '说明' && i.sheet !== '取值' && i.sheet !== '取值来源'), 'every table sheet is recognised');
  });
});

describe('the template’s drop-down lists', () => {
  it('puts a list of the allowed values on every vocabulary column, pointing at the 取值 sheet', async () => {
    const parts = unzipSync(await templateWorkbook());
    const wb = XLSX.read(await templateWorkbook(), { type: 'buffer' });
    const rosterIndex = wb.SheetNames.indexOf('教职工名册');
    const xml = strFromU8(parts[`xl/worksheets/sheet${rosterIndex + 1}.xml`]!);
    const header = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['教职工名册']!, { header: 1 })[0]!;
    const enums = TABLE_SPECS.find((s) => s.kind === 'roster')!.fields.filter((f) => f.type === 'enum');
    const validations = [...xml.matchAll(/<dataValidation [^>]*type="list"[^>]*sqref="([A-Z]+)2:[A-Z]+5001"[^>]*>\s*<formula1>([^<]+)<\/formula1>/g)];
    assert.equal(validations.length, enums.length, 'one list per vocabulary column');
    const sex = header.findIndex((h) => h.startsWith('性别'));
    const onSex = validations.find((v) => v[1] === String.fromCharCode(65 + sex));
    assert.ok(onSex, 'a list on 性别');
    // The list points at the column of 取值 that holds 男 and 女.
    const [, col] = /^取值!\$([A-Z]+)\$2/.exec(onSex[2]!)!;
    const values = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['取值']!, { header: 1 }).slice(1).map((r) => r[col!.charCodeAt(0) - 65]).filter(Boolean);
    assert.deepEqual(values, ['男', '女']);
    // Excel warns on another spelling (大学本科) but lets it stay: ingest reads the variants.
    assert.match(xml, /errorStyle="warning"/);
  });
});

describe('an unfilled sheet', () => {
  it('counts as a table not supplied (x), with a warning, not as zero', async () => {
    const wb = XLSX.read(await templateWorkbook(), { type: 'buffer' });
    const { dataset } = await ingestFolder(await dataFolder({ '2024/模板.xlsx': new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'buffer' })) }));
    assert.equal(dataset.records.get(2024), undefined);
    assert.equal(dataset.issues.filter((i) => i.code === 'empty-sheet').length, TABLE_SPECS.filter((s) => !s.subset).length);
  });
});

describe('the template written twice', () => {
  it('is the same bytes: its times come from SOURCE_DATE_EPOCH or the publication date, never the clock', async () => {
    const first = await templateWorkbook();
    await new Promise((r) => setTimeout(r, 2100)); // zip times have two-second steps
    assert.deepEqual(await templateWorkbook(), first);
    const wb = XLSX.read(await templateWorkbook(new Date('2025-03-31T00:00:00Z')), { type: 'buffer', cellDates: true });
    assert.equal(wb.Props?.CreatedDate?.toISOString(), '2025-03-31T00:00:00.000Z');
  });
});
