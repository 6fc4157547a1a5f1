/**
 * A .docx as the same bytes for the same document. The docx package stamps the clock twice:
 * into docProps/core.xml (dcterms:created, dcterms:modified) and into every zip entry's time.
 * Both are replaced here by `stamp` (the build's source date), and the entries are written again
 * in name order ([Content_Types].xml first, as Word writes it). It also names each hyperlink's
 * relationship at random: they are renamed in the order the document uses them.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

const CORE = 'docProps/core.xml';
const DOCUMENT = 'word/document.xml';
const RELS = 'word/_rels/document.xml.rels';

/** Relationship ids other than docx's numbered rIdN (its hyperlinks' random ones) → rIdLink1, rIdLink2 … */
function renameLinks(parts: Record<string, Uint8Array>): void {
  const [doc, rels] = [parts[DOCUMENT], parts[RELS]].map((p) => (p ? new TextDecoder().decode(p) : null));
  if (!doc || !rels) return;
  const names = new Map<string, string>();
  for (const [, id] of doc.matchAll(/\br:id="([^"]+)"/g)) if (!/^rId\d+$/.test(id!) && !names.has(id!)) names.set(id!, `rIdLink${names.size + 1}`);
  const rename = (xml: string) => xml.replace(/(\b(?:r:id|Id)=")([^"]+)"/g, (found, key: string, id: string) => (names.has(id) ? `${key}${names.get(id)}"` : found));
  parts[DOCUMENT] = new TextEncoder().encode(rename(doc));
  parts[RELS] = new TextEncoder().encode(rename(rels));
}

/** `files`: parts to put in or replace (e.g. word/fontTable.xml). */
export function fixedDocx(packed: Uint8Array, stamp: Date, files: Readonly<Record<string, string>> = {}): Uint8Array {
  const parts: Record<string, Uint8Array> = { ...unzipSync(packed) };
  const when = stamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = parts[CORE];
  if (core) parts[CORE] = new TextEncoder().encode(new TextDecoder().decode(core).replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*/g, `$1${when}`));
  renameLinks(parts);
  for (const [name, text] of Object.entries(files)) parts[name] = new TextEncoder().encode(text);
  const zip: Zippable = {};
  for (const name of Object.keys(parts).sort()) zip[name] = [parts[name]!, { mtime: stamp, level: /\.(png|jpe?g)$/i.test(name) ? 0 : 6 }];
  return zipSync(zip);
}
