import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import * as XLSX from 'xlsx';
import { SHEETJS_VERSION } from '../../src/lib/ingest/workbook.ts';
import { dataFolder, ingestFolder, rosterRow, ROSTER_HEADER, workbookBytes, xlsxFile } from '../helpers/fixtures.ts';
import { rowsOf } from '../helpers/records.ts';

const TRAINING_HEADER = ['教师编号', '姓名', '培训项目', '培训级别', '学时', '开始日期'];

describe('file formats', () => {
  it('uses SheetJS 0.20.3, the release without the known CVEs of npm’s xlsx 0.18.5', () => {
    assert.equal(XLSX.version, '0.20.3');
    assert.equal(SHEETJS_VERSION, '0.20.3');
  });

  it('reads a legacy .xls (BIFF8) workbook', async () => {
    const dir = await dataFolder({ '2024/roster.xls': workbookBytes([{ rows: [[...ROSTER_HEADER], rosterRow('A1'), rosterRow('A2')] }], 'biff8') });
    const { dataset } = await ingestFolder(dir);
    assert.equal(rowsOf(dataset, 2024, 'roster')?.length, 2);
  });

  it('decodes a GBK CSV and keeps 18-digit IDs exact, so they link to the roster', async () => {
    const id = '110101198503014321';
    const roster = xlsxFile({ rows: [['身份证件号', ...ROSTER_HEADER.slice(1)], [id, ...rosterRow('x').slice(1)]] });
    const csv = `${['身份证件号', '培训项目', '培训级别', '学时', '开始日期'].join(',')}\r\n${id},国培计划,国培,24,2024年5月\r\n`;
    const dir = await dataFolder({ '2024/roster.xlsx': roster, '2024/培训.csv': new Uint8Array(iconv.encode(csv, 'gbk')) });
    const { dataset } = await ingestFolder(dir);
    assert.deepEqual(dataset.issues.filter((i) => i.severity === 'error' || i.code === 'unknown-person'), []);
    const training = rowsOf(dataset, 2024, 'training')?.[0];
    assert.equal(training?.['level'], '国家级');
    assert.equal(training?.['person'], rowsOf(dataset, 2024, 'roster')?.[0]?.['person']);
  });

  it('decodes an HTML table saved as .xls in GBK', async () => {
    const html = `<html><head><meta charset="gbk"></head><body><table><tr>${TRAINING_HEADER.map((h) => `<td>${h}</td>`).join('')}</tr><tr><td>A1</td><td>张三</td><td>县级培训</td><td>县培</td><td>１２</td><td>2024.5.1</td></tr></table></body></html>`;
    const dir = await dataFolder({ '2024/培训.xls': new Uint8Array(iconv.encode(html, 'gbk')) });
    const { dataset } = await ingestFolder(dir);
    assert.deepEqual(dataset.issues.filter((i) => i.severity === 'error'), []);
    const row = rowsOf(dataset, 2024, 'training')?.[0];
    assert.deepEqual([row?.['programme'], row?.['hours'], row?.['start']], ['县级培训', 12, '2024-05-01']);
  });

  it('honours the 1904 date system of old Mac workbooks', async () => {
    const serial1904 = 45352 - 1462; // 2024-03-01
    const bytes = workbookBytes([{ rows: [TRAINING_HEADER, ['A1', '甲', '县培', '县级', 8, serial1904]] }], 'xlsx', { date1904: true });
    const { dataset } = await ingestFolder(await dataFolder({ '2024/培训.xlsx': bytes }));
    assert.equal(rowsOf(dataset, 2024, 'training')?.[0]?.['start'], '2024-03-01');
  });

  it('refuses a text file or random bytes renamed .xlsx instead of reading it as CSV', async () => {
    const random = new Uint8Array(2048).map((_, i) => (i * 7919) % 256);
    const dir = await dataFolder({ '2024/a.xlsx': '教师编号,性别\nA1,男\n', '2024/b.xlsx': random });
    const { dataset } = await ingestFolder(dir);
    const errors = dataset.issues.filter((i) => i.code === 'not-a-spreadsheet');
    assert.deepEqual(errors.map((e) => e.file).sort(), ['2024/a.xlsx', '2024/b.xlsx']);
  });

  it('treats a non-empty workbook that yields no cells as an error, never an empty table', async () => {
    const empty = workbookBytes([{ rows: [] }]);
    const { dataset } = await ingestFolder(await dataFolder({ '2024/empty.xlsx': empty }));
    assert.equal(dataset.issues.find((i) => i.code === 'no-cells')?.severity, 'error');
  });
});
