/**
 * The common .xlsx read in one pass over each sheet's XML, for the cells ingest keeps: the
 * same cells SheetJS 0.20.3 gives `readWorkbook` (dense, raw, cellText: false, cellNF), held
 * equal to it on every sample workbook and on hand-written XML of each case below
 * (tests/ingest/xlsx-reader.test.ts). SheetJS builds a cell object for every cell and
 * matches each tag with regular expressions; this reads a cell with a few `indexOf`s and
 * shares one cell object between the cells of one shared string, so a county's workbooks
 * read in about a third of SheetJS's time.
 *
 * It reads only what it is sure of. Anything else (another workbook part name, a chart sheet,
 * a number format id past 392 that SheetJS renumbers, a `t="d"` date cell, CDATA, a malformed
 * cell reference, a string index past the table) returns null, and SheetJS reads the file
 * as before: the fast path is never a second, different reading of a workbook.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { CellRange, RawCell } from './workbook.ts';

export interface FastSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly rows: (RawCell | undefined)[][];
  readonly merges: CellRange[];
}
export interface FastWorkbook {
  readonly date1904: boolean;
  readonly sheets: FastSheet[];
}

/** The text Excel would show for a number (SheetJS's SSF), given the cell's number format. */
export type ShownText = (format: string | undefined, value: number) => string | undefined;

/** Thrown inside the reader for anything it does not read exactly as SheetJS; caught at the top. */
class NotCommon extends Error {}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };
const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const CODE = /_x([\da-fA-F]{4})_/gi;
/** SheetJS's unescapexml, quirks and all (an entity it does not know in upper case reads as U+0000, as there). */
function unescapeXml(text: string, xlsx: boolean): string {
  if (text.includes('<![CDATA[')) throw new NotCommon();
  let out = text;
  if (out.includes('&')) out = out.replace(ENTITY, (all: string, code: string | undefined) => ENTITIES[all] || String.fromCharCode(parseInt(code!, all.includes('x') ? 16 : 10)) || all);
  if (out.includes('_x') || out.includes('_X')) out = out.replace(CODE, (_m, c: string) => String.fromCharCode(parseInt(c, 16)));
  return xlsx && out.includes('\r\n') ? out.replace(/\r\n/g, '\n') : out;
}

/** name → value of a tag's attributes, from `<` to its `>` (prefixes kept, as written). */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s=<>/"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1]!, m[2] ?? m[3]!);
  return out;
}
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Every opening or empty tag of the given local name, with its attributes. */
function tags(xml: string, name: string): Map<string, string>[] {
  return [...xml.matchAll(new RegExp(`<(?:\\w+:)?${name}\\b[^<>]*>`, 'g'))].map((m) => attributes(m[0]));
}

/** A shared string or inline string (`<si>`, `<is>` content), as SheetJS's parse_si reads it. */
const RUN = /<(?:\w+:)?r\b[^<>]*>/;
const RUN_TEXT = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[^<>]*>[\s\S]*?<\/(?:\w+:)?rPh>/g;
function stringItem(x: string): string | undefined {
  if (!x) return '';
  if (/^\s*<(?:\w+:)?t[^>]*>/.test(x)) return unescapeXml(x.slice(x.indexOf('>') + 1).split(/<\/(?:\w+:)?t>/)[0] ?? '', true);
  if (RUN.test(x)) return unescapeXml([...x.replace(PHONETIC, '').matchAll(RUN_TEXT)].map((m) => m[1]).join('').replace(/<[^<>]*>/g, ''), true);
  return undefined;
}

function sharedStrings(xml: string | undefined): (string | undefined)[] {
  if (!xml) return [];
  const start = /<(?:\w+:)?sst\b[^>]*>/.exec(xml);
  if (!start) return [];
  if (/<(?:\w+:)?si\b[^>]*\/>|<(?:\w+:)?si\s[^>]*>/.test(xml)) throw new NotCommon(); // an empty or attributed item: read as SheetJS reads it
  const end = xml.search(/<\/(?:\w+:)?sst>/);
  const body = xml.slice(start.index + start[0].length, end < 0 ? undefined : end);
  return body.replace(/<(?:\w+:)?(?:si|sstItem)>/g, '').split(/<\/(?:\w+:)?(?:si|sstItem)>/).map((s) => stringItem(s.trim()));
}

/** Each cell style's number format, by style index (SheetJS's table after the workbook's own formats). */
function cellFormats(xml: string | undefined, builtin: Readonly<Record<number, string>>): (string | undefined)[] | null {
  if (!xml) return null;
  const table: Record<number, string> = { ...builtin };
  for (const f of tags(xml, 'numFmt')) {
    const id = parseInt(f.get('numFmtId') ?? '', 10);
    if (!(id <= 0x188)) throw new NotCommon(); // SheetJS renumbers these
    if (id > 0) table[id] = unescapeXml(f.get('formatCode') ?? '', false);
  }
  const block = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  if (!block) return /<(?:\w+:)?cellXfs\b/.test(xml) ? [] : null;
  return tags(block[1]!, 'xf').map((xf) => {
    const id = xf.get('numFmtId');
    const n = id ? parseInt(id, 10) : 0;
    if (n > 0x188) throw new NotCommon();
    return table[n];
  });
}

const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);
const SLASH = 47;
const GT = 62;

/** One worksheet's kept cells and merged ranges. */
function readSheet(xml: string, strings: readonly (string | undefined)[], formats: readonly (string | undefined)[] | null, general: string | undefined, shownOf: ShownText): { rows: (RawCell | undefined)[][]; merges: CellRange[] } {
  const rows: (RawCell | undefined)[][] = [];
  const open = /<(\w+:)?sheetData\b[^>]*>/.exec(xml);
  let after = 0;
  if (open && !open[0].endsWith('/>')) {
    const prefix = open[1] ?? '';
    const end = xml.indexOf(`</${prefix}sheetData>`, open.index);
    if (end < 0) throw new NotCommon();
    after = end;
    // One shared cell per shared string, one per repeated text or number: cells are never changed after reading.
    const byString = new Map<number, RawCell | undefined>();
    const byText = new Map<string, RawCell>();
    const byNumber = new Map<string, RawCell>();
    let rowIndex = -1;
    let column = -1;
    let at = open.index + open[0].length;
    while (true) {
      const lt = xml.indexOf('<', at);
      if (lt < 0 || lt >= end) break;
      const gt = xml.indexOf('>', lt);
      const closing = xml.charCodeAt(lt + 1) === SLASH;
      let nameEnd = lt + 1;
      while (nameEnd < gt) {
        const ch = xml.charCodeAt(nameEnd);
        if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === SLASH) break;
        nameEnd++;
      }
      const name = localName(xml.slice(closing ? lt + 2 : lt + 1, nameEnd));
      at = gt + 1;
      if (closing) continue;
      if (name === 'row') {
        const r = attribute(xml, nameEnd, gt, 'r');
        rowIndex = r !== undefined ? parseInt(r, 10) - 1 : rowIndex + 1;
        column = -1;
        continue;
      }
      if (name !== 'c') {
        if (name === 'sheetData') throw new NotCommon();
        continue;
      }
      const empty = xml.charCodeAt(gt - 1) === SLASH;
      cellAttributes(xml, nameEnd, gt);
      const ref = cellRef;
      const type = cellType;
      const style = cellStyle;
      let r = rowIndex;
      if (ref !== undefined) {
        let c = 0;
        let row = 0;
        let i = 0;
        for (; i < ref.length; i++) {
          const ch = ref.charCodeAt(i);
          if (ch < 65 || ch > 90) break;
          c = 26 * c + (ch - 64);
        }
        if (i === 0 || i === ref.length) throw new NotCommon();
        for (; i < ref.length; i++) {
          const ch = ref.charCodeAt(i);
          if (ch < 48 || ch > 57) throw new NotCommon();
          row = 10 * row + (ch - 48);
        }
        column = c - 1;
        r = row - 1;
      } else column++;
      // The cell's value (<v>) and inline string (<is>), if any.
      let v: string | undefined;
      let inline: string | undefined;
      if (!empty) {
        const prefix = xml.slice(lt + 1, nameEnd).slice(0, -1); // `x:` of `<x:c`, or ''
        const close = xml.indexOf(`</${prefix}c>`, gt);
        if (close < 0 || close > end) throw new NotCommon();
        let i = gt + 1;
        while (i < close) {
          const tagStart = xml.indexOf('<', i);
          if (tagStart < 0 || tagStart >= close) break;
          const tagEnd = xml.indexOf('>', tagStart);
          let n = tagStart + 1;
          while (n < tagEnd) {
            const ch = xml.charCodeAt(n);
            if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === SLASH || ch === GT) break;
            n++;
          }
          const tagName = localName(xml.slice(tagStart + 1, n));
          i = tagEnd + 1;
          if (xml.charCodeAt(tagEnd - 1) === SLASH || xml.charCodeAt(tagStart + 1) === SLASH) continue;
          if (tagName === 'v' && v === undefined) {
            const valueEnd = xml.indexOf('<', i);
            v = xml.slice(i, valueEnd);
            i = valueEnd;
          } else if (tagName === 'is' && inline === undefined) {
            const isEnd = xml.indexOf(`</${xml.slice(tagStart + 1, n)}>`, i);
            if (isEnd < 0 || isEnd > close) throw new NotCommon();
            inline = xml.slice(i, isEnd);
            i = isEnd;
          }
        }
        at = close + prefix.length + 4;
      }
      if (v === '') v = undefined; // SheetJS: an empty <v></v> is no value
      let cell: RawCell | undefined;
      let keep = true;
      switch (type) {
        case undefined:
        case '':
        case 'n': {
          if (v === undefined) { keep = false; break; }
          const text = v.includes('&') || v.includes('_') ? unescapeXml(v, false) : v;
          if (text === '') { keep = false; break; }
          const value = parseFloat(text);
          if (value >= 1900 && value < 2101 && !Number.isInteger(value)) {
            // SheetJS: a style it has (its format may be undefined), else General
            const format = style !== undefined && formats && Object.hasOwn(formats, style) ? formats[style as unknown as number] : general;
            const shown = shownOf(format, value);
            cell = shown !== undefined ? { value, shown } : { value };
          } else {
            cell = byNumber.get(text);
            if (!cell) byNumber.set(text, (cell = { value }));
          }
          break;
        }
        case 's': {
          if (v === undefined) { keep = false; break; }
          const index = parseInt(unescapeXml(v, false), 10);
          if (!(index >= 0 && index < strings.length)) throw new NotCommon();
          if (byString.has(index)) cell = byString.get(index);
          else {
            const text = strings[index];
            cell = text === undefined ? undefined : { value: text };
            byString.set(index, cell);
          }
          break;
        }
        case 'str': {
          const text = v === undefined ? '' : unescapeXml(unescapeXml(v, false), true);
          cell = byText.get(text);
          if (!cell) byText.set(text, (cell = { value: text }));
          break;
        }
        case 'inlineStr': {
          const text = inline === undefined ? '' : stringItem(inline);
          if (text === undefined) { cell = undefined; break; }
          cell = byText.get(text);
          if (!cell) byText.set(text, (cell = { value: text }));
          break;
        }
        case 'b': {
          const text = v === undefined ? undefined : unescapeXml(v, false);
          cell = { value: text === '1' || text === 'true' };
          break;
        }
        case 'e': {
          const text = v === undefined ? '' : unescapeXml(v, false);
          cell = { value: null, error: EXCEL_ERRORS.has(text) ? text : '#ERROR' };
          break;
        }
        default:
          throw new NotCommon(); // t="d" and anything else
      }
      if (!keep) continue;
      if (r < 0 || column < 0) throw new NotCommon();
      (rows[r] ??= [])[column] = cell;
    }
  }
  const merges: CellRange[] = [];
  for (const m of xml.slice(after).matchAll(/<(?:\w+:)?mergeCell ref=["']([A-Z0-9:]+)['"]\s*[/]?>/g)) {
    const [s, e] = m[1]!.split(':') as [string, string?];
    merges.push({ s: cellOf(s), e: cellOf(e ?? s) });
  }
  return { rows, merges };
}

/** SheetJS's decode_cell. */
function cellOf(ref: string): { r: number; c: number } {
  let r = 0;
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 48 && ch <= 57) r = 10 * r + (ch - 48);
    else if (ch >= 65 && ch <= 90) c = 26 * c + (ch - 64);
  }
  return { r: r - 1, c: c - 1 };
}

/** The attribute of a name without prefix in the tag between `from` and `to`, read as written. */
function attribute(xml: string, from: number, to: number, name: string): string | undefined {
  let found: string | undefined;
  eachAttribute(xml, from, to, (start, length, value) => {
    if (length === name.length && xml.startsWith(name, start)) found = value;
  });
  return found;
}

/** A cell's r, t and s (read in one pass: a sheet has millions of cells). */
let cellRef: string | undefined;
let cellType: string | undefined;
let cellStyle: string | undefined;
function cellAttributes(xml: string, from: number, to: number): void {
  cellRef = cellType = cellStyle = undefined;
  eachAttribute(xml, from, to, cellAttribute);
}
function cellAttribute(start: number, length: number, value: string, xml: string): void {
  if (length !== 1) return;
  const ch = xml.charCodeAt(start);
  if (ch === 114 /* r */) cellRef = value;
  else if (ch === 116 /* t */) cellType = value;
  else if (ch === 115 /* s */) cellStyle = value;
}

/** Each `name="value"` between `from` and `to`: the name's start and length, and the value. */
function eachAttribute(xml: string, from: number, to: number, each: (start: number, length: number, value: string, xml: string) => void): void {
  let i = from;
  while (i < to) {
    const eq = xml.indexOf('=', i);
    if (eq < 0 || eq >= to) return;
    let s = eq - 1;
    while (s > i && xml.charCodeAt(s) === 32) s--;
    let b = s;
    while (b > i) {
      const ch = xml.charCodeAt(b - 1);
      if (ch === 32 || ch === 9 || ch === 10 || ch === 13) break;
      b--;
    }
    let q = eq + 1;
    while (xml.charCodeAt(q) === 32) q++;
    const quote = xml.charCodeAt(q);
    if (quote !== 34 && quote !== 39) throw new NotCommon();
    const close = xml.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (close < 0 || close > to) throw new NotCommon();
    each(b, s + 1 - b, xml.slice(q + 1, close), xml);
    i = close + 1;
  }
}

/** Workbook parts by lower-case path (tools differ in case: xl/SharedStrings.xml). */
function parts(bytes: Uint8Array): Map<string, Uint8Array> {
  const files = unzipSync(bytes, { filter: (f) => /^xl\/([^/]+\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/i.test(f.name) });
  return new Map(Object.entries(files).map(([name, data]) => [name.toLowerCase(), data]));
}
const text = (data: Uint8Array | undefined): string | undefined => data && (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? strFromU8(data.subarray(3)) : strFromU8(data));

const REL_WORKSHEET = /\/worksheet$/;
const REL_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;

/**
 * The workbook's sheets, or null where SheetJS must read it. `builtin` is SheetJS's own table of
 * number formats before any workbook's, `shownOf` its formatter.
 */
export function readCommonXlsx(bytes: Uint8Array, builtin: Readonly<Record<number, string>>, shownOf: ShownText): FastWorkbook | null {
  try {
    const files = parts(bytes);
    const workbook = text(files.get('xl/workbook.xml'));
    const relsXml = text(files.get('xl/_rels/workbook.xml.rels'));
    if (!workbook || !relsXml || /^<\?xml[^>]*encoding="(?!utf-8)/i.test(workbook)) return null;
    const rels = new Map<string, { type: string; target: string }>();
    for (const rel of tags(relsXml, 'Relationship')) {
      const target = rel.get('Target') ?? '';
      if (rel.get('TargetMode') === 'External') continue;
      rels.set(rel.get('Id') ?? '', { type: rel.get('Type') ?? '', target: (target.startsWith('/') ? target.slice(1) : `xl/${target}`).toLowerCase() });
    }
    const partOf = (re: RegExp, fallback: string) => [...rels.values()].find((r) => re.test(r.type))?.target ?? fallback;
    const stringsPart = partOf(REL_STRINGS, 'xl/sharedstrings.xml');
    const stylesPart = partOf(REL_STYLES, 'xl/styles.xml');
    const strings = sharedStrings(text(files.get(stringsPart)));
    const formats = cellFormats(text(files.get(stylesPart)), builtin);
    const general = builtin[0];
    const props = tags(workbook, 'workbookPr')[0];
    const flag = props?.get('date1904');
    const date1904 = flag === '1' || flag === 'true';
    const sheets: FastSheet[] = [];
    for (const sheet of tags(workbook, 'sheet')) {
      const idKey = [...sheet.keys()].find((k) => /(^|:)id$/.test(k) && k !== 'sheetId');
      const rel = idKey ? rels.get(sheet.get(idKey)!) : undefined;
      if (!rel || !REL_WORKSHEET.test(rel.type)) return null; // a chart sheet, a macro sheet …
      const xml = text(files.get(rel.target.replace(/\/\.\//g, '/')));
      if (xml === undefined) return null;
      const state = sheet.get('state');
      sheets.push({ name: unescapeXml(sheet.get('name') ?? '', false), hidden: state === 'hidden' || state === 'veryHidden', ...readSheet(xml, strings, formats, general, shownOf) });
    }
    return { date1904, sheets };
  } catch {
    return null; // NotCommon, or a part that does not parse: SheetJS reads it, and says what is wrong if anything is
  }
}
