/**
 * A static file server on loopback for browser tests, printing and the preview. Text is sent
 * gzip-compressed when the browser asks, as any web server in front of the site would. The
 * site is served under `base`, the folder it is built for (site_url's path, e.g. /szgk/): the
 * returned url ends there (http://127.0.0.1:PORT/szgk), so `${url}/indicators/` is a page.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.jpg': 'image/jpeg', '.gif': 'image/gif',
  '.pdf': 'application/pdf', '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * The Content-Security-Policy every page works under, as the README gives it for the web
 * server: scripts only from the site's own files (none inline, none from elsewhere), Pagefind's
 * WebAssembly, styles inline (Plot draws charts with style attributes), images from the site
 * and from the charts' own downloads (data:, blob:), nothing framing the site from elsewhere.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
/** The headers the README asks the web server to send with every file. */
export const WEB_HEADERS: Readonly<Record<string, string>> = { 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' };

/**
 * `headers`: sent with every file; by default the README's (WEB_HEADERS), so every browser test
 * and the preview run under the policy the published site will have.
 */
export async function serve(root: string, { port = 0, base = '/', headers = WEB_HEADERS }: { port?: number; base?: string; headers?: Readonly<Record<string, string>> } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!`${requested}/`.startsWith(base)) return void res.writeHead(404, headers).end('not found');
    const path = normalize(`/${requested.slice(base.length)}`).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const compress = /gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /^(text|image\/svg|application\/json)/.test(type);
      if (compress) res.writeHead(200, { ...headers, 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(gzipSync(body));
      else res.writeHead(200, { ...headers, 'content-type': type }).end(body);
    } catch {
      res.writeHead(404, headers).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}${base.replace(/\/$/, '')}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
