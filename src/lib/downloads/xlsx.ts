/**
 * The downloads as one Excel workbook for people who read it, not for programs (those take the
 * tidy CSV): a sheet per theme in Chinese whose columns are the indicators, headed by name and
 * unit (专任教师数（人）), then one English sheet of every indicator. A row is a year × breakdown ×
 * category; a school's row carries its school code beside its name, so it joins with the
 * bureau's own lists. Header row frozen; number formats per indicator. SheetJS's community
 * edition does not write frozen panes, so the sheet XML gets its <pane> added through SheetJS's
 * own zip container (CFB).
 */
import * as XLSX from 'xlsx';
import { term, THEMES } from '../../i18n/terms.ts';
import { schoolNameEn } from '../../i18n/school-names.ts';
import { t, type Lang } from '../../i18n/ui.ts';
import { DIMENSIONS } from '../indicators/dimensions.ts';
import type { DimensionId } from '../indicators/types.ts';
import type { Estimate } from '../indicators/types.ts';
import { figureDecimals, roundTo } from '../indicators/verdict.ts';
import type { IndicatorData, School } from '../site/data.ts';
import { unitLabel } from '../site/format.ts';

const FROZEN = '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView>';
/** The sheet of every indicator in English. */
export const ENGLISH_SHEET = 'Indicators (English)';
const KEY_HEADS: Record<Lang, readonly string[]> = { zh: ['年度', '分类维度', '类别', '学校代码'], en: ['Year', 'Breakdown', 'Category', 'School code'] };

/** A breakdown's name: 学段; a structure within groups (stage:age) names both. */
const dimensionName = (dimension: string, lang: Lang): string =>
  dimension === 'total' ? (lang === 'zh' ? '全部' : 'Total') : dimension.split(':').map((d) => DIMENSIONS[d as DimensionId]?.name[lang] ?? d).join(' × ');

const categoryName = (dimension: string, category: string, lang: Lang): string => {
  if (category === 'total') return lang === 'zh' ? '全部' : 'All';
  if (dimension === 'school') return lang === 'zh' ? category : schoolNameEn(category);
  return category.split('|').map((c) => term(lang, c)).join(' | ');
};

/** A column of a sheet: its head, and what a figure puts in it (a number, or its symbol c x z). */
interface Column {
  readonly head: string;
  readonly cell: (e: Estimate) => string | number | null;
  /** Excel's number format of a figure's cell */
  readonly format: (e: Estimate) => string;
}

/** Excel's number format with `decimals` places. */
const numberFormat = (decimals: number) => (decimals ? `0.${'0'.repeat(decimals)}` : '#,##0');

/**
 * An indicator's columns: its figure; in a workbook of that indicator alone, a share's numerator
 * and denominator too, as its page's tables show them (valueHead in src/lib/site/views.ts).
 */
function columns(ind: IndicatorData, alone: boolean, lang: Lang): Column[] {
  const figure: Column = {
    head: lang === 'zh' ? `${ind.name.zh}（${unitLabel(ind.unit, 'zh')}）` : `${ind.name.en} (${unitLabel(ind.unit, 'en')})`,
    // As the pages write it: more decimals where the target needs them (9.96, not 10.0, below a target of 10%).
    cell: (e) => (e.symbol ? e.symbol : e.value === null ? null : roundTo(e.value, figureDecimals(e.value, ind))),
    format: (e) => numberFormat(figureDecimals(e.value, ind)),
  };
  if (!alone || ind.unit !== 'percent') return [figure];
  const count = (n: (e: Estimate) => number | null): Column['cell'] => (e) => (e.symbol ? e.symbol : n(e) === null ? null : Math.round(n(e)! * 100) / 100);
  return [figure, { head: t(lang, 'numerator'), cell: count((e) => e.numerator), format: () => '#,##0' }, { head: t(lang, 'denominator'), cell: count((e) => e.denominator), format: () => '#,##0' }];
}

/** One sheet: a row per year × breakdown × category, a column per indicator (its figure, or its symbol c x z). */
function sheet(indicators: readonly IndicatorData[], codes: ReadonlyMap<string, string>, lang: Lang): XLSX.WorkSheet {
  const layout = indicators.map((ind) => columns(ind, indicators.length === 1, lang));
  const width = layout.reduce((n, c) => n + c.length, 0);
  const first = layout.map((_, i) => KEY_HEADS[lang].length + layout.slice(0, i).reduce((n, c) => n + c.length, 0));
  const rows = new Map<string, (string | number | null)[]>();
  // Each cell's number format, placed as the row's cells are (the rows as they come: the sheet's order).
  const formats = new Map<string, string[]>();
  indicators.forEach((ind, i) => {
    for (const e of ind.estimates) {
      const key = `${e.year}\u0000${e.dimension}\u0000${e.category}`;
      let row = rows.get(key);
      if (!row) {
        rows.set(key, (row = [e.year, dimensionName(e.dimension, lang), categoryName(e.dimension, e.category, lang), e.dimension === 'school' ? codes.get(e.category) ?? null : null, ...Array<null>(width).fill(null)]));
        formats.set(key, []);
      }
      const format = formats.get(key)!;
      layout[i]!.forEach((column, j) => {
        row![first[i]! + j] = column.cell(e);
        format[first[i]! + j] = column.format(e);
      });
    }
  });
  const all = layout.flat();
  const ws = XLSX.utils.aoa_to_sheet([[...KEY_HEADS[lang], ...all.map((c) => c.head)], ...rows.values()]);
  [...formats.values()].forEach((format, r) => {
    format.forEach((z, c) => {
      const cell = ws[XLSX.utils.encode_cell({ r: r + 1, c })];
      if (cell && typeof cell.v === 'number') cell.z = z;
    });
  });
  ws['!cols'] = [{ wch: 6 }, { wch: 12 }, { wch: 22 }, { wch: 12 }, ...all.map(() => ({ wch: 16 }))];
  ws['!autofilter'] = { ref: ws['!ref']! };
  return ws;
}

export function indicatorsWorkbook(indicators: readonly IndicatorData[], schools: readonly Pick<School, 'name' | 'code'>[] = []): Uint8Array {
  const codes = new Map(schools.filter((s) => s.code).map((s) => [s.name, s.code!]));
  const wb = XLSX.utils.book_new();
  for (const theme of [...new Set(indicators.map((i) => i.theme))]) {
    XLSX.utils.book_append_sheet(wb, sheet(indicators.filter((i) => i.theme === theme), codes, 'zh'), THEMES[theme]?.zh ?? theme);
  }
  XLSX.utils.book_append_sheet(wb, sheet(indicators, codes, 'en'), ENGLISH_SHEET);
  // Stored, not deflated: the container is compressed once, when it is written again below.
  const zip = XLSX.write(wb, { bookType: 'xlsx', type: 'buffer', compression: false }) as Uint8Array;
  type Cfb = { FileIndex: { name: string; content: Uint8Array }[]; FullPaths: string[] };
  const CFB = XLSX.CFB as unknown as { read(d: Uint8Array, o: object): Cfb; write(c: Cfb, o: object): Uint8Array };
  const container = CFB.read(zip, { type: 'buffer' });
  container.FullPaths.forEach((path, i) => {
    if (!/xl\/worksheets\/sheet\d+\.xml$/.test(path)) return;
    const entry = container.FileIndex[i]!;
    const xml = new TextDecoder().decode(entry.content).replace('<sheetView workbookViewId="0"/>', FROZEN);
    entry.content = new TextEncoder().encode(xml);
  });
  return new Uint8Array(CFB.write(container, { fileType: 'zip', type: 'buffer', compression: true }));
}
