/**
 * Reads the site data the build wrote. The path comes from the environment or the working
 * directory, never from import.meta.url (which moves inside Astro's build).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SiteData } from './data.ts';
import { givePlaceNames } from '../../i18n/school-names.ts';

export const SITE_DATA_ENV = 'YUANDING_SITE_DATA';
export const defaultSiteDataPath = (cacheDir = '.cache'): string => resolve(cacheDir, 'site-data.json');

let cached: { path: string; data: SiteData } | null = null;

export function loadSiteData(): SiteData {
  const path = process.env[SITE_DATA_ENV] ?? defaultSiteDataPath();
  if (cached?.path !== path) {
    try {
      cached = { path, data: JSON.parse(readFileSync(path, 'utf8')) as SiteData };
      // English school names name the region as site.yaml does.
      givePlaceNames([[cached.data.region.zh, cached.data.region.en]]);
    } catch {
      throw new Error(`找不到网站数据 ${path}；请用 npm run build 生成网站。 / Site data ${path} not found; build the site with npm run build.`);
    }
  }
  return cached.data;
}
