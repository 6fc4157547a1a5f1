/**
 * npm run pdf [-- --out DIR]: prints each annual report of a built site to PDF and Word again (the build
 * does it already when Chromium is there) and links each from its report page.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { printReports } from './reports-pdf.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const started = performance.now();
const out = resolve(values.out);
// The site says where it is published (its canonical address, from site.yaml site_url): the
// reports are served from that folder for printing, and their links point there.
const home = await readFile(join(out, 'index.html'), 'utf8');
const siteUrl = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1] ?? null;
const { printed, documents } = await printReports(out, { log: console.log, siteUrl });
console.log(`PDF: ${printed} reports; Word: ${documents.written}  ${((performance.now() - started) / 1000).toFixed(1)}s`);
