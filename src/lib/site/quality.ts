/**
 * The data-quality page's figures per year: rows read and rejected per sheet, warnings by
 * kind with their locations, empty optional cells, suppressed cells. Warning texts are not
 * published as such (an unrecognised sheet's first row could hold anyone's name): each kind
 * is described by a fixed sentence.
 */
import type { Dataset } from '../ingest/index.ts';
import { tableSpec } from '../ingest/schema.ts';
import type { Bilingual, Estimate } from '../indicators/types.ts';

export interface YearQuality {
  readonly year: number;
  readonly sheets: readonly { file: string; sheet: string; kind: string; rowsRead: number; rowsRejected: number; rowsKept: number }[];
  readonly warnings: readonly { code: string; count: number; locations: readonly string[] }[];
  readonly missing: readonly { kind: string; column: string; count: number; rows: number }[];
  readonly suppressed: number;
}

export const WARNING_TEXT: Readonly<Record<string, Bilingual>> = {
  'unknown-person': { zh: '记录中的人员不在当年或上一年的教职工名册中。', en: 'A record names someone on neither this year’s nor last year’s staff roster.' },
  'outside-year': { zh: '记录日期不在所属年度内，仍按文件夹年度统计。', en: 'A record is dated outside its folder’s year; it still counts in the folder’s year.' },
  'unknown-sheet': { zh: '有工作表无法识别为任何表格类型，已忽略。', en: 'A sheet matched no table kind and was ignored.' },
  'ignored-columns': { zh: '文件含有不读取的敏感列（如民族、政治面貌），已忽略。', en: 'A file held sensitive columns (such as ethnicity) that are never read.' },
  'not-read': { zh: '数据文件夹中有非表格文件，未读取。', en: 'A file in the data folder is not a spreadsheet and was not read.' },
  unsalted: { zh: '身份证件号以不加盐的散列处理。', en: 'ID numbers were hashed without a salt.' },
  'empty-sheet': { zh: '有工作表只有表头、没有数据，视为未报送。', en: 'A sheet had a header but no rows and was treated as not supplied.' },
  more: { zh: '某文件问题过多，其余未列出。', en: 'A file had more problems than are listed.' },
};

export function qualityByYear(dataset: Pick<Dataset, 'years' | 'records' | 'issues' | 'stats'>, estimates: readonly Estimate[]): YearQuality[] {
  return dataset.years.map((year) => {
    const prefix = `${year}/`;
    const mine = dataset.issues.filter((i) => i.severity === 'warning' && i.file.startsWith(prefix));
    const codes = [...new Set(mine.map((i) => i.code))];
    const records = dataset.records.get(year) ?? {};
    const missing = Object.entries(records).flatMap(([kind, rows]) => {
      const spec = tableSpec(kind as Parameters<typeof tableSpec>[0]);
      const present = new Set(rows.flatMap((r) => Object.keys(r)));
      return spec.fields
        .filter((f) => !f.required && f.type !== 'secret' && f.type !== 'idcard' && f.type !== 'person' && present.has(f.key))
        .map((f) => ({ kind, column: f.header, count: rows.filter((r) => r[f.key] === null || r[f.key] === undefined).length, rows: rows.length }))
        .filter((m) => m.count > 0);
    });
    return {
      year,
      sheets: dataset.stats.filter((s) => s.year === year).map(({ file, sheet, kind, rowsRead, rowsRejected, rowsKept }) => ({ file, sheet, kind, rowsRead, rowsRejected, rowsKept })),
      warnings: codes.map((code) => {
        const list = mine.filter((i) => i.code === code);
        return { code, count: list.length, locations: list.slice(0, 20).map((i) => [i.file, i.sheet, i.cell].filter(Boolean).join(' › ')) };
      }),
      missing,
      suppressed: estimates.filter((e) => e.year === year && e.symbol === 'c').length,
    };
  });
}
