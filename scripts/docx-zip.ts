/**
 * A .docx as the same bytes for the same document. The docx package stamps the clock twice:
 * into docProps/core.xml (dcterms:created, dcterms:modified) and into every zip entry's time.
 * Both are replaced here by `stamp` (the build's source date), and the entries are written again
 * in name order ([Content_Types].xml first, as Word writes it).
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

const CORE = 'docProps/core.xml';

/** `files`: parts to put in or replace (e.g. word/fontTable.xml). */
export function fixedDocx(packed: Uint8Array, stamp: Date, files: Readonly<Record<string, string>> = {}): Uint8Array {
  const parts: Record<string, Uint8Array> = { ...unzipSync(packed) };
  const when = stamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = parts[CORE];
  if (core) parts[CORE] = new TextEncoder().encode(new TextDecoder().decode(core).replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*/g, `$1${when}`));
  for (const [name, text] of Object.entries(files)) parts[name] = new TextEncoder().encode(text);
  const zip: Zippable = {};
  for (const name of Object.keys(parts).sort()) zip[name] = [parts[name]!, { mtime: stamp, level: /\.(png|jpe?g)$/i.test(name) ? 0 : 6 }];
  return zipSync(zip);
}
