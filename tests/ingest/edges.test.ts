/**
 * The corpus of realistic inputs that once gave exit 0 with wrong figures, a leak or a crash
 * (issue "Trust at the edges"). Each case builds its workbooks by code and asserts the code,
 * the place (file › sheet › cell) and, where data is read, what is read.
 *
 *  1 layout      year folders 2024年 / 2024年度 / ２０２４ / "2024 "; 2024-old, subfolders, stray files listed; no year → error
 *  2 duplicates  a (1).xlsx copy; the same rows in two files; a near-copy by name
 *  3 kinds       a per-school summary sheet; a hidden lookup sheet; missing columns with every other cell still checked
 *  4 headers     a group row (骨干教师 over 类别/级别); merged cells in data rows; a header below row 15
 *  5 IDs         '0001 and ="0001"; most event rows matching no roster person
 *  6 dates       2012.09 as a number; 2012.10 shown by its format; a bare year
 *  8 injection   CSV text fields starting with = + - @
 *  9 size        a 150k-row sheet; a zip that inflates past the limit; a sheet too long to read as one string; a reader out of memory
 * 10 messages    encrypted, damaged and 0-byte files; UTF-16 "Unicode 文本"; spaced 合  计 rows
 * (7 privacy is in tests/privacy.test.ts, 11 disclosure in tests/disclosure/, 12 and the
 *  never-fewer-years rule in tests/cli-edges.test.ts.)
 */
import assert from 'node:assert/strict';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import type { SiteConfig } from '../../src/lib/config.ts';
import { yearContexts } from '../../src/lib/indicators/context.ts';
import { evaluate } from '../../src/lib/indicators/evaluate.ts';
import { INDICATORS } from '../../src/lib/indicators/registry.ts';
import type { Dataset } from '../../src/lib/ingest/index.ts';
import { csvCell, toCsv } from '../../src/lib/downloads/tidy.ts';
import { formatIssue, type Issue } from '../../src/lib/ingest/issues.ts';
import { checkContainer, MAX_PART_BYTES } from '../../src/lib/ingest/container.ts';
import { readFailureText } from '../../src/lib/ingest/file.ts';
import { dataFolder, ingestFolder, rosterRow, ROSTER_HEADER, xlsxFile, type Cell } from '../helpers/fixtures.ts';
import { rowsOf } from '../helpers/records.ts';

const roster = (...ids: string[]) => xlsxFile({ name: '名册', rows: [[...ROSTER_HEADER], ...ids.map((id) => rosterRow(id))] });
const TRAINING = ['教师编号', '姓名', '培训项目', '培训级别', '学时', '开始日期'];
const training = (rows: Cell[][], title = '培训') => xlsxFile({ name: '培训', rows: [[title], TRAINING, ...rows] });
const errors = (issues: readonly Issue[]) => issues.filter((i) => i.severity === 'error');
const codes = (issues: readonly Issue[]) => issues.map((i) => i.code);
/** An indicator's 2024 total before disclosure control (the fixtures are far below the threshold). */
const total = (id: string, dataset: Dataset, config: SiteConfig) =>
  evaluate(INDICATORS.find((i) => i.id === id)!, yearContexts(dataset.records, config).find((c) => c.year === 2024)!).find((e) => e.dimension === 'total');
function one(issues: readonly Issue[], code: string): Issue {
  const found = issues.filter((i) => i.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got:\n${issues.map(formatIssue).join('\n')}`);
  return found[0]!;
}

describe('1 data layout', () => {
  it('reads 2023年度, ２０２４ and "2022 " as years with a notice, and lists what it does not read', async () => {
    const dir = await dataFolder({
      '2022 /名册.xlsx': roster('A1'), '2023年度/名册.xlsx': roster('A1', 'A2'), '２０２４/名册.xlsx': roster('A1', 'A2', 'A3'),
      '2024-old/名册.xlsx': roster('Z1'), '２０２４/旧/名册.xlsx': roster('Z2'), '名册.xlsx': roster('Z3'),
    });
    await symlink(join(dir, '2023年度'), join(dir, '2021'));
    const { dataset } = await ingestFolder(dir);
    assert.deepEqual(errors(dataset.issues), []);
    assert.deepEqual(dataset.years, [2022, 2023, 2024]);
    assert.equal(rowsOf(dataset, 2024, 'roster')?.length, 3);
    assert.equal(dataset.issues.filter((i) => i.code === 'year-folder-name').length, 3);
    const skipped = dataset.issues.filter((i) => i.code === 'not-read').map((i) => i.file).sort();
    assert.deepEqual(skipped, ['2021', '2024-old/', '名册.xlsx', '２０２４/旧/']);
    assert.match(one(dataset.issues.filter((i) => i.file === '2024-old/'), 'not-read').zh, /文件夹名不是年份/);
  });

  it('makes two folders of one year, and a folder with no year, errors', async () => {
    const { dataset: twice } = await ingestFolder(await dataFolder({ '2024/a.xlsx': roster('A1'), '2024年/b.xlsx': roster('A2') }));
    assert.match(one(twice.issues, 'duplicate-year-folder').zh, /“2024年”与“2024”都表示 2024 年/);
    const { dataset: none } = await ingestFolder(await dataFolder({ '2024-old/a.xlsx': roster('A1'), 'notes.txt': 'x' }));
    const e = one(none.issues, 'no-years');
    assert.equal(e.severity, 'error');
    assert.match(e.en, /No reporting year has any data/);
  });
});

describe('2 duplicates', () => {
  it('an identical copy of a workbook is an error naming both files', async () => {
    const t = training([['A1', null, '县培', '县级', 24, '2024-05-01']]);
    const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': roster('A1'), '2024/培训.xlsx': t, '2024/培训(1).xlsx': t }));
    const e = one(dataset.issues, 'duplicate-file');
    assert.equal(e.file, '2024/培训(1).xlsx');
    assert.match(e.zh, /与 2024\/培训\.xlsx 内容完全相同/);
    assert.equal(dataset.issues.filter((i) => i.file === '2024/培训(1).xlsx').length, 1, 'the copy is reported once, not again for every row it repeats');
  });

  it('rows identical in two files of one year and kind are an error naming both places; a copy by name is a warning', async () => {
    const rows: Cell[][] = [['A1', '甲', '县培', '县级', 24, '2024-05-01'], ['A2', '乙', '国培', '国家级', 40, '2024-06-01']];
    const { dataset } = await ingestFolder(await dataFolder({
      '2024/名册.xlsx': roster('A1', 'A2'),
      '2024/培训.xlsx': training(rows, '2024年培训'),
      '2024/培训 - 副本.xlsx': training([...rows, ['A1', '甲', '校本', '校级', 8, '2024-07-01']], '2024年培训（补报）'),
    }));
    const e = one(dataset.issues, 'duplicate-rows');
    assert.deepEqual([e.file, e.sheet, e.cell], ['2024/培训 - 副本.xlsx', '培训', 'A3']);
    assert.match(e.zh, /本表有 2 行与 2024\/培训\.xlsx › 培训 的行完全相同（第一处：第 3 行 = 第 3 行）/);
    assert.match(one(dataset.issues, 'copy-name').zh, /像是 2024\/培训\.xlsx 的副本/);
  });
});

describe('3 sheets taken for the wrong kind', () => {
  it('ignores a per-school summary sheet, so pupils are not counted twice', async () => {
    const schools = xlsxFile(
      { name: '学校', rows: [['学校名称', '学段', '城乡', '在校生数'], ['城关小学', '小学', '城区', 600]] },
      { name: '汇总', rows: [['学校名称', '学段', '城乡', '教职工数'], ['城关小学', '小学', '城区', 40]] },
    );
    const { dataset, config } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': roster('A1', 'A2', 'A3'), '2024/学校.xlsx': schools }));
    assert.deepEqual(errors(dataset.issues), []);
    assert.equal(one(dataset.issues, 'summary-sheet').sheet, '汇总');
    assert.equal(rowsOf(dataset, 2024, 'schools')?.length, 1);
    assert.equal(total('student_teacher_ratio', dataset, config)?.value, 200);
  });

  it('a school listed in two schools sheets is an error naming both', async () => {
    const sheet = (name: string) => ({ name, rows: [['学校名称', '学段', '城乡', '在校生数'], ['城关小学', '小学', '城区', 600]] });
    const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': roster('A1'), '2024/学校.xlsx': xlsxFile(sheet('学校'), sheet('学校2')) }));
    assert.match(one(dataset.issues, 'school-twice').zh, /另见 2024\/学校\.xlsx › 学校 › 第 2 行/);
  });

  it('notes a hidden lookup sheet of vocabularies instead of stopping the build', async () => {
    const bytes = xlsxFile({ name: '名册', rows: [[...ROSTER_HEADER], rosterRow('A1')] }, { name: '字典', rows: [['学段', '城乡', '岗位类别', '最高学历', '专业技术职务'], ['小学', '城区', '专任教师', '本科', '一级'], ['初中', '乡村', '行政人员', '专科', '二级']] });
    const wb = XLSX.read(bytes, { type: 'buffer' });
    wb.Workbook = { ...(wb.Workbook ?? {}), Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
    const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' })) }));
    assert.deepEqual(errors(dataset.issues), []);
    const note = one(dataset.issues, 'hidden-sheet');
    assert.equal(note.sheet, '字典');
    assert.match(note.zh, /隐藏的工作表，未识别的工作表，已忽略/);
    assert.equal(rowsOf(dataset, 2024, 'roster')?.length, 1);
  });

  it('a sheet missing required columns reports them and still checks every other cell', async () => {
    const header = ROSTER_HEADER.filter((h) => h !== '性别');
    const drop = (r: Cell[]) => r.filter((_, i) => i !== 2);
    const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': xlsxFile({ rows: [header, drop(rosterRow('A1')), drop(rosterRow('A2', { 最高学历: '博士后' }))] }) }));
    assert.match(one(dataset.issues, 'missing-column').zh, /缺少必填列：性别/);
    assert.equal(one(dataset.issues, 'unknown-value').cell, 'H3');
    assert.ok(!codes(dataset.issues).includes('empty-sheet'), 'no false "header but no rows"');
  });
});

describe('4 headers and merged cells', () => {
  it('joins a group row over its sub-headers (骨干教师 over 类别/级别), so backbone teachers are counted', async () => {
    const top = [...ROSTER_HEADER, '骨干教师', null];
    const sub = [...ROSTER_HEADER.map(() => null), '类别', '级别'];
    const merges = [...ROSTER_HEADER.map((_, c) => ({ s: { r: 0, c }, e: { r: 1, c } })), { s: { r: 0, c: 10 }, e: { r: 0, c: 11 } }];
    const rows = [top, sub, [...rosterRow('A1'), '骨干教师', '市级'], [...rosterRow('A2'), '学科带头人', '县级'], [...rosterRow('A3'), '无', '无']];
    const { dataset, config } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': xlsxFile({ rows, merges }) }));
    assert.deepEqual(errors(dataset.issues), []);
    assert.equal(rowsOf(dataset, 2024, 'roster')?.[0]?.['backboneLevel'], '市级');
    assert.equal(total('backbone_count', dataset, config)?.value, 2);
  });

  it('fills a school name merged down several data rows into each of them, with a notice', async () => {
    const rows = [[...ROSTER_HEADER], rosterRow('A1', { 学校名称: '二小' }), rosterRow('A2', { 学校名称: null }), rosterRow('A3', { 学校名称: null })];
    const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': xlsxFile({ rows, merges: [{ s: { r: 1, c: 4 }, e: { r: 3, c: 4 } }] }) }));
    assert.deepEqual(errors(dataset.issues), []);
    assert.deepEqual(rowsOf(dataset, 2024, 'roster')?.map((r) => r['school']), ['二小', '二小', '二小']);
    assert.match(one(dataset.issues, 'merged-cells').zh, /E2:E4/);
  });

  it('a header below row 15 is an error, not a roster silently left out', async () => {
    const rows = [...Array.from({ length: 16 }, (_, i) => [`说明第${i + 1}行`]), [...ROSTER_HEADER], rosterRow('A1')];
    const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': xlsxFile({ name: '名册', rows }) }));
    const e = one(dataset.issues, 'header-too-low');
    assert.deepEqual([e.severity, e.sheet, e.cell], ['error', '名册', 'A17']);
    assert.match(e.zh, /第 17 行像是“教职工名册”的表头/);
  });
});

describe('5 identifiers', () => {
  it("reads '0001 and =\"0001\" as 0001, so training links to the roster", async () => {
    const csv = `${TRAINING.join(',')}\r\n="0001",甲,县培,县级,24,2024-05-01\r\n'0002,乙,县培,县级,24,2024-05-01\r\n`;
    const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': roster('0001', '0002'), '2024/培训.csv': csv }));
    assert.deepEqual(dataset.issues.filter((i) => i.severity === 'error' || i.code === 'unknown-person'), []);
    const people = new Set(rowsOf(dataset, 2024, 'roster')?.map((r) => r['person']));
    assert.ok(rowsOf(dataset, 2024, 'training')?.every((r) => people.has(String(r['person']))));
  });

  it('more than 5% of event rows naming no roster person is an error on the column', async () => {
    const rows = Array.from({ length: 40 }, (_, i): Cell[] => [`X${i}`, null, '县培', '县级', 24, '2024-05-01']);
    const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': roster('A1'), '2024/培训.xlsx': training(rows) }));
    const e = one(dataset.issues, 'unmatched-people');
    assert.deepEqual([e.file, e.sheet, e.cell], ['2024/培训.xlsx', '培训', 'A:A']);
    assert.match(e.zh, /40 行中有 40 行（100\.0%）/);
  });
});

describe('6 dates typed as numbers', () => {
  const header = [...ROSTER_HEADER, '进本校年月'];
  it('reads 2012.09 and 2012.10 (stored 2012.1, shown by its format) as year and month', async () => {
    const rows = [header, [...rosterRow('A1'), 2012.09], [...rosterRow('A2'), 2012.1]];
    const edit = (ws: XLSX.WorkSheet) => { ws['K3']!.z = '0.00'; };
    const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': xlsxFile({ rows, edit }) }));
    assert.deepEqual(errors(dataset.issues), []);
    assert.deepEqual(rowsOf(dataset, 2024, 'roster')?.map((r) => r['schoolStart']), ['2012-09-01', '2012-10-01']);
  });

  it('a bare year, or 2012.1 with nothing to tell January from October, is an error showing the clerk\'s value', async () => {
    const rows = [header, [...rosterRow('A1'), 2012], [...rosterRow('A2'), 2012.1]];
    const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': xlsxFile({ rows }) }));
    assert.match(one(dataset.issues, 'year-only').zh, /“进本校年月”的值 “2012” 只有年份/);
    assert.equal(one(dataset.issues, 'year-only').cell, 'K2');
    assert.match(one(dataset.issues, 'ambiguous-month').zh, /“2012\.1” 是数字，无法分辨是1月还是10月/);
  });
});

describe('8 formula injection', () => {
  it('neutralises text that a spreadsheet would run, and leaves numbers as numbers', () => {
    assert.equal(csvCell('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
    assert.equal(csvCell('+1+1'), `"'+1+1"`);
    assert.equal(csvCell('-2+3'), `"'-2+3"`);
    assert.equal(csvCell('@SUM(A1)'), `"'@SUM(A1)"`);
    assert.equal(csvCell(-2.5), '-2.5');
    assert.equal(csvCell('城关小学'), '城关小学');
    assert.match(toCsv(['category', 'value'], [{ category: '=1+1', value: -3 }]), /^\uFEFFcategory,value\r\n"'=1\+1",-3\r\n$/);
  });
});

describe('9 size', () => {
  it('reads a city-size sheet of 150,000 rows', async () => {
    const lines = [TRAINING.join(',')];
    for (let i = 0; i < 150_000; i++) lines.push(`T${i % 5000},,县培,县级,24,2024-05-01`);
    const { dataset } = await ingestFolder(await dataFolder({ '2024/培训.csv': lines.join('\n') }));
    assert.deepEqual(errors(dataset.issues), []);
    assert.equal(rowsOf(dataset, 2024, 'training')?.length, 150_000);
  });

  it('refuses a workbook whose parts inflate past ingest.max_inflated_mb, before inflating it', async () => {
    const xml = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${' '.repeat(3 * 1024 * 1024)}</sheetData></worksheet>`;
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new TextEncoder().encode(xml) }, { level: 9 });
    assert.ok(bomb.length < 50_000);
    const dir = await dataFolder({ 'site.yaml': 'ingest:\n  max_inflated_mb: 1\n', '2024/名册.xlsx': bomb });
    const e = one((await ingestFolder(dir)).dataset.issues, 'too-large');
    assert.match(e.zh, /文件解压后过大（xl\/worksheets\/sheet1\.xml 约 3 MB，上限 1 MB）/);
  });

  it('refuses a sheet whose XML is longer than a string can be (SheetJS reads a sheet as one), and says to split it', () => {
    // A real one needs 512 MB of XML; the same check with a 1 MB part limit.
    const xml = `<worksheet><sheetData>${' '.repeat(2 * 1024 * 1024)}</sheetData></worksheet>`;
    const book = zipSync({ 'xl/worksheets/sheet1.xml': new TextEncoder().encode(xml) }, { level: 9 });
    assert.equal(MAX_PART_BYTES, 536_870_888);
    const problem = checkContainer(book, 'zip', 2048 * 1024 * 1024, 1024 * 1024);
    assert.deepEqual(problem, { kind: 'too-large', entry: 'xl/worksheets/sheet1.xml', bytes: xml.length, onePart: true });
    const [zh, en] = readFailureText(problem!);
    assert.match(zh, /工作表 xl\/worksheets\/sheet1\.xml 解压后约 2 MB，超过单张工作表可读取的上限（约 512 MB/);
    assert.match(zh, /拆成几张工作表或几个文件/);
    assert.match(en, /split it into several sheets or files/);
    assert.equal(checkContainer(book, 'zip', 2048 * 1024 * 1024), null); // under the real limit: read
  });

  it('stops a reader that runs out of its memory limit with an error, not a crash', async () => {
    const lines = [TRAINING.join(',')];
    for (let i = 0; i < 400_000; i++) lines.push(`T${i},,县培,县级,24,2024-05-01`);
    const dir = await dataFolder({ 'site.yaml': 'ingest:\n  max_memory_mb: 64\n', '2024/培训.csv': lines.join('\n'), '2024/名册.xlsx': roster('A1') });
    const { dataset } = await ingestFolder(dir);
    const e = one(dataset.issues, 'read-memory');
    assert.equal(e.file, '2024/培训.csv');
    assert.match(e.zh, /内存超过 64 MB 上限/);
    assert.equal(rowsOf(dataset, 2024, 'roster')?.length, 1, 'the other files are still read and reported');
  });
});

describe('9 time', () => {
  it('stops a reader that runs past ingest.max_seconds with an error naming the limit', async () => {
    const dir = await dataFolder({ 'site.yaml': 'ingest:\n  max_seconds: 0.001\n', '2024/名册.xlsx': roster('A1') });
    const e = one((await ingestFolder(dir)).dataset.issues, 'read-timeout');
    assert.equal(e.file, '2024/名册.xlsx');
    assert.match(e.zh, /读取超过 0\.001 秒仍未完成，已停止/);
  });
});

describe('10 messages a clerk can act on', () => {
  it('an encrypted workbook, a damaged one and a 0-byte file each say so in Chinese and English', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array(64));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(4096));
    const encrypted = new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
    const damaged = roster('A1').subarray(0, 600);
    const { dataset } = await ingestFolder(await dataFolder({ '2024/加密.xlsx': encrypted, '2024/损坏.xlsx': damaged, '2024/空.xlsx': new Uint8Array(0), '2023/名册.xlsx': roster('A1') }));
    assert.match(one(dataset.issues, 'encrypted').zh, /文件设置了打开密码/);
    assert.match(one(dataset.issues, 'damaged').zh, /文件已损坏/);
    assert.match(one(dataset.issues, 'empty-file').zh, /文件是空的（0 字节）/);
    assert.ok(errors(dataset.issues).every((e) => !/[A-Za-z]{4,}/.test(e.zh.replace(/Excel|WPS|File|Info|Protect|Workbook|xlsx/g, ''))), 'no raw English in the Chinese');
  });

  it('reads a UTF-16 tab-separated "Unicode 文本" export', async () => {
    const text = `\uFEFF${ROSTER_HEADER.join('\t')}\r\n${rosterRow('A1').join('\t')}\r\n`;
    const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.csv': Buffer.from(text, 'utf16le') }));
    assert.deepEqual(errors(dataset.issues), []);
    assert.equal(rowsOf(dataset, 2024, 'roster')?.[0]?.['school'], '城关小学');
  });

  it('skips a spaced total row (合  计, 共计) with one notice, not errors on its empty cells', async () => {
    const rows = [[...ROSTER_HEADER], rosterRow('A1'), ['合  计', null, null, null, null], [null, '共计：1人']];
    const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': xlsxFile({ name: '名册', rows }) }));
    assert.deepEqual(errors(dataset.issues), []);
    assert.match(one(dataset.issues, 'total-row').zh, /合计行已跳过，不计入数据（第 3、4 行）/);
  });
});

describe('6, 7 the clerk\'s own value, never a person\'s', () => {
  it('a future date typed as text is shown as typed, with how it was read', async () => {
    const rows: Cell[][] = [['教师编号', '类型', '日期'], ['A1', '退休', '2099.3']];
    const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': roster('A1'), '2024/减员.xlsx': xlsxFile({ name: '减员', rows }) }));
    const e = one(dataset.issues, 'future-date');
    assert.deepEqual([e.sheet, e.cell], ['减员', 'C2']);
    assert.match(e.zh, /日期 “2099\.3”（读作 2099-03-01）晚于今天/);
  });

  it('does not print a name that a shifted column put under 性别; the cell says where to look', async () => {
    const rows = [[...ROSTER_HEADER], rosterRow('A1', { 性别: '测试A1' })];
    const { dataset } = await ingestFolder(await dataFolder({ '2024/名册.xlsx': xlsxFile({ rows }) }));
    const e = one(dataset.issues, 'unknown-value');
    assert.equal(e.cell, 'C2');
    assert.ok(!(e.zh + e.en).includes('测试A1'), e.zh);
    assert.match(e.zh, /“＊＊＊”/);
  });
});
