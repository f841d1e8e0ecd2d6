// node scripts/bank-clusters.mjs [--all] [--summary]
//
// Cross-item clusters of the question bank, for the T7 pass ("another item, step or feedback
// gives the key away"). Read-only; prints four lists:
//   (i)   items by chapter objective (objectiveId): items on one objective must test different
//         decisions (finding, step or patient), since every objective keeps at least two items;
//   (ii)  items that show the same simulated figure case (`case` of the image or of a step's image),
//         with each panel's alt texts, which should be identical and neutral across items;
//   (iii) near-duplicate keys anywhere in the bank: the same key text, or at least 60 % of the
//         content words shared (Jaccard); hotspot keys (places on an image) are left out of (iii)
//         and (iv), since every alt text of the panel must describe them;
//   (iv)  leak candidates: an item on the same case or objective whose stem, alt text, reveal or
//         feedback holds most of the content words of another item's key (read them; many are
//         harmless).
// By default list (i) prints only objectives whose items have overlapping keys or stems; --all
// prints every objective. --summary prints only the counts.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'src/content/questions');
const args = new Set(process.argv.slice(2));
const items = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((f) => (parse(readFileSync(path.join(dir, f), 'utf8')) ?? []).map((item) => ({ ...item, file: f })));

const stop = new Set(
  `a an the and or of to in on at by for with from as is are be was were it its this that these those than then
  into onto over under not no only all any each every one two more most less least which what who whom whose how
  when where why does do did has have had can could may might must should would will shall their there here his her
  she he they them you your our we us so but if about after before between both same other another own such very
  also just still yet rather because while per via up down out off`.split(/\s+/),
);
const stemOf = (w) => w.replace(/(?:ies)$/, 'y').replace(/(?:es|s)$/, '');
export const contentWords = (text) =>
  new Set(
    String(text ?? '')
      .toLowerCase()
      .replace(/[^a-z0-9⁶⁸¹⁷⁷\s-]/g, ' ')
      .split(/[\s-]+/)
      .filter((w) => w.length >= 3 && !stop.has(w))
      .map(stemOf),
  );
const jaccard = (a, b) => {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both += 1;
  return both / (a.size + b.size - both);
};
const covered = (key, text) => {
  if (key.size === 0) return 0;
  let n = 0;
  for (const x of key) if (text.has(x)) n += 1;
  return n / key.size;
};

/** Every keyed question in an item: the item itself, or each step of a case. */
function keys(item) {
  const one = (q, where) => {
    if (!q) return [];
    if (q.type === 'hotspot' || (item.type === 'hotspot' && q === item)) {
      const region = (q.regions ?? []).find((r) => r.id === q.answer);
      return region ? [{ where, text: region.label, hotspot: true }] : [];
    }
    if (Array.isArray(q.answers)) {
      const texts = (q.options ?? []).filter((o) => q.answers.includes(o.id)).map((o) => o.text);
      return [{ where, text: texts.join(' / ') }];
    }
    if (Array.isArray(q.options)) {
      const opt = q.options.find((o) => o.id === q.answer);
      return opt ? [{ where, text: opt.text }] : [];
    }
    if (typeof q.answer === 'number') return [{ where, text: `${q.answer}${q.unit ? ' ' + q.unit : ''}` }];
    return [];
  };
  if (item.type === 'case') return item.steps.flatMap((s) => one(s.question, `${item.id}#${s.id}`));
  return one(item, item.id);
}

/** The images an item shows, with the step they belong to. */
function images(item) {
  const out = [];
  if (item.image) out.push({ where: item.id, ...item.image });
  for (const s of item.steps ?? []) if (s.image) out.push({ where: `${item.id}#${s.id}`, ...s.image });
  return out;
}

/** What a learner reads before answering an item (stem, alt texts, reveals, prompts). */
const shown = (item) =>
  [item.stem, item.image?.alt, ...(item.steps ?? []).flatMap((s) => [s.reveal, s.image?.alt, s.question?.prompt])].join(
    ' ',
  );
/** What a learner reads after answering (explanations and every option's why). */
const feedback = (item) => {
  const qs = item.type === 'case' ? item.steps.map((s) => ({ ...s.question, explanation: s.explanation })) : [item];
  return [
    item.explanation,
    ...qs.flatMap((q) => [
      q.explanation,
      ...(q.options ?? []).map((o) => o.why),
      ...(q.regions ?? []).map((r) => r.why),
    ]),
  ].join(' ');
};

const byId = new Map(items.map((i) => [i.id, i]));
const out = [];
const print = (s = '') => out.push(s);

// (i) objectives
const objectives = new Map();
for (const item of items) {
  const k = `${item.chapter} / ${item.objectiveId ?? '(none)'}`;
  if (!objectives.has(k)) objectives.set(k, []);
  objectives.get(k).push(item);
}
let objectiveOverlaps = 0;
print(
  '== (i) items by objective' +
    (args.has('--all') ? '' : ' (only objectives with overlapping keys or stems; --all for every one)'),
);
for (const [k, list] of [...objectives].sort()) {
  const notes = [];
  for (let i = 0; i < list.length; i += 1)
    for (let j = i + 1; j < list.length; j += 1) {
      const a = list[i];
      const b = list[j];
      const ka = keys(a).map((x) => contentWords(x.text));
      const kb = keys(b).map((x) => contentWords(x.text));
      const keySim = Math.max(0, ...ka.flatMap((x) => kb.map((y) => jaccard(x, y))));
      const stemSim = jaccard(contentWords(a.objective), contentWords(b.objective));
      if (keySim >= 0.5 || stemSim >= 0.5)
        notes.push(
          `    ~ ${a.id} / ${b.id}: key overlap ${keySim.toFixed(2)}, objective-text overlap ${stemSim.toFixed(2)}`,
        );
    }
  objectiveOverlaps += notes.length;
  if (!args.has('--all') && notes.length === 0) continue;
  print(`-- ${k} (${list.length} items)`);
  for (const item of list)
    print(
      `    ${item.id} [${keys(item)
        .map((x) => x.text)
        .join(' | ')}] — ${item.objective}`,
    );
  for (const n of notes) print(n);
}

// (ii) same case
const cases = new Map();
for (const item of items)
  for (const img of images(item)) {
    if (!cases.has(img.case)) cases.set(img.case, []);
    cases.get(img.case).push({ item, img });
  }
let sharedCases = 0;
let altMismatches = 0;
print('');
print('== (ii) items showing the same figure case');
for (const [c, uses] of [...cases].sort()) {
  const ids = [...new Set(uses.map((u) => u.item.id))];
  if (ids.length < 2) continue;
  sharedCases += 1;
  print(`-- ${c}: ${ids.length} items`);
  const panels = new Map();
  for (const u of uses) {
    if (!panels.has(u.img.panel)) panels.set(u.img.panel, []);
    panels.get(u.img.panel).push(u);
  }
  for (const [p, list] of [...panels].sort()) {
    const alts = new Set(list.map((u) => u.img.alt));
    if (alts.size > 1) altMismatches += 1;
    print(
      `   panel ${p}: ${list.map((u) => u.img.where).join(', ')}${alts.size > 1 ? `  (${alts.size} different alt texts)` : ''}`,
    );
    if (alts.size > 1 || args.has('--all')) for (const alt of alts) print(`      alt: ${alt}`);
  }
  for (const id of ids)
    print(
      `   ${id}: stem "${byId.get(id).stem}" key [${keys(byId.get(id))
        .map((x) => x.text)
        .join(' | ')}]`,
    );
}

// (iii) near-duplicate keys
const allKeys = items.flatMap((item) => keys(item).map((k) => ({ item, ...k, words: contentWords(k.text) })));
const dupKeys = [];
for (let i = 0; i < allKeys.length; i += 1)
  for (let j = i + 1; j < allKeys.length; j += 1) {
    const a = allKeys[i];
    const b = allKeys[j];
    if (a.item.id === b.item.id || a.hotspot || b.hotspot) continue;
    const same = a.text.trim().toLowerCase() === b.text.trim().toLowerCase();
    const sim = jaccard(a.words, b.words);
    if (same || sim >= 0.6) dupKeys.push({ a, b, sim: same ? 1 : sim });
  }
print('');
print('== (iii) near-duplicate keys (same text or ≥ 60 % content words shared)');
for (const { a, b, sim } of dupKeys.sort((x, y) => y.sim - x.sim))
  print(
    `   ${sim.toFixed(2)}  ${a.where} (${a.item.objectiveId}) "${a.text}"  ~  ${b.where} (${b.item.objectiveId}) "${b.text}"`,
  );

// (iv) leak candidates: another item's stem/alt/reveal (before answering) or feedback holding its key
const related = new Map();
const relate = (a, b, why) => {
  if (a === b) return;
  const k = `${a}\u0000${b}`;
  if (!related.has(k)) related.set(k, new Set());
  related.get(k).add(why);
};
for (const [c, uses] of cases) for (const u of uses) for (const v of uses) relate(u.item.id, v.item.id, `case ${c}`);
for (const [k, list] of objectives) for (const a of list) for (const b of list) relate(a.id, b.id, `objective ${k}`);
const leaks = [];
for (const [k, whys] of related) {
  const [xId, yId] = k.split('\u0000');
  const x = byId.get(xId);
  const y = byId.get(yId);
  const before = contentWords(shown(x));
  const after = contentWords(feedback(x));
  for (const key of keys(y)) {
    const words = contentWords(key.text);
    // A hotspot's key is a place on the image, which every alt text of that panel must describe.
    if (words.size < 2 || key.hotspot) continue;
    const sameCase = [...whys].some((w) => w.startsWith('case'));
    const inStem = covered(words, before);
    const inFeedback = covered(words, after);
    if (sameCase && inStem >= 0.6)
      leaks.push(
        `   stem/alt of ${xId} holds ${Math.round(inStem * 100)} % of the key of ${key.where} "${key.text}" (${[...whys].join('; ')})`,
      );
    else if (inFeedback >= 0.8 && words.size >= 3)
      leaks.push(
        `   feedback of ${xId} holds ${Math.round(inFeedback * 100)} % of the key of ${key.where} "${key.text}" (${[...whys].join('; ')})`,
      );
  }
}
print('');
print('== (iv) leak candidates (read them; shared vocabulary is not always a leak)');
for (const l of leaks.sort()) print(l);

const summary = [
  `items ${items.length}; objectives ${objectives.size}; objective pairs with overlapping keys/objective text ${objectiveOverlaps}`,
  `figure cases used by ≥ 2 items ${sharedCases}; panels with differing alt texts ${altMismatches}`,
  `near-duplicate key pairs ${dupKeys.length}; leak candidates ${leaks.length}`,
];
if (!args.has('--summary')) console.log(out.join('\n') + '\n');
console.log(summary.join('\n'));
