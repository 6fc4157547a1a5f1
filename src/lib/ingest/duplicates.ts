/**
 * Data entered twice: a workbook copied into a year folder (`花名册(1).xlsx`), or the same rows
 * pasted into two files of one year. Either would double an event count with no other sign.
 */
import { createHash } from 'node:crypto';
import type { SheetOfYear } from './crosscheck.ts';
import { groupBy } from '../group.ts';
import type { Issue } from './issues.ts';
import { tableSpec } from './schema.ts';

export const contentDigest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Finds byte-identical files; returns a function to call once per file (with its content
 * digest), in order, that says whether the file repeats an earlier one.
 */
export function identicalFiles(issues: Issue[]): (file: string, digest: string) => boolean {
  const seen = new Map<string, string>();
  return (file, digest) => {
    const first = seen.get(digest);
    if (first === undefined) {
      seen.set(digest, file);
      return false;
    }
    issues.push({ file, severity: 'error', code: 'duplicate-file',
      zh: `与 ${first} 内容完全相同；同一份表格放了两次会使数据重复计算。请删除多余的一份。`,
      en: `Identical to ${first}; the same workbook twice would count its rows twice. Remove the extra copy.` });
    return true;
  };
}

/** `名单(1).xlsx`, `名单 - 副本.xlsx`, `名单 copy.xlsx` → `名单.xlsx`: the names a copy gets. */
export const copyStem = (file: string): string =>
  file.normalize('NFKC').replace(/(\s*[-_]?\s*(\(\d+\)|副本|copy|拷贝))+(\.[^.]+)$/i, '$3').toLowerCase();

/**
 * Rows identical in every cell in two sheets of one year and table kind: an error naming both
 * places (one line per pair of sheets). Files named like copies of each other: a warning.
 */
export function duplicateRows(sheets: readonly SheetOfYear[], issues: Issue[]): void {
  // Originals first, so a copy is the one named in each message.
  const isCopy = (file: string) => copyStem(file) !== file.normalize('NFKC').toLowerCase();
  const ordered = [...sheets].sort((a, b) => Number(isCopy(a.file)) - Number(isCopy(b.file)));
  const byStem = new Map<string, string>();
  for (const file of new Set(ordered.map((s) => s.file))) {
    const stem = copyStem(file);
    const other = byStem.get(stem);
    if (other && other !== file) {
      issues.push({ file, severity: 'warning', code: 'copy-name',
        zh: `文件名像是 ${other} 的副本；请确认两份表格没有重复的记录。`,
        en: `The file name looks like a copy of ${other}; make sure the two hold no rows twice.` });
    } else byStem.set(stem, file);
  }

  for (const group of groupBy(ordered, (s) => `${s.year}\0${s.kind}`).values()) {
    if (group.length < 2) continue;
    const firstSeen = new Map<string, { sheet: SheetOfYear; row: number }>();
    const pairs = new Map<string, { a: SheetOfYear; b: SheetOfYear; rows: [number, number][] }>();
    for (const sheet of group) {
      sheet.digests.forEach((digest, i) => {
        const row = sheet.rows.row[i]!;
        const first = firstSeen.get(digest);
        if (!first) return void firstSeen.set(digest, { sheet, row });
        if (first.sheet === sheet) return; // within one sheet: two identical records may be two real events
        const key = `${first.sheet.file}\0${first.sheet.sheet}\0${sheet.file}\0${sheet.sheet}`;
        const pair = pairs.get(key) ?? { a: first.sheet, b: sheet, rows: [] };
        pair.rows.push([first.row, row]);
        pairs.set(key, pair);
      });
    }
    for (const { a, b, rows } of pairs.values()) {
      const [ra, rb] = rows[0]!;
      const spec = tableSpec(b.kind);
      issues.push({ file: b.file, sheet: b.sheet, cell: `A${rb}`, severity: 'error', code: 'duplicate-rows',
        zh: `本表有 ${rows.length} 行与 ${a.file} › ${a.sheet} 的行完全相同（第一处：第 ${rb} 行 = 第 ${ra} 行）；同一年的“${spec.zh}”重复录入会重复计算。请删除重复的行或文件。`,
        en: `${rows.length} row(s) here are identical to rows of ${a.file} › ${a.sheet} (first: row ${rb} = row ${ra}); ${spec.en} entered twice in one year would be counted twice. Remove the repeated rows or file.` });
    }
  }
}
