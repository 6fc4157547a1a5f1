/**
 * The last gate before publishing: the built site must hold no name, no staff number and no
 * ID-card number from the input. Ingest keeps only digests of them (identity.ts); here every
 * candidate string of the output is digested the same way and looked up.
 * - names: every run of 2–4 Chinese characters inside the site's text (a 2-character name is
 *   only matched where it stands alone, so "王家村小学" does not trip on a person called 王家);
 * - identifiers: every run of 5 or more letters and digits;
 * - and anything shaped like an ID-card number, whether or not it was in the input.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { secretDigest } from './ingest/identity.ts';

const TEXT = new Set(['.html', '.json', '.csv', '.txt', '.xml', '.svg', '.js', '.css']);
const ID_CARD = /(?<!\d)\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)/;
const CJK_RUN = /[\u3400-\u9fff]+/g;
const ID_RUN = /[0-9A-Za-z]{5,}/g;

export interface Leak {
  readonly file: string;
  readonly what: string;
}

async function* files(dir: string): AsyncGenerator<string> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (TEXT.has(extname(e.name).toLowerCase())) yield p;
  }
}

/** Candidate names in a run of Chinese text: runs of 2 in full, substrings of 3–4 anywhere. */
function* nameCandidates(run: string): Generator<string> {
  if (run.length === 2) yield run;
  for (const len of [3, 4]) for (let i = 0; i + len <= run.length; i++) yield run.slice(i, i + len);
}

export function leaksInText(text: string, secrets: ReadonlySet<string>, salt: string): string[] {
  const found: string[] = [];
  if (ID_CARD.test(text)) found.push('ID-card number');
  if (secrets.size === 0) return found;
  const seen = new Set<string>();
  for (const [run] of text.matchAll(CJK_RUN)) {
    if (seen.has(run)) continue;
    seen.add(run);
    for (const c of nameCandidates(run)) if (secrets.has(secretDigest(c, salt))) return [...found, 'a name from the input'];
  }
  for (const [run] of text.matchAll(ID_RUN)) {
    if (!seen.has(run) && secrets.has(secretDigest(run.toUpperCase(), salt))) return [...found, 'an identifier from the input'];
    seen.add(run);
  }
  return found;
}

/** Scans every text file of a built site; the leak messages never repeat the leaked value. */
export async function findLeaks(dir: string, secrets: ReadonlySet<string> = new Set(), salt = ''): Promise<Leak[]> {
  const leaks: Leak[] = [];
  for await (const path of files(dir)) {
    for (const what of leaksInText(await readFile(path, 'utf8'), secrets, salt)) leaks.push({ file: relative(dir, path), what });
  }
  return leaks;
}
