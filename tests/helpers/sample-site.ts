/**
 * The sample site built once for the browser tests that only read it (chart text, phones, the
 * 优质均衡 page): each test file runs in a process of its own, so the build goes to one folder
 * under the system's temp folder with its cache beside it, and the build's own "nothing changed"
 * check (scripts/stamp.ts) makes every file after the first reuse it in about a second.
 * YUANDING_E2E_SITE=<dir> uses a site already built instead.
 */
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browser.ts';
import { serve } from '../../scripts/serve.ts';
import { runScript } from './run.ts';

export interface SampleSite {
  /** the built folder */
  readonly out: string;
  readonly url: string;
  readonly browser: Browser;
  readonly close: () => Promise<void>;
}

/** The shared sample build itself, with its cache folder (where the build writes its Arrow tables). */
export function sampleBuild(): { readonly out: string; readonly cache: string } {
  const root = join(tmpdir(), 'yuanding-e2e-sample');
  const built = { out: join(root, 'dist'), cache: join(root, 'cache') };
  const r = runScript('scripts/build.ts', ['--data', 'data', '--out', built.out, '--cache', built.cache]);
  assert.equal(r.status, 0, r.stderr);
  return built;
}

export async function sampleSite(): Promise<SampleSite> {
  const out = process.env['YUANDING_E2E_SITE'] ?? sampleBuild().out;
  const site = await serve(out);
  const browser = await launchChromium();
  return { out, url: site.url, browser, close: async () => { await browser.close(); await site.close(); } };
}
