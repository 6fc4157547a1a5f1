/**
 * The one-pass .xlsx reader must read every workbook exactly as SheetJS does, or hand it back
 * to SheetJS: a workbook read two ways would be two sets of figures. Each case is read both
 * ways through `readWorkbook` and compared cell by cell.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { readWorkbook, type RawWorkbook } from '../../src/lib/ingest/workbook.ts';
import { readCommonXlsx } from '../../src/lib/ingest/xlsx-reader.ts';

/** Holes and undefined read alike (parseSheet reads them alike). */
const plain = (wb: ReturnType<typeof readWorkbook>) => 'kind' in wb ? wb : {
  ...wb,
  sheets: wb.sheets.map((s) => ({ ...s, rows: Array.from(s.rows, (r) => (r === undefined ? undefined : Array.from(r))) })),
};
function sameBothWays(bytes: Uint8Array, what: string): RawWorkbook {
  const common = readWorkbook(bytes, '.xlsx', Infinity, 'common');
  assert.deepEqual(plain(common), plain(readWorkbook(bytes, '.xlsx', Infinity, 'sheetjs')), what);
  assert.ok(!('kind' in common), `${what}: read`);
  return common;
}
const readsItself = (bytes: Uint8Array) => readCommonXlsx(bytes, XLSX.SSF.get_table(), () => undefined) !== null;

/** A workbook of hand-written parts: what other tools write that SheetJS and ExcelJS never do. */
function handWritten(sheets: string[], { strings, styles, workbook }: { strings?: string; styles?: string; workbook?: string } = {}): Uint8Array {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}${strings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}${styles ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : ''}</Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(workbook ?? `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns}><workbookPr/><sheets>${sheets.map((_, i) => `<sheet name="表${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}${strings ? `<Relationship Id="rS" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>` : ''}${styles ? `<Relationship Id="rT" Type="${rel}/styles" Target="styles.xml"/>` : ''}</Relationships>`),
  };
  sheets.forEach((data, i) => { files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}>${data}</worksheet>`); });
  if (strings) files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><sst ${ns}>${strings}</sst>`);
  if (styles) files['xl/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><styleSheet ${ns}>${styles}</styleSheet>`);
  return zipSync(files);
}

describe('the one-pass .xlsx reader', () => {
  it('reads every sample workbook exactly as SheetJS does, and reads them itself', async () => {
    const dir = join(import.meta.dirname, '../../data');
    const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.xlsx'));
    assert.ok(files.length > 50);
    for (const e of files) {
      const bytes = await readFile(join(e.parentPath, e.name));
      sameBothWays(bytes, e.name);
      assert.ok(readsItself(bytes), e.name);
    }
  });

  it('reads SheetJS’s own writing: inline text, shared strings, numbers, booleans, errors, merges, hidden sheets, 1904 dates', () => {
    for (const bookSST of [false, true]) {
      const wb = XLSX.utils.book_new();
      const ws = XLSX.utils.aoa_to_sheet([
        ['教师编号', '姓名', '参加工作年月', '学时', '在编', '公式'],
        ['T001', '张三 & 李四 <甲>', 2012.1, 24, true, null],
        ['T002', '  留空格  ', 2012.09, 0.5, false, null],
        ['0012', '行一\r\n行二', 45566, -3, true, null],
      ]);
      ws['F2'] = { t: 'e', v: 0x2a };
      ws['F3'] = { t: 'e', v: 0x07 };
      ws['C3']!.z = '0.00';
      ws['!merges'] = [{ s: { r: 1, c: 3 }, e: { r: 2, c: 3 } }];
      XLSX.utils.book_append_sheet(wb, ws, '花名册');
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['隐藏']]), '隐藏表');
      wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }], WBProps: { date1904: bookSST } };
      const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST }) as Uint8Array;
      const read = sameBothWays(bytes, `bookSST ${bookSST}`);
      assert.ok(readsItself(bytes));
      assert.equal(read.date1904, bookSST);
      assert.deepEqual(read.sheets.map((s) => s.hidden), [false, true]);
      assert.deepEqual(read.sheets[0]!.rows[2]![2], { value: 2012.09, shown: '2012.09' }, 'a year.month keeps the text its format shows');
      assert.deepEqual(read.sheets[0]!.rows[2]![3], read.sheets[0]!.rows[1]![3], 'a merged cell reads its top-left value');
    }
  });

  it('reads ExcelJS’s writing: shared strings, custom number formats, rich text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('培训');
    ws.addRow(['教师编号', '培训项目', '学时', '开始日期']);
    ws.addRow(['T001', { richText: [{ text: '国培' }, { text: '计划', font: { bold: true } }] }, 24, 2024.05]);
    ws.addRow(['T002', '县级培训', 12.5, 2024.1]);
    ws.getCell('D2').numFmt = '0.00';
    ws.getCell('D3').numFmt = '0.0#';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const read = sameBothWays(bytes, 'ExcelJS');
    assert.ok(readsItself(bytes));
    assert.equal(read.sheets[0]!.rows[1]![1]!.value, '国培计划');
    assert.equal(read.sheets[0]!.rows[2]![3]!.shown, '2024.1');
  });

  it('reads what other tools write: prefixes, phonetic runs, escapes, cells and rows without references, empty values', () => {
    const strings = '<si><t>东关镇第二小学</t></si><si><r><t>国</t></r><r><rPr><b/></rPr><t xml:space="preserve">培 </t></r><rPh sb="0" eb="1"><t>ガク</t></rPh></si><si><t>A&amp;B_x000D_</t><phoneticPr fontId="1"/></si><si><t>&#x4E2D;&#20013;&AMP;</t></si>';
    const data = '<sheetData>'
      + '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>'
      + '<row><c t="inlineStr"><is><t>无引用</t></is></c><c s="1"/><c t="str"><f>A1</f><v>&amp;lt;式</v></c><c t="n"><v></v></c><c><v>2012.1</v></c></row>'
      + '<row r="5" spans="1:3"><c r="B5" t="b"><v>1</v></c><c r="C5" t="e"><v>#REF!</v></c><c r="D5" t="e"><v>#GETTING_DATA</v></c><c r="E5" t="str"/><c r="F5" t="inlineStr"/></row>'
      + '<row r="7"/>'
      + '</sheetData><mergeCells count="1"><mergeCell ref="A5:A6"/></mergeCells>';
    const prefixed = '<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="2"><x:v>1998.05</x:v></x:c></x:row></x:sheetData>';
    const styles = '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"><alignment horizontal="center"/></xf></cellXfs>';
    const bytes = handWritten([data, prefixed, '<sheetData/>'], { strings, styles });
    const read = sameBothWays(bytes, 'hand-written');
    assert.ok(readsItself(bytes));
    assert.deepEqual(read.sheets[0]!.rows[0]!.map((c) => c?.value), ['东关镇第二小学', '国培 ', 'A&B\r', '中中\u0000']);
    assert.deepEqual(read.sheets[1]!.rows[0]![1], { value: 1998.05, shown: '1998.05' });
  });

  it('hands SheetJS what it does not read itself, and SheetJS reads it', () => {
    const dated = handWritten(['<sheetData><row r="1"><c r="A1" t="d"><v>2024-09-01</v></c><c r="B1" t="s"><v>0</v></c></row></sheetData>'], { strings: '<si><t>x</t></si>' });
    const renumbered = handWritten(['<sheetData><row r="1"><c r="A1" s="1"><v>2012.1</v></c></row></sheetData>'], { styles: '<numFmts count="1"><numFmt numFmtId="400" formatCode="0.00"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="400"/></cellXfs>' });
    const absolute = handWritten(['<sheetData><row r="1"><c r="$A$1"><v>1</v></c></row></sheetData>']);
    for (const [what, bytes] of [['t="d"', dated], ['numFmtId past 392', renumbered], ['an absolute reference', absolute]] as const) {
      assert.equal(readsItself(bytes), false, what);
      sameBothWays(bytes, what);
    }
  });
});
