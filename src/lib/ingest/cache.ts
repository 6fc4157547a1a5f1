/**
 * Parsed files cached by content hash, outside dist/ and git-ignored. Only what parsing
 * produced is stored: hashed person keys, never names or raw ID numbers.
 *
 * One file per workbook, in lines: first the file with its sheets' long lists left out, then
 * each sheet's records, row digests and secrets in lines of CHUNK. A province's training
 * records (760,000 rows) as one JSON string took a gigabyte while it was written or read.
 */
import { NO_WORDS, type BureauWords } from './words.ts';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ParsedFile } from './file.ts';
import { saltFingerprint } from './identity.ts';
import type { ParsedSheet, RecordRow } from './sheet.ts';

/** Bump when parsing changes, so stale entries are never read. */
const INGEST_VERSION = 'ingest-9';

/** A sheet's lists that grow with its rows, written a chunk to a line. */
const LONG = ['records', 'digests', 'secrets'] as const;
const CHUNK = 10_000;
type Head = Omit<ParsedFile, 'sheets'> & { readonly sheets: readonly (Omit<ParsedSheet, (typeof LONG)[number]> & { readonly lengths: readonly number[] })[] };

/** The bureau's site.yaml words change how a workbook reads, so they are part of its key. */
export function cacheKey(file: string, bytes: Uint8Array, salt: string, words: BureauWords = NO_WORDS): string {
  return createHash('sha256').update(`${INGEST_VERSION}\0${file}\0${saltFingerprint(salt)}\0${JSON.stringify(words)}\0`).update(bytes).digest('hex');
}

export class ParseCache {
  readonly #dir: string | null;
  constructor(dir: string | null) {
    this.#dir = dir ? join(dir, 'ingest') : null;
  }

  async get(key: string): Promise<ParsedFile | null> {
    if (!this.#dir) return null;
    try {
      const lines = createInterface({ input: createReadStream(join(this.#dir, `${key}.ndjson`), 'utf8'), crlfDelay: Infinity })[Symbol.asyncIterator]();
      const next = async () => {
        const line = await lines.next();
        if (line.done) throw new Error('cache entry ends early');
        return JSON.parse(line.value) as unknown;
      };
      const head = (await next()) as Head;
      const sheets: ParsedSheet[] = [];
      for (const { lengths, ...sheet } of head.sheets) {
        const lists: unknown[][] = [];
        for (const length of lengths) {
          const list: unknown[] = [];
          while (list.length < length) for (const item of (await next()) as unknown[]) list.push(item);
          lists.push(list);
        }
        const [records, digests, secrets] = lists as [RecordRow[], string[], string[]]; // in the order of LONG
        sheets.push({ ...sheet, records, digests, secrets });
      }
      return { ...head, sheets };
    } catch {
      return null; // no entry, or a damaged one: the file is read again
    }
  }

  async set(key: string, parsed: ParsedFile): Promise<void> {
    if (!this.#dir) return;
    await mkdir(this.#dir, { recursive: true });
    const path = join(this.#dir, `${key}.ndjson`);
    const out = createWriteStream(`${path}.tmp`, 'utf8');
    const write = async (value: unknown) => {
      if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
    };
    try {
      const head: Head = { ...parsed, sheets: parsed.sheets.map((s) => ({ ...omitLong(s), lengths: LONG.map((k) => s[k].length) })) };
      await write(head);
      for (const s of parsed.sheets) for (const k of LONG) for (let i = 0; i < s[k].length; i += CHUNK) await write(s[k].slice(i, i + CHUNK));
      out.end();
      await once(out, 'finish');
    } catch (e) {
      out.destroy();
      await rm(`${path}.tmp`, { force: true });
      throw e;
    }
    await rename(`${path}.tmp`, path);
  }
}

function omitLong(sheet: ParsedSheet): Omit<ParsedSheet, (typeof LONG)[number]> {
  const { records: _records, digests: _digests, secrets: _secrets, ...rest } = sheet;
  return rest;
}
