// Draws a random sample of question items for a blind reviewer (issue 14 §4) and writes them
// as JSON: the items exactly as the bank publishes them (with their `enemies`), nothing else (no lint output, no notes).
// Usage: node scripts/export-review-sample.mjs [--n 30] [--seed 1] [--chapters a,b,c] [--out file.json]
// Without --chapters every chapter is drawn from; the draw is stratified by chapter (round
// robin over shuffled chapters) so a sample of 30 spreads across the bank.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const n = Number(arg('n', '30'));
let seed = Number(arg('seed', String(Date.now() % 100000)));
const chapters = arg('chapters', '')?.split(',').filter(Boolean) ?? [];
const out = arg('out', '');

// mulberry32: a small seeded generator, so a sample can be redrawn exactly from its seed.
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const shuffle = (list) => {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};

const dir = path.resolve(import.meta.dirname, '../src/content/questions');
// Each item's `enemies` as /data/questions.json publishes them (src/content/exclusion-groups.yaml:
// items never served in the same quiz), so the reviewer sees the items exactly as the bank serves them.
const groups =
  parse(readFileSync(path.resolve(import.meta.dirname, '../src/content/exclusion-groups.yaml'), 'utf8')) ?? [];
const enemies = new Map();
for (const { ids } of groups)
  for (const id of ids)
    for (const other of ids) if (other !== id) enemies.set(id, new Set([...(enemies.get(id) ?? []), other]));
const items = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(path.join(dir, f), 'utf8')))
  .map((item) => (enemies.has(item.id) ? { ...item, enemies: [...enemies.get(item.id)].sort() } : item))
  .filter((item) => chapters.length === 0 || chapters.includes(item.chapter));
const byChapter = new Map();
for (const item of shuffle(items)) byChapter.set(item.chapter, [...(byChapter.get(item.chapter) ?? []), item]);
const order = shuffle([...byChapter.keys()]);
const sample = [];
while (sample.length < Math.min(n, items.length)) {
  for (const chapter of order) {
    const pool = byChapter.get(chapter);
    if (pool.length > 0 && sample.length < n) sample.push(pool.shift());
  }
}
const text = JSON.stringify({ drawn: sample.length, of: items.length, items: sample }, null, 2);
if (out) writeFileSync(out, text);
else process.stdout.write(text + '\n');
