/**
 * npm run build [-- --data DIR --out DIR --memory-mb N]: the build (scripts/build-site.ts),
 * run in a process with a fixed memory budget (scripts/heap.ts). A fault of the program is
 * reported as a message, never a stack trace (scripts/failure.ts).
 */
import { catchFailures, reportFailure } from './failure.ts';
import { withinBudget } from './heap.ts';

await withinBudget();
catchFailures('build');
try {
  await import('./build-site.ts');
} catch (e) {
  reportFailure(e, 'build');
}
