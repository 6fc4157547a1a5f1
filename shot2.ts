import { launchChromium } from '/work/main/scripts/browser.ts';
import { serve } from '/work/main/scripts/serve.ts';
const site = await serve('/work/main/dist');
const browser = await launchChromium();
const [w, list] = [Number(process.argv[2] ?? 360), process.argv.slice(3)];
const page = await browser.newPage({ viewport: { width: w, height: 800 }, deviceScaleFactor: 1 });
for (const path of list) {
  await page.goto(site.url + path);
  await page.screenshot({ path: `/tmp/s-${w}-${path.replace(/\W+/g, '_')}.png`, fullPage: process.env['FULL'] === '1' });
}
await browser.close(); await site.close();
