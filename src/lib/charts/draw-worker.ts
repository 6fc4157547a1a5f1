/**
 * Draws charts by name in a worker thread, for ./parallel.ts. Each chart module registers its
 * drawing function when imported; one missing here fails the build, naming it.
 */
import { parentPort } from 'node:worker_threads';
import { drawers } from './cache.ts';
import './balance.ts';
import './bars.ts';
import './dots.ts';
import './grouped.ts';
import './lines.ts';
import './multiples.ts';
import './spark.ts';
import './stacked.ts';
import './trend.ts';

export interface DrawJob {
  readonly key: string;
  readonly name: string;
  readonly args: unknown[];
}

export type DrawResult = { readonly key: string; readonly svg: string } | { readonly key: string; readonly name: string; readonly error: string };

parentPort?.on('message', (jobs: DrawJob[]) => {
  parentPort!.postMessage(jobs.map(({ key, name, args }): DrawResult => {
    const draw = drawers.get(name);
    if (!draw) return { key, name, error: `no chart of this name is known to src/lib/charts/draw-worker.ts` };
    try {
      return { key, svg: draw(...(args as never)) };
    } catch (e) {
      return { key, name, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
  }));
});
