/**
 * The folder a site is published under: the path of site.yaml's site_url. A county's site is
 * often a column of the bureau's (https://jyj.<county>.gov.cn/szgk/): every link, asset,
 * search result and download then lives under /szgk/. Without site_url, the web root.
 */
export function basePath(siteUrl: string | null | undefined): string {
  return siteUrl ? new URL(siteUrl).pathname.replace(/\/?$/, '/') : '/';
}

/** The full address of a page, by its route inside the site (/indicators/x/), where site_url is known. */
export const pageUrl = (siteUrl: string, route: string): string => new URL(route.replace(/^\//, ''), siteUrl).href;
