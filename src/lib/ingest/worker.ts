/**
 * Reads one workbook in a worker thread, so that a file too large or hostile for memory ends
 * the worker (with a clear error for the clerk), never the build. Each sheet's records go back
 * as Arrow IPC bytes (./arrow.ts), moved to the main thread rather than copied, and are the
 * bytes the parse cache stores.
 */
import { parentPort } from 'node:worker_threads';
import { packFile, transferables } from './arrow.ts';
import { parseFile, type ParseLimits } from './file.ts';
import type { BureauWords } from './words.ts';

export interface ParseRequest {
  readonly id: number;
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly salt: string;
  readonly words: BureauWords;
  readonly limits: ParseLimits;
}

parentPort?.on('message', (req: ParseRequest) => {
  const packed = packFile(parseFile(req.file, req.bytes, req.salt, req.limits, req.words));
  parentPort!.postMessage({ id: req.id, packed }, transferables(packed));
});
