/** npm run check [-- --data DIR]: validate the data folder only; exit 1 with the list of errors. */
import { cliOptions, ingestWithReport } from './cli.ts';
import { catchFailures, reportFailure } from './failure.ts';
import { xReasons, xSummaryLines } from '../src/lib/indicators/coverage.ts';

catchFailures('check');
try {
  const result = await ingestWithReport(cliOptions());
  // Which indicators will show x, and why: the same evaluation as the site's.
  if (result) for (const line of xSummaryLines(xReasons(result.dataset, result.config))) console.log(line);
  process.exitCode = result ? 0 : 1;
} catch (e) {
  reportFailure(e, 'check');
}
