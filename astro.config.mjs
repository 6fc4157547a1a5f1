// @ts-check
import { defineConfig } from 'astro/config';

// Static output only: the site is a folder of HTML that works from any web server or intranet share.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // Scripts stay files of their own, never inlined into pages: the pages work under a
  // Content-Security-Policy of script-src 'self' (README, "Web server").
  vite: { build: { assetsInlineLimit: 0 } },
});
