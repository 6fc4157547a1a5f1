/**
 * npm run check [-- --data DIR --annotate DIR]: validate the data folder only; exit 1 with the
 * list of errors. With --annotate, copies of the workbooks with problems, their problem cells
 * marked, are written whether or not there are errors (src/lib/ingest/annotate.ts).
 */
import type { Issue } from '../src/lib/ingest/issues.ts';
import { cliOptions, ingestChecked } from './cli.ts';
import { catchFailures, reportFailure } from './failure.ts';
import { xReasons, xSummaryLines } from '../src/lib/indicators/coverage.ts';
import { rememberedXReasons } from '../src/lib/indicators/coverage-memo.ts';

catchFailures('check');
try {
  const options = cliOptions();
  // ExcelJS (for --annotate) takes a quarter of a second to load: a clerk's plain check does without it.
  const annotation = options.annotateDir ? await import('../src/lib/ingest/annotate.ts') : null;
  const refused = annotation && options.annotateDir ? annotation.annotateRefusal(options.annotateDir, options.dataDir, options.outDir) : null;
  if (refused) {
    console.error(refused.join('\n'));
    process.exitCode = 1;
  } else {
    const checked = await ingestChecked(options);
    if (checked && annotation && options.annotateDir) await annotate(annotation.writeAnnotatedCopies, options.dataDir, checked.dataset.issues, options.annotateDir);
    // Which indicators will show x, and why: the same evaluation as the site's.
    if (checked?.ok) {
      const reasons = options.cacheDir ? await rememberedXReasons(checked.dataset, checked.config, options.cacheDir) : xReasons(checked.dataset, checked.config);
      for (const line of xSummaryLines(reasons)) console.log(line);
    }
    process.exitCode = checked?.ok ? 0 : 1;
  }
} catch (e) {
  reportFailure(e, 'check');
}

type WriteCopies = typeof import('../src/lib/ingest/annotate.ts').writeAnnotatedCopies;

async function annotate(writeAnnotatedCopies: WriteCopies, dataDir: string, issues: readonly Issue[], dir: string): Promise<void> {
  const { copies, failures } = await writeAnnotatedCopies(dataDir, issues, dir);
  console.log(`\n已写出带批注的副本 Annotated copies written: ${copies.length} file(s) → ${dir}`);
  for (const c of copies) {
    const converted = c.converted ? `（已转换为 .xlsx / converted to .xlsx）` : '';
    console.log(`  ${c.file} → ${c.copy}${converted}  ${c.cells} 个单元格已标出 cell(s) marked`);
  }
  for (const f of failures) console.error(`  ${f.file}：${f.zh}\n  ${f.file}: ${f.en}`);
}
