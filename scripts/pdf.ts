/**
 * npm run pdf [-- --out DIR]: prints each annual report of a built site to PDF and Word again (the build
 * does it already when Chromium is there) and links each PDF from its report page.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { printReports } from './reports-pdf.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const started = performance.now();
const { printed, documents } = await printReports(resolve(values.out), console.log);
console.log(`PDF: ${printed} reports; Word: ${documents.written}  ${((performance.now() - started) / 1000).toFixed(1)}s`);
