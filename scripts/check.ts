/** npm run check [-- --data DIR]: validate the data folder only; exit 1 with the list of errors. */
import { cliOptions, ingestWithReport } from './cli.ts';
import { catchFailures, reportFailure } from './failure.ts';
import { unavailableLines, unavailableReasons } from '../src/lib/indicators/coverage.ts';

catchFailures('check');
try {
  const result = await ingestWithReport(cliOptions());
  // What the site will show as x, and why: the same evaluation the indicator pages run.
  if (result) for (const line of unavailableLines(unavailableReasons(result.dataset, result.config))) console.log(line);
  process.exitCode = result ? 0 : 1;
} catch (e) {
  reportFailure(e, 'check');
}
