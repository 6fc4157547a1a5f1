/**
 * npm run dev [-- --data DIR --out DIR --port N]: builds the site, serves it on this machine
 * for preview, and builds again whenever a file in the data folder changes. A build that
 * fails leaves the previous site in place (as every build does), so the preview keeps working
 * while the clerk fixes the spreadsheet.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from './serve.ts';
import { loadConfig } from '../src/lib/config.ts';
import { basePath } from '../src/lib/site/base.ts';

const { values } = parseArgs({ options: { data: { type: 'string', default: 'data' }, out: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' } } });
const [data, out] = [resolve(values.data), resolve(values.out)];

let running = false;
let again = false;
function build(): void {
  if (running) return void (again = true);
  running = true;
  const child = spawn(process.execPath, ['scripts/build.ts', '--data', data, '--out', out], { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
  child.on('exit', (code) => {
    running = false;
    console.log(code === 0 ? `\n预览已更新 Preview updated: ${site.url}\n` : '\n构建失败，预览仍为上一版。 Build failed; the preview shows the previous site.\n');
    if (again) {
      again = false;
      build();
    }
  });
}

// The preview is served from the folder the site is built for (site_url's path, e.g. /szgk/).
const siteUrl = (await loadConfig(data).catch(() => null))?.site_url;
const site = await serve(out, { port: Number(values.port), base: basePath(siteUrl) });
console.log(`预览 Preview: ${site.url}  (监视 watching ${data})`);
build();
let timer: NodeJS.Timeout | undefined;
// Excel and WPS write a file in several steps (and a ~$ lock file): wait for them to settle.
watch(data, { recursive: true }, (_, name) => {
  if (name && /(^|[/\\])(~\$|\.)/.test(name)) return;
  clearTimeout(timer);
  timer = setTimeout(build, 800);
});
