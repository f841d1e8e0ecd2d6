// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';

// Static output only: the site has no server. Progress lives in the learner's browser.
export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [mdx(), svelte()],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
