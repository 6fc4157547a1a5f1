/**
 * Crawls a served site from its home page as a visitor's browser would follow it: every link,
 * stylesheet, script and image of every page reached, resolved against the page's address, and
 * every #fragment checked against the ids of the page it points into. Addresses on other hosts
 * (the canonical address, the 备案 systems) are not followed.
 */

export interface Crawl {
  /** HTML pages reached */
  readonly pages: number;
  /** distinct addresses inside the site that were requested (pages, files, assets) */
  readonly addresses: number;
  /** links followed, fragments included (a link on many pages counts on each) */
  readonly links: number;
  /** "page → target (status or missing #id)" for every link that does not lead anywhere */
  readonly broken: readonly string[];
  /** addresses on this host outside the site's folder: none may be linked */
  readonly outside: readonly string[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const unescape = (s: string) => s.replace(/&(amp|quot|#39|lt|gt);/g, (e) => ENTITIES[e] ?? e);

/** The addresses an HTML page refers to: href and src attributes (links, stylesheets, scripts, images, SVG links). */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|xlink:href)="([^"]*)"/g)].map((m) => unescape(m[1]!)).filter((u) => u && !/^(mailto|tel|javascript|data|blob):/i.test(u));
}

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => unescape(m[1]!)));
}

/** `site`: the site's address as served, e.g. http://127.0.0.1:PORT/szgk (the home page is site + '/'). */
export async function crawl(site: string, concurrency = 8): Promise<Crawl> {
  const root = new URL(`${site}/`);
  const seen = new Map<string, Promise<{ status: number; ids: Set<string> | null }>>();
  const broken: string[] = [];
  const outside = new Set<string>();
  let pages = 0;
  let links = 0;
  const fetchOne = (address: string) => {
    let result = seen.get(address);
    if (!result) {
      result = fetch(address).then(async (res) => {
        const html = (res.headers.get('content-type') ?? '').startsWith('text/html') ? await res.text() : (await res.arrayBuffer(), null);
        if (res.ok && html !== null) {
          pages++;
          pending.push({ address, html });
        }
        return { status: res.status, ids: html === null ? null : ids(html) };
      });
      seen.set(address, result);
    }
    return result;
  };
  const pending: { address: string; html: string }[] = [];
  await fetchOne(root.href);
  while (pending.length) {
    const batch = pending.splice(0, concurrency);
    await Promise.all(batch.map(async ({ address, html }) => {
      for (const ref of references(html)) {
        const target = new URL(ref, address);
        if (target.origin !== root.origin) continue;
        links++;
        if (!target.pathname.startsWith(root.pathname)) {
          outside.add(`${new URL(address).pathname} → ${target.pathname}`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        target.hash = '';
        const { status, ids: found } = await fetchOne(target.href);
        if (status !== 200) broken.push(`${new URL(address).pathname} → ${target.pathname} (${status})`);
        else if (fragment && found && !found.has(fragment)) broken.push(`${new URL(address).pathname} → ${target.pathname}#${fragment} (no such id)`);
      }
    }));
  }
  return { pages, addresses: seen.size, links, broken: [...new Set(broken)], outside: [...outside] };
}
