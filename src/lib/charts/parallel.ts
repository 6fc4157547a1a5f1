/**
 * Charts drawn on every core. Astro renders the pages on one thread; a chart they ask for that
 * the store does not hold is handed to worker threads instead, and a marker stands in its place
 * in the page. Once the pages are written, `fill` puts each drawing where its marker is. A city
 * draws 20,000 charts: on two cores they are drawn beside the rendering, not after it.
 *
 * The drawings wait in memory until the pages are filled, so past `maxHeld` characters of them
 * a chart is drawn on the spot as before (a province's would run to a gigabyte).
 */
import { availableParallelism } from 'node:os';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { keep, withWords } from './cache.ts';
import type { DrawJob, DrawResult } from './draw-worker.ts';

const WORKER = new URL('./draw-worker.ts', import.meta.url);
/** Charts sent to a worker at a time: a tenth of a second's drawing, few enough messages. */
const BATCH = 50;
/** What a chart weighs before it is drawn, in characters: a school's trend chart is about 5,000. */
const GUESS = 6_000;

/**
 * What stands in a page for a chart not drawn yet. A chart drawn once for every language
 * (./cache.ts, `words`) carries its words in the marker, in base64, until they are put in.
 */
const marker = (key: string, words?: readonly string[]) =>
  `<!--yuanding-chart:${key}${words ? `:${Buffer.from(JSON.stringify(words)).toString('base64')}` : ''}-->`;
/** Keys are base64 SHA-256 digests (./cache.ts). */
const MARKER = /<!--yuanding-chart:([A-Za-z0-9+/]{43}=)(?::([A-Za-z0-9+/]*={0,2}))?-->/g;

export class ChartPool {
  readonly #workers: Worker[];
  readonly #maxHeld: number;
  /** drawings waiting for their pages, by key */
  readonly #drawn = new Map<string, string>();
  /** keys sent to be drawn and not back yet */
  readonly #pending = new Set<string>();
  #batch: DrawJob[] = [];
  #next = 0;
  #held = 0;
  #failure: Error | null = null;
  #settled: (() => void) | null = null;

  constructor(size = availableParallelism(), maxHeld = 150_000_000) {
    this.#maxHeld = maxHeld;
    this.#workers = Array.from({ length: Math.max(1, size) }, () => {
      const worker = new Worker(WORKER);
      worker.on('message', (results: DrawResult[]) => this.#receive(results));
      worker.on('error', (e) => this.#fail(e));
      // A worker that stops with charts still out would leave `fill` waiting for ever.
      worker.on('exit', (code) => { if (this.#pending.size) this.#fail(new Error(`a chart-drawing worker stopped (exit code ${code}) with ${this.#pending.size} charts not drawn`)); });
      return worker;
    });
  }

  /** For the chart store (./cache.ts): queues a chart and returns its marker, or undefined when too many drawings are held. */
  readonly defer = (key: string, name: string, args: unknown[], words?: readonly string[]): string | undefined => {
    if (this.#drawn.has(key) || this.#pending.has(key)) return marker(key, words);
    if (this.#held + (this.#pending.size + 1) * GUESS > this.#maxHeld) return undefined;
    this.#pending.add(key);
    this.#batch.push({ key, name, args });
    if (this.#batch.length >= BATCH) this.#send();
    return marker(key, words);
  };

  /** Waits for every drawing, then replaces the markers in the HTML files under `dir`; says how many pages held one. */
  async fill(dir: string): Promise<number> {
    if (this.#batch.length) this.#send();
    if (this.#pending.size && !this.#failure) await new Promise<void>((resolve) => (this.#settled = resolve));
    if (this.#failure) throw this.#failure;
    let pages = 0;
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const file = join(entry.parentPath, entry.name);
      const html = await readFile(file, 'utf8');
      if (!html.includes('<!--yuanding-chart:')) continue;
      await writeFile(file, html.replace(MARKER, (_, key: string, words: string | undefined) => {
        const svg = this.#drawn.get(key);
        if (svg === undefined) throw new Error(`${file}: chart ${key} was never drawn`);
        return words === undefined ? svg : withWords(svg, JSON.parse(Buffer.from(words, 'base64').toString()) as string[]);
      }));
      pages++;
    }
    this.#drawn.clear();
    this.#held = 0;
    return pages;
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }

  #send(): void {
    const worker = this.#workers[this.#next++ % this.#workers.length]!;
    worker.postMessage(this.#batch);
    this.#batch = [];
  }

  #receive(results: DrawResult[]): void {
    for (const r of results) {
      this.#pending.delete(r.key);
      if ('error' in r) {
        this.#fail(new Error(`drawing chart ${r.name}: ${r.error}`));
        continue;
      }
      this.#drawn.set(r.key, keep(r.key, r.svg));
      this.#held += r.svg.length;
    }
    if (!this.#pending.size) this.#settled?.();
  }

  #fail(e: Error): void {
    this.#failure ??= e;
    this.#settled?.();
  }
}
