import { launchChromium } from './scripts/browser.ts';
import { serve } from './scripts/serve.ts';
const [root, path, sel, out, width] = process.argv.slice(2);
const s = await serve(root!);
const b = await launchChromium();
const p = await b.newPage({ viewport: { width: Number(width ?? 1200), height: 900 } });
await p.goto(s.url + path!);
await p.locator(sel!).first().screenshot({ path: out! });
await b.close(); await s.close();
