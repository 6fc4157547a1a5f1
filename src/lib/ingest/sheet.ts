/**
 * One sheet → typed records and issues. Every value is normalised through the field's
 * declared type; every problem names its cell.
 */
import type { FieldSpec, TableSpec } from './schema.ts';
import type { HeaderMatch } from './header.ts';
import type { IssueCode } from './codes.ts';
import type { RawCell, RawSheet } from './workbook.ts';
import { cellAddress, columnLetters, quote, type Issue } from './issues.ts';
import { keyOf, normaliseKey, normaliseText, parseDate, parseNumber } from './normalise.ts';
import { idCard18, identifierForm, looksLikeIdCard, maskQuotedSecrets, nameForm, personKey, rowDigest, secretDigest, validIdCard } from './identity.ts';
import { STAGES } from '../domain.ts';
import { lookup, POST_CLASSES, SCHOOL_TYPE_STAGES, STAGE, TEACHING_POINT_WORDS } from './vocabularies.ts';
import { NO_WORDS, valuesLines, type BureauWords } from './words.ts';

export type FieldValue = string | number | null;
/** A validated record; `row` is the 1-based spreadsheet row, for later messages. */
export type RecordRow = { readonly row: number } & Readonly<Record<string, FieldValue>>;

export interface ParsedSheet {
  readonly kind: TableSpec['kind'];
  readonly sheet: string;
  /** field key → column letters, for messages after parsing */
  readonly columns: Readonly<Record<string, string>>;
  readonly records: readonly RecordRow[];
  /** data rows seen, including rejected ones */
  readonly rowsRead: number;
  readonly rowsRejected: number;
  /** digests of the names and raw identifiers read, for the privacy check of the output */
  readonly secrets: readonly string[];
  /** a digest of every cell of each kept record's row (same order as `records`): finds rows entered twice */
  readonly digests: readonly string[];
  /**
   * The text a clerk typed for dates that later checks may reject (far from the folder's year),
   * keyed `field:row`, so those messages show the clerk's own value, not only the date read.
   */
  readonly dateText?: Readonly<Record<string, string>>;
  /**
   * Where a sheet gives both 教师编号 and 身份证件号: each hashed ID number with the staff
   * number's key, so a table keyed by ID number alone links to the same people (./people.ts).
   */
  readonly linked?: readonly (readonly [idcard: string, person: string])[];
  /** people of rows rejected for another cell (a bad date …): on the roster all the same, for the cross-table checks */
  readonly rejectedPeople?: readonly string[];
  /** required columns the sheet lacks that another source may supply (schema `supplied`; ./join.ts) */
  readonly lacking?: readonly string[];
}

export interface SheetContext {
  readonly file: string;
  /** the reporting year of the file's folder, when known */
  readonly year?: number | null;
  readonly date1904: boolean;
  readonly salt: string;
  /** the bureau's own words from site.yaml */
  readonly words?: BureauWords;
}

const NOTE_ROW = /^(填表|审核|制表|负责人|单位负责人|备注|注[:：]|说明|填报)/;
/**
 * The most values a sheet remembers per column: the values that recur (schools, levels, dates)
 * come early and are few; past this, values that are mostly one-offs (a province's 300,000
 * ids and names) are worked out each time rather than held in memory beside the workbook.
 */
const REMEMBERED = 50_000;
/** `make()`, remembered in `memory` under `key` while it holds fewer than REMEMBERED values. */
function remembered<K, V>(memory: Map<K, V>, key: K, make: () => V): V {
  let value = memory.get(key);
  if (value === undefined) {
    value = make();
    if (memory.size < REMEMBERED) memory.set(key, value);
  }
  return value;
}

/** The characters a NOTE_ROW or TOTAL_ROW starts with, or a star before them (normaliseKey drops stars). */
const MAY_BE_NOTE_OR_TOTAL = /^[填审制负单备注说合总小共累*✱★]/;
/** A total row (合  计 with spaces too): skipped, and said so. */
const TOTAL_ROW = /^(合计|总计|小计|共计|累计|总数)/;
type Parsed = { ok: true; value: FieldValue } | { ok: false; zh: string; en: string; code: IssueCode };
const ok = (value: FieldValue): Parsed => ({ ok: true, value });
const bad = (code: IssueCode, zh: string, en: string): Parsed => ({ ok: false, code, zh, en });

/** `text` is the cell's value through normaliseText. */
function identifierText(raw: RawCell['value'], text: string): string | null {
  if (typeof raw === 'number') {
    // Excel stores long digit strings as floats: past 15 digits the last ones are already lost.
    return Number.isSafeInteger(raw) && raw < 1e15 ? String(raw) : null;
  }
  return keyOf(text).toUpperCase();
}

const DATE_PROBLEMS = {
  'year-only': ['只有年份，缺少月份；应写成年月，如 2012.09 或 2012年9月', 'holds a year without a month; expected year and month such as 2012.09 or 2012年9月'],
  'ambiguous-month': ['是数字，无法分辨是1月还是10月（Excel 会把 2012.10 存成 2012.1）；请把该列设为文本，写成 2012.01 或 2012.10', 'is a number that cannot tell January from October (Excel stores 2012.10 as 2012.1); format the column as text and write 2012.01 or 2012.10'],
  'too-early': ['作为 Excel 日期序号读出的日期早于1920年，可能是把年份或“年.月”存成了数字；请写成 2012-09-01 或 2012年9月', 'read as an Excel date serial gives a date before 1920; perhaps a year or year.month was stored as a number; write it as 2012-09-01 or 2012年9月'],
} as const;

/**
 * A digest of `value`, remembered per salt across the sheets a worker reads: a person's id and
 * name recur in every row of theirs and in every table of the year (three trainings a year each).
 */
function remembers(digest: (value: string, salt: string) => string): (value: string, salt: string) => string {
  const bySalt = new Map<string, Map<string, string>>();
  return (value, salt) => {
    let memory = bySalt.get(salt);
    if (memory === undefined) bySalt.set(salt, (memory = new Map()));
    let d = memory.get(value);
    if (d === undefined) {
      if (memory.size > 500_000) memory.clear();
      memory.set(value, (d = digest(value, salt)));
    }
    return d;
  };
}
const memoKey = remembers(personKey);
const memoSecret = remembers(secretDigest);

/** `text` is the cell's value through normaliseText, worked out once per cell. */
function parseField(field: FieldSpec, raw: RawCell['value'], text: string, ctx: SheetContext, shown?: string): Parsed {
  const empty = raw === null || raw === undefined || text === '';
  if (empty) return field.required ? bad('missing-value', `必填项“${field.header}”为空。`, `Required column "${field.header}" is empty.`) : ok(null);
  switch (field.type) {
    case 'secret':
      return ok(null); // names are never kept
    case 'person':
    case 'idcard': {
      const id = identifierText(raw, text);
      if (id === null) return bad('id-as-number', '编号被 Excel 存成了数字，末几位已丢失（为保护隐私，此处不显示）；请将该列设为文本后重新导出。', 'The identifier was stored by Excel as a number and has lost its last digits (not shown, for privacy); format the column as text and export again.');
      if (field.type === 'idcard' && !looksLikeIdCard(id)) return bad('bad-idcard', `身份证件号格式不正确（应为18位）。`, `ID number is not in the 18-character form.`);
      // An old 15-digit ID number is keyed as its 18-digit form: the same person in another table.
      return ok(memoKey(field.type === 'idcard' ? idCard18(id) : id, ctx.salt));
    }
    case 'text':
      return ok(keyOf(text));
    case 'date': {
      const d = parseDate(raw, ctx.date1904, shown);
      if (d !== null && d in DATE_PROBLEMS) {
        const [zh, en] = DATE_PROBLEMS[d as keyof typeof DATE_PROBLEMS];
        return bad(d as keyof typeof DATE_PROBLEMS, `“${field.header}”的值 ${quote(shown ?? raw)} ${zh}。`, `${quote(shown ?? raw)} in "${field.header}" ${en}.`);
      }
      return d ? ok(d) : bad('bad-date', `${quote(raw)} 不是有效日期；应为日期，如 2024-09-01、2024/9/1、2024年9月或 2024.9。`, `${quote(raw)} is not a valid date; expected a date such as 2024-09-01, 2024/9/1, 2024年9月 or 2024.9.`);
    }
    case 'number': {
      const n = parseNumber(raw);
      if (n === null) return bad('bad-number', `“${field.header}”的值 ${quote(raw)} 不是数字；应为阿拉伯数字，在 ${field.min} 到 ${field.max} 之间。`, `${quote(raw)} in "${field.header}" is not a number; expected digits, from ${field.min} to ${field.max}.`);
      if (n < field.min || n > field.max) return bad('out-of-range', `${quote(raw)} 超出合理范围（应在 ${field.min} 到 ${field.max} 之间）。`, `${quote(raw)} is out of range (expected ${field.min} to ${field.max}).`);
      return ok(n);
    }
    case 'enum': {
      const key = keyOf(text);
      const value = lookup(field.vocabulary, key, (ctx.words ?? NO_WORDS).values[field.vocabulary.id]);
      if (value) return ok(value);
      if (field.key === 'post' && POST_CLASSES.includes(key)) {
        return bad('post-class', `“${field.header}”的值 ${quote(raw)} 是事业单位岗位类别（专业技术岗位、管理岗位、工勤技能岗位），不是教职工类别：专业技术岗位里既有专任教师也有教辅人员，不能换算。请加上“教职工类别”列（专任教师、行政人员、教辅人员、工勤人员、其他），如全国教师管理信息系统基本信息中的同名列。`,
          `${quote(raw)} in "${field.header}" is a public-institution post class (professional, managerial, skilled-service post), not the staff category: professional posts hold teachers and support staff alike and cannot be converted. Add the 教职工类别 (staff category) column (专任教师, 行政人员, 教辅人员, 工勤人员, 其他), as in the national teacher system's basic-information sheet.`);
      }
      const allowed = field.values.join('、');
      const lines = valuesLines(field, key);
      return bad('unknown-value', `“${field.header}”的值 ${quote(raw)} 不在允许范围内；应为：${allowed}。如这是贵单位的写法，在 site.yaml 中写明它对应的取值即可：\n${lines}`,
        `${quote(raw)} is not an allowed value of "${field.header}"; expected one of: ${field.values.join(', ')}. If it is your own word for one of them, say so once in site.yaml (lines above).`);
    }
    case 'stages': {
      const key = keyOf(text);
      const parts = (SCHOOL_TYPE_STAGES[key] ?? key.split(/[;；、,，/]/).filter(Boolean)).map((p) => lookup(STAGE, p) ?? p);
      const unknown = parts.filter((p) => !(STAGES as readonly string[]).includes(p));
      if (unknown.length) return bad('unknown-value', `学段 ${quote(raw)} 无法识别；应为 ${STAGES.join('、')} 中的一个或多个（用“;”分隔），或 九年一贯制、完全中学。`, `School stage ${quote(raw)} is not recognised; expected one or more of ${STAGES.join(', ')} separated by ";".`);
      return ok([...new Set(parts)].join(';'));
    }
  }
}

export function parseSheet(raw: RawSheet, header: HeaderMatch, ctx: SheetContext, issues: Issue[]): ParsedSheet {
  const { spec, columns } = header;
  const at = (cell: string) => ({ file: ctx.file, sheet: raw.name, cell });
  const headerRange = `A${header.headerRow + 1}:${columnLetters(Math.max(0, (raw.rows[header.headerRow]?.length ?? 1) - 1))}${header.headerRow + header.headerRows}`;
  const fields = spec.fields.filter((f) => columns.has(f.key));

  // A required column may be missing here and come from elsewhere: 性别 and 出生年月 from the
  // 18-digit ID number, 开始日期 from 培训年度, 学段 from the schools table … (schema `supplied`, `standIns`).
  const fromId = columns.has('idcard') ? spec.fields.filter((f) => spec.supplied?.[f.key] === 'idcard' && !columns.has(f.key)).map((f) => f.key) : [];
  const standingIn = (f: FieldSpec) => spec.standIns?.[f.key] !== undefined && columns.has(spec.standIns[f.key]!);
  const absent = spec.fields.filter((f) => f.required && !columns.has(f.key) && !fromId.includes(f.key) && !standingIn(f));
  const lacking = absent.filter((f) => spec.supplied?.[f.key] !== undefined && spec.supplied[f.key] !== 'idcard').map((f) => f.key);
  const missing = absent.filter((f) => !lacking.includes(f.key));
  const noIdentity = spec.identity === 'required' && !columns.has('person') && !columns.has('idcard');
  if (missing.length || noIdentity) {
    const names = [...missing.map((f) => f.header), ...(noIdentity ? ['教师编号（或身份证件号）'] : [])];
    const fromIdNote = missing.some((f) => spec.supplied?.[f.key] === 'idcard') ? ['（或加上“身份证件号”列，由18位证件号推算性别和出生年月）', ' (or add the 身份证件号 column: sex and birth date are read from an 18-digit ID number)'] : ['', ''];
    issues.push({ ...at(headerRange), severity: 'error', code: 'missing-column',
      zh: `识别为“${spec.zh}”，但缺少必填列：${names.join('、')}${fromIdNote[0]}。`,
      en: `Read as ${spec.en}, but required columns are missing: ${names.join(', ')}${fromIdNote[1]}.` });
    // Go on: every other cell is still checked and reported, so one pass shows the clerk everything.
  }
  const standIns = spec.fields.filter((f) => f.required && !columns.has(f.key) && standingIn(f));
  for (const f of standIns) {
    const other = spec.fields.find((x) => x.key === spec.standIns![f.key])!;
    issues.push({ ...at(headerRange), severity: 'warning', code: 'year-only-event',
      zh: `本表没有“${f.header}”列，按“${other.header}”计入年度（只有年份，没有具体日期）。`,
      en: `The sheet has no "${f.header}" column; records are placed in a year by "${other.header}" (a year, no date).` });
  }
  // 是否骨干教师 (省级/市级/区级/否, or 是/否 for 县级及以上) and 是否是特级教师 stand for 骨干类别 and 骨干级别 where those are absent.
  // (是否是特级教师 alone says nothing of other backbone teachers: then no backbone figure is made.)
  const flagBackbone = columns.has('backboneFlag') && !columns.has('backboneCategory');
  // Where both are given, 性别 and 出生年月 are checked against the ID number (the table's own value counts).
  const checkId = columns.has('idcard') ? (['sex', 'birth'] as const).filter((k) => spec.supplied?.[k] === 'idcard' && columns.has(k)) : [];

  const firstIssue = issues.length;
  const firstDataRow = header.headerRow + header.headerRows;
  const filled = raw.merges.filter((m) => m.s.r >= firstDataRow && m.e.r > m.s.r).map((m) => `${cellAddress(m.s.r, m.s.c)}:${cellAddress(m.e.r, m.e.c)}`);
  if (filled.length) {
    const list = filled.slice(0, 10).join(' ') + (filled.length > 10 ? ' …' : '');
    issues.push({ ...at(filled[0]!), severity: 'warning', code: 'merged-cells',
      zh: `数据区有 ${filled.length} 处纵向合并的单元格，已把合并区域左上角的值填入其覆盖的每一行：${list}。`,
      en: `${filled.length} merged range(s) in the data rows; each covered row takes the range's top-left value: ${list}.` });
  }
  const records: RecordRow[] = [];
  const notInPost: number[] = [];
  const digests: string[] = [];
  const totals: number[] = [];
  const dateText: Record<string, string> = {};
  const linked = new Map<string, string>();
  const rejectedPeople = new Set<string>();
  // Dates the cross-table checks may reject: in the future, or a birth date giving an age outside 16–75.
  const unusual = (key: string, date: string) => {
    if (!ctx.year) return false;
    const y = Number(date.slice(0, 4));
    return y > ctx.year || y < ctx.year - 76 || (key === 'birth' && y > ctx.year - 17);
  };
  const secrets = new Set<string>();
  const secretForms = new Set<string>(); // forms already digested into secrets
  // A sheet repeats its values (schools, levels, dates, a person's id and name on each of
  // their rows): each distinct value is normalised, digested and parsed once per column kind.
  // A value shown as text (`shown`, a year.month) is parsed each time.
  const normalised = new Map<string, string>();
  const textOf = (value: RawCell['value']): string => {
    if (typeof value !== 'string') return normaliseText(value);
    let text = normalised.get(value);
    if (text === undefined) {
      text = normaliseText(value);
      if (normalised.size < REMEMBERED) normalised.set(value, text);
    }
    return text;
  };
  // names by their cell's text; identifiers by value (a number and its text differ)
  const forms = { name: new Map<RawCell['value'], string>(), id: new Map<RawCell['value'], string>() };
  const parsedBefore = fields.map(() => new Map<RawCell['value'], Parsed>());
  const fieldColumns = fields.map((f) => columns.get(f.key)!);
  const secretFields = fields.map((f) => f.type === 'secret' || f.type === 'person' || f.type === 'idcard');
  let rowsRead = 0;
  let rowsRejected = 0;
  for (let r = header.headerRow + header.headerRows; r < raw.rows.length; r++) {
    const cells = raw.rows[r] ?? [];
    // Every index, not map: a sparse row (an empty first cell) must not hide its other cells.
    const texts = new Array<string>(cells.length);
    for (let i = 0; i < cells.length; i++) texts[i] = textOf(cells[i]?.value ?? null);
    const first = texts.find((t) => t !== '');
    if (first === undefined && !cells.some((c) => c?.error)) continue; // blank row
    // Only a row starting with one of their first characters (after stars) can be a note or a total.
    const firstKey = first === undefined || !MAY_BE_NOTE_OR_TOTAL.test(first) ? '' : normaliseKey(first);
    if (NOTE_ROW.test(firstKey)) continue; // 填表人：…
    if (TOTAL_ROW.test(firstKey)) {
      totals.push(r + 1);
      continue;
    }
    rowsRead++;
    const record: Record<string, FieldValue> = { row: r + 1 };
    let idcard: FieldValue = null;
    let rejected = false;
    let away = false;
    let flag: FieldValue = null;
    let special = false;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f]!;
      const c = fieldColumns[f]!;
      const cell = cells[c];
      if (cell?.error) {
        issues.push({ ...at(cellAddress(r, c)), severity: 'error', code: 'formula-error',
          zh: `单元格是公式错误 ${cell.error}；应为“${field.header}”的值。请修正公式或粘贴为数值。`,
          en: `The cell holds the formula error ${cell.error}; expected a value of "${field.header}". Fix the formula or paste values.` });
        rejected = true;
        continue;
      }
      if (secretFields[f] && cell?.value !== null && cell?.value !== undefined) {
        const text = texts[c]!;
        const form = field.type === 'secret'
          ? remembered(forms.name, cell.value, () => nameForm(keyOf(text)))
          : remembered(forms.id, cell.value, () => identifierForm(identifierText(cell.value, text) ?? ''));
        if (form && !secretForms.has(form)) {
          secretForms.add(form);
          secrets.add(memoSecret(form, ctx.salt));
        }
      }
      const value = cell?.value ?? null;
      // Each distinct value once per column (no closure per cell: this loop runs for every cell of a province).
      let parsed: Parsed | undefined;
      if (cell?.shown === undefined) {
        const memory = parsedBefore[f]!;
        parsed = memory.get(value);
        if (parsed === undefined) {
          parsed = parseField(field, value, texts[c] ?? '', ctx);
          if (memory.size < REMEMBERED) memory.set(value, parsed);
        }
      } else parsed = parseField(field, value, texts[c] ?? '', ctx, cell.shown);
      if (parsed.ok) {
        // The hashed ID-card number stays out of the record (it only stands in for a missing
        // 教师编号); a property deleted later would put every record into V8's slow dictionary mode.
        if (field.type === 'idcard') {
          idcard = parsed.value;
          if (fromId.length && parsed.value !== null && !fromIdCard(record, fromId, cell!.value, texts[c]!)) {
            issues.push({ ...at(cellAddress(r, c)), severity: 'error', code: 'bad-idcard',
              zh: `本表没有${fromId.map((k) => `“${spec.fields.find((f) => f.key === k)!.header}”`).join('、')}列，须由18位身份证件号推算，但该号码不是有效的18位号码（校验位不符，为保护隐私不显示）；请核对号码，或加上这些列。`,
              en: `The sheet has no ${fromId.join('/')} column, so they are read from the 18-digit ID number, but this number is not a valid one (its check digit fails; not shown, for privacy). Check it, or add those columns.` });
            rejected = true;
          }
        } else if (field.key === 'status') {
          if (parsed.value === '不在职') away = true;
        } else if (field.key === 'backboneFlag' || field.key === 'specialGrade') {
          if (field.key === 'backboneFlag') flag = parsed.value;
          else special = parsed.value === '是';
        } else if (field.type !== 'secret') record[field.key] = parsed.value;
        // 教学点 reads as 小学; the 优质均衡 review still needs to know it was one (vocabularies.ts).
        if (field.type === 'stages' && TEACHING_POINT_WORDS.includes(keyOf(texts[c] ?? ''))) record['teachingPoint'] = '是';
        if (field.type === 'date') {
          const typed = typeof cell?.value === 'string' ? texts[c] : cell?.shown;
          if (typed && typed !== parsed.value && unusual(field.key, String(parsed.value))) dateText[`${field.key}:${r + 1}`] = typed;
        }
      } else {
        issues.push({ ...at(cellAddress(r, c)), severity: 'error', code: parsed.code, zh: parsed.zh, en: parsed.en });
        rejected = true;
      }
    }
    if (flagBackbone) Object.assign(record, special ? { backboneCategory: '特级教师', backboneLevel: null } : backboneOf(flag));
    if (checkId.length && !rejected) {
      const c = columns.get('idcard')!;
      const derived: Record<string, FieldValue> = {};
      const cell = cells[c];
      if (cell?.value !== null && cell?.value !== undefined && fromIdCard(derived, checkId, cell.value, texts[c]!)) {
        for (const k of checkId) {
          const given = record[k];
          const differs = k === 'birth' ? String(given).slice(0, 7) !== String(derived[k]).slice(0, 7) : given !== derived[k];
          if (given === null || !differs) continue;
          const header = spec.fields.find((f) => f.key === k)!.header;
          issues.push({ ...at(cellAddress(r, columns.get(k)!)), severity: 'warning', code: 'id-disagrees',
            zh: `“${header}”与身份证件号所示不一致（为保护隐私不显示），按“${header}”列统计；请核对。`,
            en: `"${header}" disagrees with the ID number (not shown, for privacy); the "${header}" column counts. Check it.` });
        }
      }
    }
    // The person key: 教师编号 when given, else the hashed ID-card number.
    if (spec.identity !== 'none') {
      if (idcard !== null && typeof record['person'] === 'string') linked.set(idcard as string, record['person']);
      record['person'] = record['person'] ?? idcard;
      if (record['person'] === null && spec.identity === 'required' && !rejected && !noIdentity) {
        issues.push({ ...at(cellAddress(r, columns.get('person') ?? columns.get('idcard')!)), severity: 'error', code: 'missing-value', zh: '教师编号和身份证件号都为空。', en: 'Both 教师编号 (staff number) and ID number are empty.' });
        rejected = true;
      }
    }
    if (away && !rejected) {
      notInPost.push(r + 1);
      continue;
    }
    if (rejected) {
      rowsRejected++;
      if (typeof record['person'] === 'string') rejectedPeople.add(record['person']);
    } else {
      records.push(record as RecordRow);
      digests.push(rowDigest(texts, ctx.salt));
    }
  }
  countUnknownValues(issues, firstIssue);
  // A value quoted in a message that is a name or staff number read from this sheet (a shifted
  // column puts 姓名 under 性别) is not printed: the clerk finds the cell by its address.
  maskQuotedSecrets(issues, firstIssue, secrets, ctx.salt);
  if (notInPost.length) {
    const c = columnLetters(columns.get('status')!);
    issues.push({ ...at(`${c}${notInPost[0]}`), severity: 'warning', code: 'not-in-post',
      zh: `按“人员状态”，${notInPost.length} 行人员不在职（离退休、调出等），未计入当年名册（第 ${rowRanges(notInPost)} 行）。`,
      en: `By 人员状态, ${notInPost.length} row(s) are not in post (retired, moved away …) and are not counted on the year's roster (rows ${rowRanges(notInPost)}).` });
  }
  if (totals.length) {
    issues.push({ ...at(`A${totals[0]}`), severity: 'warning', code: 'total-row',
      zh: `合计行已跳过，不计入数据（第 ${totals.join('、')} 行）。`, en: `Total row(s) skipped, not counted as data (row ${totals.join(', ')}).` });
  }
  const letters: Record<string, string> = Object.fromEntries(fields.filter((f) => f.type !== 'secret' && f.key !== 'backboneFlag' && f.key !== 'specialGrade' && f.key !== 'status').map((f) => [f.key, columnLetters(columns.get(f.key)!)]));
  for (const k of fromId) letters[k] = columnLetters(columns.get('idcard')!);
  if (flagBackbone) letters['backboneCategory'] = letters['backboneLevel'] = columnLetters(columns.get('backboneFlag')!);
  return { kind: spec.kind, sheet: raw.name, columns: letters, records, rowsRead, rowsRejected, secrets: [...secrets], digests,
    ...(Object.keys(dateText).length ? { dateText } : {}),
    ...(linked.size ? { linked: [...linked] } : {}),
    ...(rejectedPeople.size ? { rejectedPeople: [...rejectedPeople] } : {}),
    ...(lacking.length ? { lacking } : {}) };
}

/**
 * 性别 and 出生年月 read from an 18-digit resident ID number (GB 11643: digits 7–14 the birth
 * date, the 17th odd for men), before the number is hashed; false when its check digit fails.
 * The number itself is not kept.
 */
function fromIdCard(record: Record<string, FieldValue>, keys: readonly string[], raw: RawCell['value'], text: string): boolean {
  const id = idCard18(identifierText(raw, text) ?? '');
  if (!validIdCard(id)) return false;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (keys.includes('birth')) record['birth'] = birth;
  if (keys.includes('sex')) record['sex'] = Number(id[16]) % 2 === 1 ? '男' : '女';
  return true;
}

/** Row numbers as ranges: 3–7、9、12–13. */
function rowRanges(rows: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    out.push(j > i ? `${rows[i]}–${rows[j]}` : String(rows[i]));
    i = j;
  }
  return out.length > 20 ? `${out.slice(0, 20).join('、')} …` : out.join('、');
}

/** Each unknown value's message says how many cells of its column hold it (what a site.yaml line would fix). */
function countUnknownValues(issues: Issue[], from: number): void {
  const counts = new Map<string, number>();
  const keyOf = (i: Issue) => `${i.cell?.replace(/\d+$/, '')}\0${i.zh}`;
  for (let i = from; i < issues.length; i++) if (issues[i]!.code === 'unknown-value') counts.set(keyOf(issues[i]!), (counts.get(keyOf(issues[i]!)) ?? 0) + 1);
  for (let i = from; i < issues.length; i++) {
    const issue = issues[i]!;
    if (issue.code !== 'unknown-value') continue;
    const n = counts.get(keyOf(issue))!;
    issues[i] = { ...issue, zh: issue.zh.replace('。如这是', `（本列共 ${n} 个单元格是这个值）。如这是`), en: issue.en.replace('. If it is', ` (${n} cell${n > 1 ? 's of this column hold' : ' of this column holds'} it). If it is`) };
  }
}

/** 骨干类别 and 骨干级别 from a 是否骨干教师 value: a level, 是 (县级及以上, level not said) or 否. */
function backboneOf(flag: FieldValue): Record<string, FieldValue> {
  if (flag === null) return { backboneCategory: null, backboneLevel: null };
  if (flag === '否') return { backboneCategory: '无', backboneLevel: '无' };
  return { backboneCategory: '骨干教师', backboneLevel: flag === '是' ? null : flag };
}
