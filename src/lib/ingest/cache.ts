/**
 * Parsed files cached by content hash, outside dist/ and git-ignored. Only what parsing
 * produced is stored: hashed person keys, never names or raw ID numbers.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParsedFile } from './file.ts';
import { saltFingerprint } from './identity.ts';

/** Bump when parsing changes, so stale entries are never read. */
const INGEST_VERSION = 'ingest-4';

export function cacheKey(file: string, bytes: Uint8Array, salt: string): string {
  return createHash('sha256').update(`${INGEST_VERSION}\0${file}\0${saltFingerprint(salt)}\0`).update(bytes).digest('hex');
}

export class ParseCache {
  readonly #dir: string | null;
  constructor(dir: string | null) {
    this.#dir = dir ? join(dir, 'ingest') : null;
  }

  async get(key: string): Promise<ParsedFile | null> {
    if (!this.#dir) return null;
    try {
      return JSON.parse(await readFile(join(this.#dir, `${key}.json`), 'utf8')) as ParsedFile;
    } catch {
      return null;
    }
  }

  async set(key: string, parsed: ParsedFile): Promise<void> {
    if (!this.#dir) return;
    await mkdir(this.#dir, { recursive: true });
    const path = join(this.#dir, `${key}.json`);
    await writeFile(`${path}.tmp`, JSON.stringify(parsed));
    await rename(`${path}.tmp`, path);
  }
}
