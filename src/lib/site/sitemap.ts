/**
 * sitemap.xml and robots.txt for a built site, so search engines find every page in both
 * languages. Written only when site.yaml gives the address the site is published at; robots.txt
 * only when that is a host's root (crawlers read it nowhere else: a site published as a column,
 * /szgk/, is listed in the host's own robots.txt by the line the README gives).
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { escapeHtml } from './escape.ts';
import { basePath, pageUrl } from './base.ts';

/** The site's pages as paths (`/indicators/x/`), from the HTML files of the built folder; 404 left out. */
export async function pagePaths(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => `/${relative(dir, e.parentPath).split(sep).filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/'))
    .filter((p) => !p.startsWith('/pagefind/'))
    .sort();
}

export async function writeSitemap(dir: string, siteUrl: string | null, lastModified?: string): Promise<number> {
  if (!siteUrl) return 0;
  const paths = await pagePaths(dir);
  const urls = paths.map((p) => `  <url><loc>${escapeHtml(pageUrl(siteUrl, p))}</loc>${lastModified ? `<lastmod>${escapeHtml(lastModified)}</lastmod>` : ''}</url>`);
  await writeFile(join(dir, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`);
  if (basePath(siteUrl) === '/') await writeFile(join(dir, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${new URL('sitemap.xml', siteUrl).href}\n`);
  return paths.length;
}
