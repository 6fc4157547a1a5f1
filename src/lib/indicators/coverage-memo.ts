/**
 * check's list of indicators that will show x (coverage.ts: xReasons), remembered between runs
 * one year at a time. A clerk who fixes one workbook and checks again waits for the years that
 * workbook reaches, not for every indicator of every year: a year's answer is kept with what it
 * read (digests of its own records and of each earlier year's it used through `previous`, and
 * which earlier years the data has), with digests of site.yaml and of the code that works it
 * out, and is worked out again when any of them differs.
 */
import { createHash, type Hash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import type { SiteConfig } from '../config.ts';
import type { Dataset, YearTables } from '../ingest/index.ts';
import { yearContexts } from './context.ts';
import { yearXReasons, type XReason } from './coverage.ts';
import { INDICATORS } from './registry.ts';
import type { Bilingual } from './types.ts';

interface Entry {
  /** site.yaml and the library's code */
  readonly basis: string;
  /** `2023` → digest of that year's records; `2023?` → whether the data has that year */
  readonly reads: Readonly<Record<string, string>>;
  readonly reasons: readonly { readonly reason: Bilingual; readonly indicators: readonly string[] }[];
}

const LIBRARY = fileURLToPath(new URL('..', import.meta.url));
const ABSENT = 'absent';

/** xReasons(dataset, config), served from `cacheDir` for the years whose inputs have not changed. */
export async function rememberedXReasons(dataset: Pick<Dataset, 'records'>, config: SiteConfig, cacheDir: string): Promise<XReason[]> {
  const path = join(cacheDir, 'check', 'x-reasons.json');
  const basis = await basisDigest(config);
  // No memo, or one that is not JSON: every year is worked out.
  const read: unknown = await readFile(path, 'utf8').then((t) => JSON.parse(t) as unknown).catch(() => null);
  const stored = (typeof read === 'object' && read !== null ? read : {}) as Record<string, Entry>;
  const digests = new Map<number, string>();
  const digestOf = (year: number) => {
    let d = digests.get(year);
    if (d === undefined) digests.set(year, (d = recordsDigest(dataset.records.get(year))));
    return d;
  };
  const byId = new Map(INDICATORS.map((i) => [i.id as string, i]));
  const isCurrent = (entry: Entry) => {
    try {
      return entry.basis === basis && Object.entries(entry.reads).every(([read, d]) => current(read) === d) && entry.reasons.every((r) => r.indicators.every((id) => byId.has(id)));
    } catch {
      return false; // an entry of another shape: worked out again
    }
  };
  const reads = new Set<string>();
  const current = (read: string) => (read.endsWith('?') ? (dataset.records.has(Number(read.slice(0, -1))) ? 'present' : ABSENT) : digestOf(Number(read)));
  const out: XReason[] = [];
  const memo: Record<string, Entry> = {};
  let changed = false;
  for (const ctx of yearContexts(dataset.records, config, reads)) {
    const entry = stored[ctx.year];
    const kept = entry && isCurrent(entry) ? entry : null;
    if (kept) {
      for (const r of kept.reasons) out.push({ year: ctx.year, reason: r.reason, indicators: r.indicators.map((id) => byId.get(id)!) });
      memo[ctx.year] = kept;
      continue;
    }
    reads.clear();
    const reasons = yearXReasons(ctx);
    out.push(...reasons);
    memo[ctx.year] = { basis, reads: Object.fromEntries([String(ctx.year), ...reads].map((read) => [read, current(read)])), reasons: reasons.map((r) => ({ reason: r.reason, indicators: r.indicators.map((i) => i.id) })) };
    changed = true;
  }
  if (changed || Object.keys(stored).length !== Object.keys(memo).length) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(`${path}.tmp`, JSON.stringify(memo));
    await rename(`${path}.tmp`, path);
  }
  return out;
}

/**
 * A year's tables, in their order, column by column. Arrow columns (./ingest/table.ts) are
 * digested as their bytes: a dictionary column as its values and its keys, a number column as
 * its values and validity. Any other column (a list of values, or a table filtered or sorted
 * since it was made) as V8 serialises its values a chunk at a time. Each column's digest is
 * tagged with the form read, so two forms never collide. Different records never digest alike;
 * the same records might (held in another form), which only costs working the year out again.
 */
function recordsDigest(tables: YearTables | undefined): string {
  if (!tables) return ABSENT;
  const hash = createHash('sha256');
  for (const [kind, table] of Object.entries(tables)) {
    const rows = table.numRows();
    hash.update(`${kind}\0${rows}\0`);
    const asIs = !table.isFiltered() && !table.isOrdered();
    for (const name of table.columnNames()) {
      hash.update(`${name}\0`);
      if (!(asIs && arrowDigest(hash, table.column(name) as unknown))) {
        const values = Array.from(table.array(name));
        hash.update('values\0');
        for (let i = 0; i < rows; i += 10_000) hash.update(serialize(values.slice(i, i + 10_000)));
      }
    }
  }
  return hash.digest('hex');
}

/** Arquero's dictionary column over Arrow (its `fromArrow`): keys a row, and the values they index. */
interface DictionaryColumn { groups(names: string[]): { keys: ArrayLike<number> & ArrayBufferView; get: [(key: number) => unknown]; size: number } }
/** A flechette Arrow column of numbers: batches of typed values with their validity bitmaps. */
interface NumberColumn { type: { typeId: number }; data: { values: ArrayBufferView; validity?: ArrayBufferView | null }[] }

/** Adds an Arrow column's bytes to `hash` and says so; false (nothing added) for a column of another form. */
function arrowDigest(hash: Hash, column: unknown): boolean {
  const bytes = (v: ArrayBufferView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  if (typeof column !== 'object' || column === null || Array.isArray(column)) return false;
  if (typeof (column as Partial<DictionaryColumn>).groups === 'function') {
    const { keys, get, size } = (column as DictionaryColumn).groups(['']);
    hash.update('dictionary\0').update(serialize(Array.from({ length: size }, (_, k) => get[0](k)))).update(bytes(keys));
    return true;
  }
  const { type, data } = column as Partial<NumberColumn>;
  if (typeof type?.typeId !== 'number' || !Array.isArray(data) || !data.every((b) => ArrayBuffer.isView(b.values))) return false;
  hash.update(`arrow ${type.typeId} ${data.length}\0`);
  for (const b of data) hash.update(bytes(b.values)).update(b.validity ? bytes(b.validity) : 'all valid');
  return true;
}

/** site.yaml as read, every source file of the library (indicators, ingest's schema, config …) and Arquero's version. */
async function basisDigest(config: SiteConfig): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(config));
  const files = (await readdir(LIBRARY, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  for (const f of files) hash.update(`\0${f}\0`).update(await readFile(join(LIBRARY, f)));
  hash.update(await readFile(createRequire(import.meta.url).resolve('arquero/package.json')));
  return hash.digest('hex');
}
