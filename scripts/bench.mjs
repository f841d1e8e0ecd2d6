// npm run bench: runs every benchmark the project has, one after another, and prints their figures.
// Benchmarks that read the built site need `npm run build` first; this script builds when dist/ is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const node = process.execPath;
if (!existsSync('dist/index.html')) {
  console.log('bench: dist/ is missing, building first…');
  const build = spawnSync('astro', ['build'], { stdio: 'inherit', shell: false });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const benches = ['scripts/bench-search.mjs', 'scripts/bench-imaging.mjs'].filter((f) => existsSync(f));
let failed = 0;
for (const file of benches) {
  console.log(`\n━━ ${file} ━━`);
  const run = spawnSync(node, [file], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
