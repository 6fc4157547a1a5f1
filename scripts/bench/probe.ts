/**
 * One measurement of `npm run bench`, in a process of its own so each starts cold:
 *   node scripts/bench/probe.ts bare DIR     SheetJS alone: read + sheet_to_json of every workbook
 *   node scripts/bench/probe.ts bare FILE    the same for one workbook (the clerk's loop: its parse time)
 *   node scripts/bench/probe.ts ingest DIR   Yuanding's ingest of the same files, no parse cache
 * Prints one line of JSON: wall and CPU milliseconds (CPU counts the worker threads too), rows, peak RSS.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { loadConfig } from '../../src/lib/config.ts';
import { ingest } from '../../src/lib/ingest/index.ts';
import { silentLogger } from '../../src/lib/logger.ts';

const [what, dir] = process.argv.slice(2) as ['bare' | 'ingest', string];
const SPREADSHEET = /\.(xlsx|xls|csv)$/i;

const files = (await stat(dir)).isFile() ? [dir] : (await readdir(dir, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile() && SPREADSHEET.test(e.name))
  .map((e) => join(e.parentPath, e.name))
  .sort();
const config = what === 'ingest' ? await loadConfig(dir) : null;

const cpu0 = process.cpuUsage();
const t0 = performance.now();
let rows = 0;
if (what === 'bare') {
  for (const f of files) {
    const wb = XLSX.read(await readFile(f), { dense: true, cellText: false });
    for (const name of wb.SheetNames) rows += XLSX.utils.sheet_to_json(wb.Sheets[name]!, { header: 1 }).length;
  }
} else {
  const dataset = await ingest(dir, { config: config!, cacheDir: null, today: '2099-12-31', logger: silentLogger });
  for (const year of dataset.records.values()) for (const table of Object.values(year)) rows += table.numRows();
}
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000, rows, files: files.length, peakGb: process.resourceUsage().maxRSS / 1048576 }));
