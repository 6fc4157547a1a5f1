/** npm run check [-- --data DIR]: validate the data folder only; exit 1 with the list of errors. */
import { cliOptions, ingestWithReport } from './cli.ts';

const result = await ingestWithReport(cliOptions());
process.exitCode = result ? 0 : 1;
