/**
 * The last gate before publishing: the built site must hold no name, no staff number and no
 * ID-card number from the input. Ingest keeps only digests of them (identity.ts); here every
 * candidate string of every output byte is digested the same way and looked up:
 * - every file, whatever its name; gzip streams (Pagefind's index) are inflated, zip files
 *   (the .xlsx downloads) are unpacked part by part;
 * - names: every 2–4-character piece of each run of Chinese text, and names joined with a
 *   middle dot (买买提·艾力); pieces that the site's own source code writes (高中, 方式) and the
 *   names of schools and places it publishes on purpose are not taken for names;
 * - identifiers: every run of letters and digits, separators (JS-0001) removed;
 * - and anything shaped like an ID-card number, whether or not it was in the input.
 */
import { createHash, hash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import type { SiteConfig } from './config.ts';
import { groupBy } from './group.ts';
import { identifierForm, nameForm, secretDigest } from './ingest/identity.ts';
import type { Dataset } from './ingest/index.ts';

const ID_CARD = /(?<!\d)\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)/;
const CJK = '\\u3400-\\u9fff';
const DOTS = '·•・‧';
/** Chinese text, with the middle dots that join the parts of a minority or foreign name. */
const CJK_RUN = new RegExp(`[${CJK}]+(?:[${DOTS}][${CJK}]+)*`, 'g');
/** Letters and digits, with the separators an identifier may be written with. */
const ID_RUN = /[0-9A-Za-z]+(?:[-_/.][0-9A-Za-z]+)*/g;
const SOURCE = new Set(['.ts', '.astro', '.mjs', '.css']);

export interface Leak {
  readonly file: string;
  readonly what: string;
}

export interface PrivacyScan {
  /** digests of every name and raw identifier read (Dataset.secrets) */
  readonly secrets: ReadonlySet<string>;
  readonly salt: string;
  /** names the site publishes on purpose (schools, townships, the region): not names of people */
  readonly published?: readonly string[];
  /** 2–4-character pieces of the site's own Chinese text (ownVocabulary) */
  readonly ownWords?: ReadonlySet<string>;
}

/** Every 2–4-character piece of a run of Chinese text, and with dots, each dotted name in it. */
function* nameCandidates(run: string): Generator<string> {
  const parts = run.split(new RegExp(`[${DOTS}]`));
  for (const part of parts) for (const len of [2, 3, 4]) for (let i = 0; i + len <= part.length; i++) yield part.slice(i, i + len);
  // 买买提·艾力 inside 表彰买买提·艾力等: an end of one part, the dot, the start of the next.
  for (let i = 0; i + 1 < parts.length; i++) {
    const [left, right] = [parts[i]!, parts[i + 1]!];
    for (let a = 1; a <= Math.min(8, left.length); a++) for (let b = 1; b <= Math.min(8, right.length); b++) yield `${left.slice(-a)}·${right.slice(0, b)}`;
  }
  if (parts.length > 2) yield parts.join('·');
}

/** A scanner that remembers what it has checked, so text repeated across pages costs nothing. */
export function leakScanner(scan: PrivacyScan): (text: string) => string[] {
  const { secrets, salt, ownWords = new Set<string>() } = scan;
  // Strings known not to be secrets; a secret is looked up again in every file, so each leaking file is named.
  const clean = new Set<string>();
  // Runs of Chinese text in which no name was found, and stretches of letters, digits and
  // separators in which no identifier was found (idTokens).
  const cleanRuns = new Set<string>();
  const cleanTokens = new Set<string>();
  // Published names are masked inside each run of Chinese text, found by their first two
  // characters, so a province's 5,000 school names cost no more than a county's seventy. A name
  // with other characters in it (东湖2县第一小学, 第27中学) is masked by its Chinese parts, which
  // are the runs it makes; searching every page for every such name took hours at that scale.
  // A "school" whose name was read from a 姓名 column too (姓名 and 学校名称 swapped in a row) is
  // a person's name, whatever column it also stands in: it is looked for, not masked.
  const names = [...new Set((scan.published ?? []).filter((p) => !secrets.has(secretDigest(nameForm(p), salt))).flatMap((p) => [...p.normalize('NFKC').matchAll(CJK_RUN)].map(([run]) => run)))]
    .filter((p) => p.length >= 2)
    .sort((a, b) => b.length - a.length);
  const byStart = groupBy(names, (n) => n.slice(0, 2));
  const unpublished = (run: string): string[] => {
    let out = '';
    for (let i = 0; i < run.length;) {
      const name = byStart.get(run.slice(i, i + 2))?.find((n) => run.startsWith(n, i));
      if (name) { out += ' '; i += name.length; } else out += run[i++];
    }
    return out.split(' ').filter((part) => part !== '');
  };
  const isSecret = (candidate: string) => {
    if (clean.has(candidate)) return false;
    const secret = secrets.has(secretDigest(candidate, salt));
    if (!secret) clean.add(own(candidate));
    return secret;
  };
  return (raw) => {
    const found: string[] = [];
    if (ID_CARD.test(raw)) found.push('ID-card number');
    if (secrets.size === 0) return found;
    const text = raw.normalize('NFKC');
    for (const [run] of text.matchAll(CJK_RUN)) {
      if (cleanRuns.has(run)) continue;
      for (const part of unpublished(run)) {
        for (const c of nameCandidates(part)) {
          if (!ownWords.has(c) && isSecret(nameForm(c))) return [...found, 'a name from the input'];
        }
      }
      cleanRuns.add(own(run));
    }
    const leaking = idTokens(text, ID_MIN, (token) => {
      if (cleanTokens.has(token)) return false;
      for (const [run] of token.matchAll(ID_RUN)) {
        // ASCII already: the form can only be shorter than the run
        if (run.length < ID_MIN) continue;
        const id = identifierForm(run);
        if (id.length >= ID_MIN && isSecret(id)) return true;
      }
      cleanTokens.add(own(token));
      return false;
    });
    return leaking ? [...found, 'an identifier from the input'] : found;
  };
}

/**
 * A string of its own to keep. A piece cut from a page's text (a regular expression's match, a
 * slice) is, in V8, a view that holds the whole page: a province's 9,800 pages kept that way by
 * the sets above grew the heap past 1.2 GB. Joined to another string and cut again, the piece is
 * copied when the set hashes it, and the page can go.
 */
const own = (piece: string): string => (' ' + piece).slice(1);

/** The shortest identifier looked for: shorter runs of letters and digits are everywhere (2024, px). */
const ID_MIN = 5;
/** 1 for the characters of ID_RUN (letters, digits and its separators), by char code. */
const ID_CHARS = Uint8Array.from({ length: 128 }, (_, c) => (/[0-9A-Za-z\-_/.]/.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * Calls `visit` with every stretch of ID_RUN's characters at least `min` long, until it returns
 * true. Every run ID_RUN finds lies inside one such stretch, so the regular expression runs on
 * each distinct stretch once rather than on every run of every page: a city's pages hold 21
 * million runs (SVG numbers and attribute names) and 23 thousand distinct stretches.
 */
function idTokens(text: string, min: number, visit: (token: string) => boolean): boolean {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c < 128 && ID_CHARS[c] === 1) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start >= min && visit(text.slice(start, i))) return true;
      start = -1;
    }
  }
  return false;
}

export const leaksInText = (text: string, secrets: ReadonlySet<string>, salt: string, extra: Partial<PrivacyScan> = {}): string[] =>
  leakScanner({ secrets, salt, ...extra })(text);

/** A file's bytes as the texts inside it: gzip inflated, zip parts unpacked, the rest as UTF-8. */
export function textsOf(bytes: Uint8Array): string[] {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return textsOf(gunzipSync(bytes));
    } catch {
      // not really gzip: read the bytes as they are
    }
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    try {
      return Object.values(unzipSync(bytes)).flatMap(textsOf);
    } catch {
      // not a readable zip: read the bytes as they are
    }
  }
  return [new TextDecoder('utf-8').decode(bytes)];
}

async function* files(dir: string): AsyncGenerator<string> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.isFile()) yield p;
  }
}

/**
 * Files printed from pages this same scan reads: a report's PDF holds the report page's text as
 * glyphs in compressed streams. Scanning its bytes would find nothing the page does not show.
 * A report's Word document likewise: scripts/report-content.ts reads its text from the report
 * page alone (a subset of it: no navigation), and its images are that page's own charts, drawn
 * from their SVG by resvg. They are written while this scan runs, so they are skipped rather than read half-made.
 */
const PRINTED = new Set(['.pdf', '.docx']);

/**
 * Files found clean before, by the digest of their bytes. Valid only for the same scan (the
 * same secrets, published names and own words: see scanDigest); a build keeps it in its cache.
 */
export interface CleanFiles {
  readonly before: ReadonlySet<string>;
  /** filled by findLeaks: every clean file of this scan */
  readonly now: Set<string>;
}

/** A digest of everything a scan looks for: clean files remembered under another digest are scanned again. */
export function scanDigest(scan: PrivacyScan): string {
  const h = createHash('sha256').update(`privacy:${scan.salt}\0`);
  for (const list of [[...scan.secrets].sort(), [...(scan.published ?? [])].sort(), [...(scan.ownWords ?? [])].sort()]) h.update(list.join('\n')).update('\0');
  return h.digest('hex').slice(0, 16);
}

/**
 * Scans every file of a built site (or those whose path in it passes `only`); the leak
 * messages never repeat the leaked value.
 */
export async function findLeaks(dir: string, scan: PrivacyScan, clean?: CleanFiles, only: (path: string) => boolean = () => true): Promise<Leak[]> {
  const leaks: Leak[] = [];
  const check = leakScanner(scan);
  for await (const path of files(dir)) {
    if (PRINTED.has(extname(path).toLowerCase()) || !only(relative(dir, path))) continue;
    const bytes = await readFile(path);
    const digest = clean ? hash('sha256', bytes, 'base64') : '';
    if (clean?.before.has(digest)) {
      clean.now.add(digest);
      continue;
    }
    const found = new Set(textsOf(bytes).flatMap(check));
    for (const what of found) leaks.push({ file: relative(dir, path), what });
    if (!found.size) clean?.now.add(digest);
  }
  return leaks;
}

/** Every 2–4-character piece of the Chinese text in the site's source: words the site itself writes. */
export async function ownVocabulary(srcDir: string): Promise<Set<string>> {
  const words = new Set<string>();
  for await (const path of files(srcDir)) {
    if (!SOURCE.has(extname(path))) continue;
    for (const [run] of (await readFile(path, 'utf8')).normalize('NFKC').matchAll(CJK_RUN)) {
      for (const c of nameCandidates(run)) if (!c.includes('·')) words.add(c);
    }
  }
  return words;
}

/** The names of schools and places that the site publishes on purpose. */
export function publishedNames(dataset: Pick<Dataset, 'records'>, config: Pick<SiteConfig, 'region' | 'bureau'>): string[] {
  const names = new Set([config.region.zh, config.bureau.zh]);
  for (const year of dataset.records.values()) {
    for (const table of Object.values(year)) {
      for (const key of PLACE_FIELDS) if (table.columnNames().includes(key)) for (const v of table.array(key)) if (typeof v === 'string') names.add(v);
    }
  }
  return [...names];
}
const PLACE_FIELDS = ['school', 'from', 'to', 'township'] as const;

const MASK = '＊＊＊';
/** Digits an error message has no need of: ID-card, phone and staff numbers (7 or more digits, an ID's X). */
const LONG_NUMBER = /(?<![0-9A-Za-z])\d{7,}[Xx]?(?![0-9A-Za-z])/g;

/**
 * A message fit to print: every name and identifier from the input (by the digests the privacy
 * check looks for) and anything shaped like an ID-card, phone or staff number is masked. For the
 * CLI's reports of internal errors, whose text may quote a value from a row. Without the
 * dataset's secrets (a failure before the data was read) only the shapes are masked.
 */
export function maskPersonal(text: string, secrets: ReadonlySet<string> = new Set(), salt = ''): string {
  const isSecret = (form: string) => form !== '' && secrets.has(secretDigest(form, salt));
  let out = text.replace(new RegExp(ID_CARD.source, 'g'), MASK).replace(LONG_NUMBER, MASK);
  if (secrets.size === 0) return out;
  out = out.replace(CJK_RUN, (run) => {
    if (isSecret(nameForm(run))) return MASK;
    let masked = '';
    for (let i = 0; i < run.length;) {
      const len = [4, 3, 2].find((n) => i + n <= run.length && isSecret(nameForm(run.slice(i, i + n))));
      if (len) { masked += MASK; i += len; } else masked += run[i++];
    }
    return masked;
  });
  return out.replace(ID_RUN, (run) => (run.length >= ID_MIN && isSecret(identifierForm(run)) ? MASK : run));
}
