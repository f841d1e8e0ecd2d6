// Draws a random sample of question items for a blind review (issue 14, part 4) and writes them as
// JSON: only the items as a learner and reviewer would see them, nothing about the lint or notes.
// Usage: node scripts/bank-sample.mjs --seed 1 --n 30 --chapters a,b,c > docs/reviews/items-sample.json
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const seed = Number(arg('seed', '1'));
const n = Number(arg('n', '30'));
const chapters = (arg('chapters', '') || '').split(',').filter(Boolean);
const exclude = new Set((arg('exclude', '') || '').split(',').filter(Boolean));

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'src/content/questions');
const items = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(path.join(dir, f), 'utf8')) ?? [])
  .filter((item) => chapters.length === 0 || chapters.includes(item.chapter))
  .filter((item) => !exclude.has(item.id))
  .sort((a, b) => a.id.localeCompare(b.id));

// mulberry32: a small seeded generator so a sample can be drawn again.
let state = seed >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
for (let i = items.length - 1; i > 0; i -= 1) {
  const j = Math.floor(random() * (i + 1));
  [items[i], items[j]] = [items[j], items[i]];
}
const sample = items.slice(0, n).map(({ anchor, ...item }) => item);
process.stdout.write(`${JSON.stringify({ seed, drawnFrom: items.length, count: sample.length, items: sample }, null, 2)}\n`);
