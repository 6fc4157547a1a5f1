/**
 * The downloads as one Excel workbook: a sheet per theme, header row frozen, number formats
 * per indicator. SheetJS's community edition does not write frozen panes, so the sheet XML
 * gets its <pane> added through SheetJS's own zip container (CFB).
 */
import * as XLSX from 'xlsx';
import { THEMES } from '../../i18n/terms.ts';
import type { IndicatorData } from '../site/data.ts';
import { TIDY_COLUMNS, tidyRows } from './tidy.ts';

const FROZEN = '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView>';

export function indicatorsWorkbook(indicators: readonly IndicatorData[]): Uint8Array {
  const wb = XLSX.utils.book_new();
  const themes = [...new Set(indicators.map((i) => i.theme))];
  for (const theme of themes) {
    const members = indicators.filter((i) => i.theme === theme);
    const rows = members.flatMap((ind) => tidyRows(ind).map((r) => ({ ...r, format: ind.decimals ? `0.${'0'.repeat(ind.decimals)}` : '#,##0' })));
    const ws = XLSX.utils.json_to_sheet(rows.map(({ format: _f, ...r }) => r), { header: [...TIDY_COLUMNS] });
    rows.forEach((r, i) => {
      const cell = ws[XLSX.utils.encode_cell({ r: i + 1, c: 4 })];
      if (cell && typeof cell.v === 'number') cell.z = r.format;
    });
    ws['!cols'] = [{ wch: 6 }, { wch: 28 }, { wch: 18 }, { wch: 22 }, { wch: 12 }, { wch: 12 }, { wch: 12 }, { wch: 7 }];
    ws['!autofilter'] = { ref: ws['!ref']! };
    XLSX.utils.book_append_sheet(wb, ws, THEMES[theme]?.zh ?? theme);
  }
  const zip = XLSX.write(wb, { bookType: 'xlsx', type: 'buffer', compression: true }) as Uint8Array;
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
