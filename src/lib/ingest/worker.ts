/**
 * Reads one workbook in a worker thread, so that a file too large or hostile for memory ends
 * the worker (with a clear error for the clerk), never the build.
 */
import { parentPort } from 'node:worker_threads';
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
  parentPort!.postMessage({ id: req.id, parsed: parseFile(req.file, req.bytes, req.salt, req.limits, req.words) });
});
