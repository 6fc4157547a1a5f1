/**
 * The data-quality page's figures per year: rows read and rejected per sheet, warnings by
 * kind with their locations, empty optional cells, suppressed cells. Warning texts are not
 * published as such (an unrecognised sheet's first row could hold anyone's name): each kind
 * is described by a fixed sentence.
 */
import type { Dataset } from '../ingest/index.ts';
import type { IssueCode } from '../ingest/codes.ts';
import { folderYear } from '../ingest/discover.ts';
import { groupIssues, where } from '../ingest/issues.ts';
import { tableSpec } from '../ingest/schema.ts';
import type { Estimate } from '../indicators/types.ts';
import { isWithheldWhole } from '../disclosure/withheld.ts';

export interface YearQuality {
  readonly year: number;
  readonly sheets: readonly { file: string; sheet: string; kind: string; rowsRead: number; rowsRejected: number; rowsKept: number }[];
  /**
   * each warning kind is shown by its code's fixed sentence (codes.ts), never by the message,
   * which may quote a cell; its locations are grouped by column as the check prints them
   * (`2024/花名册.xlsx › 名册 › F3:F131`, with how many cells), the first 20 of `places`
   */
  readonly warnings: readonly { code: IssueCode; count: number; locations: readonly { where: string; count: number }[]; places: number }[];
  readonly missing: readonly { kind: string; column: string; count: number; rows: number }[];
  readonly suppressed: number;
  /** breakdowns withheld whole (suppress.ts): each indicator and dimension once */
  readonly withheld: readonly { readonly indicator: string; readonly dimension: string }[];
}


export function qualityByYear(dataset: Pick<Dataset, 'years' | 'records' | 'issues' | 'stats'>, estimates: readonly Estimate[]): YearQuality[] {
  return dataset.years.map((year) => {
    // The year's folder may be named 2024年度: its files are the year's whatever the spelling.
    const mine = dataset.issues.filter((i) => i.severity === 'warning' && folderYear(i.file.split('/')[0] ?? '') === year);
    // Grouped by column whatever their text: the page shows no message, only where and how many.
    const groups = groupIssues(mine, { byText: false });
    const codes = [...new Set(mine.map((i) => i.code))];
    const records = dataset.records.get(year) ?? {};
    const missing = Object.entries(records).flatMap(([kind, table]) => {
      const spec = tableSpec(kind as Parameters<typeof tableSpec>[0]);
      const present = new Set(table.columnNames());
      const blanks = (key: string) => {
        let n = 0;
        for (const v of table.array(key)) if (v === null || v === undefined) n++;
        return n;
      };
      return spec.fields
        .filter((f) => !f.required && f.type !== 'secret' && f.type !== 'idcard' && f.type !== 'person' && present.has(f.key))
        .map((f) => ({ kind, column: f.header, count: blanks(f.key), rows: table.numRows() }))
        .filter((m) => m.count > 0);
    });
    return {
      year,
      sheets: dataset.stats.filter((s) => s.year === year).map(({ file, sheet, kind, rowsRead, rowsRejected, rowsKept }) => ({ file, sheet, kind, rowsRead, rowsRejected, rowsKept })),
      warnings: codes.map((code) => {
        const places = groups.filter((g) => g.code === code);
        return { code, count: places.reduce((n, g) => n + g.count, 0), locations: places.slice(0, 20).map((g) => ({ where: where(g), count: g.count })), places: places.length };
      }),
      missing,
      suppressed: estimates.filter((e) => e.year === year && e.symbol === 'c').length,
      withheld: [...new Map(estimates.filter((e) => e.year === year && isWithheldWhole(e)).map((e) => [`${e.indicator}\0${e.dimension}`, { indicator: e.indicator, dimension: e.dimension }])).values()],
    };
  });
}
