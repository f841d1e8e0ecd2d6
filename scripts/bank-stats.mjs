// npm run bank-stats: the question bank in numbers — items per chapter and type, the share of
// image items and of vignette stems (definitions in src/content/bank/metrics.ts), objective
// coverage, and the item lint's findings per chapter. Read-only; prints a table.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { bankStats, bankTargets } from '../src/content/bank/metrics.ts';
import { chapterSlugs } from '../src/quiz-engine/items/chapters.ts';
import { formatFinding, lintBank } from '../src/content/bank/item-lint.ts';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'src/content/questions');
const items = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(path.join(dir, f), 'utf8')));
const pendingText = readFileSync(path.join(root, 'tests/unit/content/bank-pending.ts'), 'utf8');
const pending = new Set([...pendingText.replace(/\/\/.*$/gm, '').matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1]));

const objectivesOf = (slug) => {
  const text = readFileSync(path.join(root, 'src/content/chapters', `${slug}.mdx`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  return (match ? parse(match[1]) : {}).objectives ?? [];
};

const stats = bankStats(items);
const findings = lintBank(items);
const pct = (n, d) => (d === 0 ? '–' : `${Math.round((100 * n) / d)}%`);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

console.log(
  `${pad('chapter', 36)}${lpad('items', 6)}${lpad('image', 7)}${lpad('vign.', 7)}${lpad('obj<2', 7)}${lpad('lint', 6)}  types`,
);
for (const chapter of chapterSlugs) {
  const row = stats.byChapter[chapter] ?? { total: 0, images: 0, vignettes: 0, types: {} };
  const objectives = objectivesOf(chapter);
  const thin = objectives.filter(
    (o) =>
      items.filter((i) => i.chapter === chapter && i.objectiveId === o.id).length < bankTargets.minItemsPerObjective,
  ).length;
  const ids = new Set(items.filter((i) => i.chapter === chapter).map((i) => i.id));
  const lint = findings.filter((f) => ids.has(f.id)).length;
  const types = Object.entries(row.types)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  console.log(
    `${pad(chapter + (pending.has(chapter) ? ' *' : ''), 36)}${lpad(row.total, 6)}${lpad(pct(row.images, row.total), 7)}${lpad(pct(row.vignettes, row.total), 7)}${lpad(thin, 7)}${lpad(lint, 6)}  ${types}`,
  );
}
console.log('');
console.log(
  `total ${stats.total} items (target ≥ ${bankTargets.minItems}); images ${stats.images} (${pct(stats.images, stats.total)}, target ≥ ${bankTargets.minImageShare * 100}%); vignettes ${stats.vignettes} (${pct(stats.vignettes, stats.total)}, target ≥ ${bankTargets.minVignetteShare * 100}%)`,
);
console.log(
  `by type: ${Object.entries(stats.byType)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ')}`,
);
console.log(
  `lint findings: ${findings.length} in all chapters (* = pending chapter, not yet held to the lint in npm test)`,
);
if (process.argv.includes('--lint')) for (const f of findings) console.log(`  ${formatFinding(f)}`);
