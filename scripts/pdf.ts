/**
 * npm run pdf [-- --out DIR]: prints each annual report of a built site to PDF and Word again (the build
 * does it already when Chromium is there) and links each from its report page.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath } from './browser.ts';
import { hasChromium, printReports } from './reports-pdf.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
if (!(await hasChromium())) {
  console.error(`未找到 Chromium（${chromiumPath()}）：无法打印 PDF。请安装（apt-get install chromium fonts-noto-cjk）或用 CHROMIUM_PATH 指明位置。Word 文档由 npm run build 生成，无需 Chromium。\nChromium not found at ${chromiumPath()}: no PDF can be printed. Install it (apt-get install chromium fonts-noto-cjk) or give its path in CHROMIUM_PATH. The Word documents are written by npm run build and need no Chromium.`);
  process.exit(1);
}
const started = performance.now();
const out = resolve(values.out);
// The site says where it is published (its canonical address, from site.yaml site_url): the
// reports are served from that folder for printing, and their links point there.
const home = await readFile(join(out, 'index.html'), 'utf8');
const siteUrl = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1] ?? null;
const { printed, documents } = await printReports(out, { log: console.log, siteUrl });
console.log(`PDF: ${printed} reports; Word: ${documents.written}  ${((performance.now() - started) / 1000).toFixed(1)}s`);
