import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every built page under `dir` (Astro's `_astro` asset folder skipped), for the build's HTML passes. */
export async function htmlFiles(dir, found = []) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_astro') await htmlFiles(full, found);
    } else if (entry.name.endsWith('.html')) found.push(full);
  }
  return found;
}
