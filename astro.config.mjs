// @ts-check
import { defineConfig } from 'astro/config';

// Static output only: the site is a folder of HTML that works from any web server or intranet share.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // The large-text script ships as a file of its own, never inlined (Astro inlines scripts under
  // 4 kB; it is known by its storage key), so it runs under a Content-Security-Policy of
  // script-src 'self'. Every other script: Astro's default.
  vite: { build: { assetsInlineLimit: (_file, content) => (content.includes('yuanding:large-text') ? false : undefined) } },
});
