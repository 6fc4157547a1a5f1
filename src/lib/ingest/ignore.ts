/**
 * site.yaml `ignore:` — files and sheets the clerk has chosen not to read: `2024/减员.xlsx` (the
 * file is not read at all) or `2024/减员.xlsx › Sheet1` (the sheet is dropped after the file is
 * parsed, so the parse cache never depends on it). An entry that matches nothing is a warning:
 * a typo would otherwise leave the sheet's error in place, or silently do nothing.
 */
import type { Issue } from './issues.ts';

interface Entry {
  readonly text: string;
  readonly file: string;
  readonly sheet: string | null;
  used: boolean;
}

/** File paths compare by Unicode form, slashes and letter case; sheet names by form and surrounding spaces. */
const fileKey = (s: string) => s.normalize('NFC').replace(/\\/g, '/').replace(/^\.?\/+/, '').trim().toLowerCase();
const sheetKey = (s: string) => s.normalize('NFC').trim();

export class IgnoreList {
  readonly #entries: Entry[];

  constructor(entries: readonly string[]) {
    this.#entries = entries.map((text) => {
      const at = text.search(/[›>]/);
      return at < 0 ? { text, file: fileKey(text), sheet: null, used: false } : { text, file: fileKey(text.slice(0, at)), sheet: sheetKey(text.slice(at + 1)), used: false };
    });
  }

  /** Whether the whole file (path relative to the data folder) is ignored. */
  file(file: string): boolean {
    return this.#match(file, null);
  }

  /** Whether one sheet of a file is ignored. */
  sheet(file: string, sheet: string): boolean {
    return this.#match(file, sheetKey(sheet));
  }

  #match(file: string, sheet: string | null): boolean {
    const key = fileKey(file);
    let hit = false;
    for (const e of this.#entries) {
      if (e.file === key && e.sheet === sheet) hit = e.used = true;
    }
    return hit;
  }

  /** The issue for an ignored file or sheet. */
  static note(file: string, sheet?: string): Issue {
    return { file, ...(sheet === undefined ? {} : { sheet }), severity: 'warning', code: 'ignored-by-config',
      zh: `按 site.yaml 的 ignore: 设置，${sheet === undefined ? '该文件' : '该工作表'}未读取。`,
      en: `Not read: site.yaml lists this ${sheet === undefined ? 'file' : 'sheet'} under ignore:.` };
  }

  /** One warning per entry that matched no file or sheet read. */
  unmatched(): Issue[] {
    return this.#entries.filter((e) => !e.used).map((e): Issue => ({ file: 'site.yaml', severity: 'warning', code: 'ignore-unmatched',
      zh: `ignore: 中的“${e.text}”没有对应的${e.sheet === null ? '文件' : '工作表'}，未起作用；请按“年份文件夹/文件名${e.sheet === null ? '' : ' › 工作表名'}”改正（如 2024/减员.xlsx › Sheet1），或删去该项。`,
      en: `"${e.text}" under ignore: matches no ${e.sheet === null ? 'file' : 'sheet'} and does nothing; correct it as year-folder/file${e.sheet === null ? '' : ' › sheet'} (such as 2024/减员.xlsx › Sheet1), or remove it.` }));
  }
}

/** Drops ignored sheets from a parsed file, with their issues; notes each one dropped. */
export function withoutIgnored<T extends { readonly file: string; readonly sheets: readonly { readonly sheet: string }[]; readonly issues: readonly Issue[] }>(parsed: T, ignore: IgnoreList, names: readonly string[]): T {
  const dropped = names.filter((name) => ignore.sheet(parsed.file, name));
  if (dropped.length === 0) return parsed;
  const out = new Set(dropped);
  return {
    ...parsed,
    sheets: parsed.sheets.filter((s) => !out.has(s.sheet)),
    issues: [...parsed.issues.filter((i) => i.sheet === undefined || !out.has(i.sheet)), ...dropped.map((s) => IgnoreList.note(parsed.file, s))],
  };
}

/** Every sheet a parsed file speaks of: those read, and those only named by an issue. */
export const sheetNames = (parsed: { readonly sheets: readonly { readonly sheet: string }[]; readonly issues: readonly Issue[] }): string[] =>
  [...new Set([...parsed.sheets.map((s) => s.sheet), ...parsed.issues.flatMap((i) => (i.sheet === undefined ? [] : [i.sheet]))])];
