/**
 * Lighthouse (mobile) over pages of a served site, in Debian's Chromium: every page must score
 * 100 for accessibility, best practices and SEO (the failing audits are named); the four scores
 * of each page are returned for the test to print.
 */
import assert from 'node:assert/strict';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/browser.ts';

export async function lighthouseScores(url: string, paths: readonly string[]): Promise<string[]> {
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  const scores: string[] = [];
  try {
    for (const path of paths) {
      const result = await lighthouse(`${url}${path}`, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const categories = result!.lhr.categories;
      scores.push(`${path} ${Object.entries(categories).map(([k, v]) => `${k} ${Math.round((v.score ?? 0) * 100)}`).join(', ')}`);
      for (const id of ['accessibility', 'best-practices', 'seo']) {
        const failing = Object.values(result!.lhr.audits).filter((a) => a.score !== null && a.score < 1 && categories[id]!.auditRefs.some((r) => r.id === a.id && r.weight > 0)).map((a) => a.id);
        assert.equal(categories[id]!.score, 1, `${path} ${id}: ${failing.join(', ')}`);
      }
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
