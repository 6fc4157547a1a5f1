// @ts-check
import { defineConfig } from 'astro/config';

// Static output only: the site is a folder of HTML that works from any web server or intranet share.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
