/**
 * `npm run build -- --zip`: the finished site as one archive beside the output folder
 * (dist → dist.zip), for upload to a CMS or server. Entries in name order, each stamped with
 * one time (SOURCE_DATE_EPOCH or the publication date, never the clock): the same site makes
 * the same bytes. Written to a temporary name and renamed, so a half-written archive is never left.
 */
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

export const archivePath = (outDir: string): string => join(dirname(outDir), `${basename(outDir)}.zip`);

export async function writeArchive(outDir: string, stamp: Date): Promise<{ path: string; files: number; bytes: number }> {
  const entries = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())
    .map((e) => relative(outDir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
  const files: Zippable = {};
  // Already-compressed files are stored, text is deflated.
  for (const name of entries) files[name] = [await readFile(join(outDir, name)), { mtime: stamp, level: /\.(png|pdf|zip|xlsx|docx|gz|br|woff2?)$/i.test(name) ? 0 : 6 }];
  const bytes = zipSync(files);
  const path = archivePath(outDir);
  await writeFile(`${path}.part`, bytes);
  await rename(`${path}.part`, path);
  return { path, files: entries.length, bytes: bytes.length };
}
