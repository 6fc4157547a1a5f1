/** npm run check [-- --data DIR]: validate the data folder only; exit 1 with the list of errors. */
import { cliOptions, ingestWithReport } from './cli.ts';
import { catchFailures, reportFailure } from './failure.ts';

catchFailures('check');
try {
  const result = await ingestWithReport(cliOptions());
  process.exitCode = result ? 0 : 1;
} catch (e) {
  reportFailure(e, 'check');
}
