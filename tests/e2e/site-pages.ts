import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every HTML page of the built site, as URL paths ("/", "/about/", …), found by walking dist/. */
export function builtPages(): string[] {
  const root = path.resolve('dist');
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro') walk(full);
      } else if (name === 'index.html') {
        const rel = path.relative(root, dir).split(path.sep).join('/');
        pages.push(rel === '' ? '/' : `/${rel}/`);
      }
    }
  };
  walk(root);
  return pages.sort();
}

/** A short file-safe name for a page path. */
export function pageName(pagePath: string): string {
  return pagePath === '/' ? 'home' : pagePath.replace(/^\/|\/$/g, '').replace(/\//g, '--');
}
