/**
 * The last gate before publishing: the built site must hold no ID-card number and no person
 * key. Aggregates never carry them; this proves it on the actual output.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';

const TEXT = new Set(['.html', '.json', '.csv', '.txt', '.xml', '.svg', '.js', '.css']);
const ID_CARD = /(?<!\d)\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)/;

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

/** Finds ID-card-shaped numbers, and any of the given forbidden strings (e.g. person keys), in the site's text files. */
export async function findLeaks(dir: string, forbidden: ReadonlySet<string> = new Set()): Promise<Leak[]> {
  const leaks: Leak[] = [];
  for await (const path of files(dir)) {
    const text = await readFile(path, 'utf8');
    if (ID_CARD.test(text)) leaks.push({ file: relative(dir, path), what: 'ID-card number' });
    for (const word of forbidden) {
      if (text.includes(word)) {
        leaks.push({ file: relative(dir, path), what: 'person key' });
        break;
      }
    }
  }
  return leaks;
}
