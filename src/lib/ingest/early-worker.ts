/**
 * A parse worker started as a command begins, before the command loads its own modules: the
 * worker's loading (SheetJS, the one-pass reader, Arrow) then runs beside the command's, and a
 * clerk's check after one workbook changed no longer waits for the one and then the other.
 * The pool (pool.ts) takes it when it was started under the pool's memory limit; otherwise, or
 * when nothing needs reading, it is ended. Imports nothing of the library, so it loads at once.
 */
import { Worker } from 'node:worker_threads';

/** The parse worker's script (./worker.ts). */
const PARSE_WORKER = new URL('./worker.ts', import.meta.url);

/** site.yaml's ingest.max_memory_mb when it is not set (config.ts reads it from here). */
export const DEFAULT_MEMORY_MB = 6144;

let early: { worker: Worker; maxMemoryMb: number } | null = null;

/** A parse worker under `maxMemoryMb`; errors go to whoever runs a job on it (pool.ts). */
export function parseWorker(maxMemoryMb: number): Worker {
  const worker = new Worker(PARSE_WORKER, { resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb } });
  worker.on('error', () => {}); // an idle worker's error must not end the command
  return worker;
}

/** Starts one parse worker now, under site.yaml's default memory limit; it does not keep the process alive until taken. */
export function startParseWorker(): void {
  if (early) return;
  early = { worker: parseWorker(DEFAULT_MEMORY_MB), maxMemoryMb: DEFAULT_MEMORY_MB };
  early.worker.unref();
}

/** The worker startParseWorker started, if it runs under `maxMemoryMb` (taken once); one under another limit is ended. */
export function takeParseWorker(maxMemoryMb: number): Worker | null {
  const found = early;
  early = null;
  if (!found) return null;
  if (found.maxMemoryMb !== maxMemoryMb) {
    void found.worker.terminate();
    return null;
  }
  found.worker.ref();
  return found.worker;
}
