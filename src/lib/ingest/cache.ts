/**
 * Parsed files cached by content hash, outside dist/ and git-ignored. Only what parsing
 * produced is stored: hashed person keys, never names or raw ID numbers.
 *
 * One file per workbook: a small JSON head (the file's issues, each sheet's columns and counts)
 * and each sheet's records, row digests and secrets as Arrow IPC streams (./arrow.ts), so a
 * cached workbook reads back without parsing text; the whole entry is checked against its
 * SHA-256, so a damaged one is read again rather than trusted.
 *
 *   "YDC1" · sha256 of the rest (32 bytes) · head length (uint32 LE) · head · streams, each at
 *   a multiple of 8 bytes (Arrow's typed columns are read in place and must be aligned)
 */
import { NO_WORDS, type BureauWords } from './words.ts';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LONG, packFile, unpackFile, type PackedFile, type PackedSheet } from './arrow.ts';
import type { ParsedFile } from './file.ts';
import { saltFingerprint } from './identity.ts';

/** Bump when parsing changes, so stale entries are never read. */
const INGEST_VERSION = 'ingest-12';

const MAGIC = 'YDC1';
const HASH = 32;
const PREFIX = MAGIC.length + HASH + 4;
type Span = readonly [offset: number, length: number];
type Head = Omit<PackedFile, 'sheets'> & { readonly sheets: readonly (Omit<PackedSheet, 'packed'> & { readonly spans: Readonly<Record<string, Span>> })[] };

/**
 * A workbook's key from the SHA-256 of its bytes (`digest`, duplicates.ts: contentDigest, the
 * one pass over them); the bureau's site.yaml words change how a workbook reads, so they are
 * part of it too.
 */
export function cacheKey(file: string, digest: string, salt: string, words: BureauWords = NO_WORDS): string {
  return createHash('sha256').update(`${INGEST_VERSION}\0${file}\0${saltFingerprint(salt)}\0${JSON.stringify(words)}\0${digest}`).digest('hex');
}

export class ParseCache {
  readonly #dir: string | null;
  constructor(dir: string | null) {
    this.#dir = dir ? join(dir, 'ingest') : null;
  }

  async get(key: string): Promise<ParsedFile | null> {
    const packed = await this.getPacked(key);
    try {
      return packed && unpackFile(packed);
    } catch {
      return null; // streams that do not decode: the file is read again
    }
  }

  async set(key: string, parsed: ParsedFile): Promise<void> {
    if (this.#dir) await this.setPacked(key, packFile(parsed));
  }

  /** The entry with its long lists still as Arrow IPC bytes; null when there is none or it is damaged. */
  async getPacked(key: string): Promise<PackedFile | null> {
    if (!this.#dir) return null;
    try {
      const read = await readFile(join(this.#dir, `${key}.arrows`));
      // A plain view, not a Buffer: Arrow takes a view of every string, and a Buffer's views cost
      // more to make; typed columns are read in place, so the bytes must start 8-aligned.
      const bytes = read.byteOffset % 8 === 0 ? new Uint8Array(read.buffer, read.byteOffset, read.length) : new Uint8Array(read);
      if (bytes.length < PREFIX || new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) return null;
      const sum = createHash('sha256').update(bytes.subarray(MAGIC.length + HASH)).digest();
      if (!sum.equals(bytes.subarray(MAGIC.length, MAGIC.length + HASH))) return null;
      const headLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(MAGIC.length + HASH, true);
      const head = JSON.parse(new TextDecoder().decode(bytes.subarray(PREFIX, PREFIX + headLength))) as Head;
      const base = align(PREFIX + headLength);
      const sheets = head.sheets.map(({ spans, ...sheet }): PackedSheet =>
        ({ ...sheet, packed: Object.fromEntries(Object.entries(spans).map(([k, [offset, length]]) => [k, bytes.subarray(base + offset, base + offset + length)])) }));
      return { ...head, sheets };
    } catch {
      return null; // no entry, or a damaged one: the file is read again
    }
  }

  async setPacked(key: string, packed: PackedFile): Promise<void> {
    if (!this.#dir) return;
    await mkdir(this.#dir, { recursive: true });
    const streams: Uint8Array[] = [];
    let at = 0;
    const place = (bytes: Uint8Array): Span => {
      const span: Span = [at, bytes.length];
      streams.push(bytes);
      at = align(at + bytes.length);
      return span;
    };
    const head: Head = { ...packed, sheets: packed.sheets.map(({ packed: lists, ...sheet }) =>
      ({ ...sheet, spans: Object.fromEntries(LONG.flatMap((k) => (lists[k] ? [[k, place(lists[k])]] : []))) })) };
    const headBytes = new TextEncoder().encode(JSON.stringify(head));
    const base = align(PREFIX + headBytes.length);
    const out = new Uint8Array(base + at);
    out.set(new TextEncoder().encode(MAGIC), 0);
    new DataView(out.buffer).setUint32(MAGIC.length + HASH, headBytes.length, true);
    out.set(headBytes, PREFIX);
    let offset = base;
    for (const s of streams) {
      out.set(s, offset);
      offset = align(offset + s.length);
    }
    out.set(createHash('sha256').update(out.subarray(MAGIC.length + HASH)).digest(), MAGIC.length);
    const path = join(this.#dir, `${key}.arrows`);
    try {
      await writeFile(`${path}.tmp`, out);
    } catch (e) {
      await rm(`${path}.tmp`, { force: true });
      throw e;
    }
    await rename(`${path}.tmp`, path);
  }
}

const align = (n: number): number => Math.ceil(n / 8) * 8;
