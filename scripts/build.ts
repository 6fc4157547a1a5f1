/**
 * npm run build [-- --data DIR --out DIR --memory-mb N]: the build (scripts/build-site.ts),
 * run in a process with a fixed memory budget (scripts/heap.ts). A fault of the program is
 * reported as a message, never a stack trace (scripts/failure.ts).
 */
import { enableCompileCache } from 'node:module';
import { catchFailures, reportFailure } from './failure.ts';
import { withinBudget } from './heap.ts';

// Node keeps the program's compiled modules (as `npm run check` does), for this process, the
// build's child and its worker threads, which inherit the variable: 0.35–0.45 s less before the
// build reads its first workbook, and less again in each worker. Only program code is kept there.
process.env['NODE_COMPILE_CACHE'] ??= 'node_modules/.cache/node-compile';
enableCompileCache();
await withinBudget();
catchFailures('build');
try {
  await import('./build-site.ts');
} catch (e) {
  reportFailure(e, 'build');
}
