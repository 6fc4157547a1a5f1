/**
 * “Nothing changed”: a build whose data folder, program and settings are all as they were at
 * the last successful build into the same folder has nothing to do. The stamp (in the cache
 * folder, never in the site) holds one digest of all of them and the built home page's time.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const TOOL = ['src', 'scripts', 'astro.config.mjs', 'package-lock.json', 'patches'];

async function digestTree(root: string, into: ReturnType<typeof createHash>, base = root): Promise<void> {
  const info = await stat(root).catch(() => null);
  if (!info) return;
  if (info.isFile()) {
    into.update(`${relative(base, root)}\0`).update(await readFile(root)).update('\0');
    return;
  }
  for (const e of (await readdir(root, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('~$')) continue;
    await digestTree(join(root, e.name), into, base);
  }
}

/** A digest of the program alone (its source, build scripts, locked packages and the patches applied to them): caches of what it drew are named after it. */
export async function programKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const p of TOOL) await digestTree(join(process.cwd(), p), hash, process.cwd());
  return hash.digest('hex').slice(0, 16);
}

/** One digest of the data folder, the program (programKey) and the settings that shape the site. */
export async function buildKey(dataDir: string, program: string, parts: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  await digestTree(dataDir, hash);
  hash.update(`${program}\0`);
  for (const p of parts) hash.update(`${p}\0`);
  return hash.digest('hex');
}

/** Removes the files in `dir` named like `pattern` except `keep`: caches superseded by a new program or new secrets. */
export async function dropOthers(dir: string, pattern: RegExp, keep: string): Promise<void> {
  for (const f of await readdir(dir).catch(() => [])) if (pattern.test(f) && f !== keep) await rm(join(dir, f), { force: true });
}

interface Stamp {
  readonly key: string;
  readonly out: string;
  readonly built: number;
}

const stampPath = (cacheDir: string) => join(cacheDir, 'build-stamp.json');
const builtAt = (out: string) => stat(join(out, 'index.html')).then((s) => s.mtimeMs, () => null);

/** Whether the site in `out` is the one the last build made from exactly these inputs. */
export async function upToDate(cacheDir: string, out: string, key: string): Promise<boolean> {
  const stamp = await readFile(stampPath(cacheDir), 'utf8').then((t) => JSON.parse(t) as Stamp, () => null);
  return stamp !== null && stamp.key === key && stamp.out === out && stamp.built === (await builtAt(out));
}

export async function writeStamp(cacheDir: string, out: string, key: string): Promise<void> {
  const built = await builtAt(out);
  if (built !== null) await writeFile(stampPath(cacheDir), JSON.stringify({ key, out, built } satisfies Stamp));
}
