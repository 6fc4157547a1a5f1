/**
 * npm run build [-- --data DIR --out DIR --memory-mb N]: the build (scripts/build-site.ts),
 * run in a process with a fixed memory budget (scripts/heap.ts).
 */
import { withinBudget } from './heap.ts';

await withinBudget();
await import('./build-site.ts');
