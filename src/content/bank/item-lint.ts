/**
 * The item lint: the mechanical flaws of the house item-writing standard
 * (/work/shared/item-writing.md, "Flaw codes"), found in the YAML of the question bank.
 *
 * It is deliberately free of relative imports (only plain data in, findings out), so
 * `npm run bank-stats` can load it straight from Node as well as from the unit tests.
 * Each rule is a heuristic with a threshold; a justified exception goes into the commented
 * allow-list in tests/unit/content/item-lint-allow.ts, never into a looser threshold.
 */

export type FlawCode = 'T2' | 'T3' | 'T5' | 'C1' | 'I1' | 'I2' | 'I4' | 'I5' | 'DUP';

export interface LintFinding {
  readonly id: string;
  readonly code: FlawCode;
  /** Where in the item (e.g. "stem", "step s2"), and what triggered the rule. */
  readonly message: string;
}

/** The loose shape the lint reads: any item of the bank, as parsed from YAML. */
export interface LintOption {
  readonly id: string;
  readonly text: string;
}
export interface LintItem {
  readonly id: string;
  readonly type: string;
  readonly chapter?: string;
  readonly stem: string;
  readonly topics?: readonly string[];
  readonly objectiveId?: string;
  readonly options?: readonly LintOption[];
  readonly answer?: unknown;
  readonly answers?: readonly string[];
  readonly steps?: readonly {
    readonly id: string;
    readonly reveal?: string;
    readonly question: {
      readonly type: string;
      readonly prompt: string;
      readonly options?: readonly LintOption[];
      readonly answer?: unknown;
    };
  }[];
}

/** Thresholds, named so the tests and the report can quote them. */
export const lintThresholds = {
  /** T2: the key is at least this many times as long as the longest distractor … */
  keyLengthRatio: 1.3,
  /** … and at least this many characters longer. */
  keyLengthExcess: 15,
  /** I1: the longest option is at least this many times the shortest … */
  spreadRatio: 3,
  /** … and at least this many characters longer. */
  spreadExcess: 35,
  /** I1: no option longer than this (characters). */
  maxOptionLength: 110,
  /** DUP: Jaccard similarity of the keys' content words at or above this, same objective. */
  duplicateKeySimilarity: 0.75,
} as const;

/** T3: absolute terms (the standard's list, plus their common variants). */
const absolutes = [
  'always',
  'never',
  'only',
  'alone',
  'all',
  'none',
  'definite',
  'definitely',
  'cannot',
  'invariably',
  'exclusively',
  'every',
  'certain',
  'certainly',
  'impossible',
];
/** T3: hedges. */
const hedges = [
  'usually',
  'often',
  'may',
  'might',
  'generally',
  'typically',
  'possibly',
  'possible',
  'probably',
  'sometimes',
  'frequently',
  'commonly',
  'tends',
  'occasionally',
  'perhaps',
];

/** T5: words too common in stems and options to count as a clang. */
const stopwords = new Set(
  (
    'a an the and or but of in on at to for from by with without into onto over under than then that this these those is are was were be been being ' +
    'has have had do does did which what who whom whose when where why how it its as not no yes most more less least best next first second ' +
    'patient patients year old man woman shows show shown showing finding findings imaging image images study scan scans examination ' +
    'tumour tumours tumor lesion lesions mass masses nodule nodules disease ' +
    'likely appropriate step following would should could will can about after before between during there their they them his her him she he ' +
    'each other same such very also only all any some one two three four five both well used use using make makes done does'
  ).split(' '),
);

const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? [];

/** A crude stem so that "metastases"/"metastasis", "enhancing"/"enhances" meet. */
export function stemWord(word: string): string {
  let w = word.toLowerCase();
  for (const suffix of [
    'ations',
    'ation',
    'ings',
    'ing',
    'ises',
    'ised',
    'izes',
    'ized',
    'ies',
    'ied',
    'es',
    'ed',
    'ly',
    'al',
    's',
  ]) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w.slice(0, 7);
}

const contentStems = (text: string): Set<string> =>
  new Set(
    wordsOf(text)
      .filter((w) => w.length >= 4 && !stopwords.has(w) && !/^\d/.test(w))
      .map(stemWord),
  );

const hasAny = (text: string, list: readonly string[]): string | undefined => {
  const words = new Set(wordsOf(text));
  return list.find((w) => words.has(w));
};

/** One set of options to judge, with its keys: a single-best item, a multiple-response item or a case step. */
interface OptionSet {
  readonly where: string;
  readonly prompt: string;
  readonly options: readonly LintOption[];
  readonly keys: readonly string[];
}

function optionSets(item: LintItem): OptionSet[] {
  const sets: OptionSet[] = [];
  if ((item.type === 'single-best' || item.type === 'multiple-response') && item.options) {
    const keys = item.type === 'single-best' ? [String(item.answer)] : [...(item.answers ?? [])];
    sets.push({ where: 'options', prompt: item.stem, options: item.options, keys });
  }
  for (const step of item.steps ?? []) {
    if (step.question.type === 'single-best' && step.question.options) {
      sets.push({
        where: `step ${step.id}`,
        prompt: `${step.reveal ?? ''} ${step.question.prompt}`,
        options: step.question.options,
        keys: [String(step.question.answer)],
      });
    }
  }
  return sets;
}

/** Every stem-like text a candidate reads as a question: the stem, and each step's reveal and prompt. */
function stemTexts(item: LintItem): { where: string; text: string }[] {
  const texts = [{ where: 'stem', text: item.stem }];
  for (const step of item.steps ?? []) {
    if (step.reveal) texts.push({ where: `step ${step.id} reveal`, text: step.reveal });
    texts.push({ where: `step ${step.id} prompt`, text: step.question.prompt });
  }
  return texts;
}

/** The question sentence: the text after the last sentence break before the final question mark (or the last sentence). */
export function questionSentence(text: string): string {
  const trimmed = text.trim();
  const sentences = trimmed.split(/(?<=[.!?:])\s+(?=[A-Z"“(])/);
  const asked = sentences.filter((s) => s.includes('?'));
  return (asked.at(-1) ?? sentences.at(-1) ?? trimmed).trim();
}

/**
 * The number an option states, with the end of its range if it gives one ("3–6 months"). Digits
 * glued to letters are names, not quantities (T2, b800, ⁶⁸Ga written 68Ga, 18F).
 */
export function optionNumber(text: string): { start: number; end: number } | undefined {
  const match = /(?<![A-Za-z\d.])(\d+(?:[.,]\d+)?)(?:\s*(?:–|-|to)\s*(\d+(?:[.,]\d+)?))?(?![\d]|[A-Za-z])/.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]!.replace(',', '.'));
  const end = match[2] ? Number(match[2].replace(',', '.')) : start;
  return { start, end };
}

function lintOptionSet(id: string, set: OptionSet): LintFinding[] {
  const out: LintFinding[] = [];
  const keys = set.options.filter((o) => set.keys.includes(o.id));
  const distractors = set.options.filter((o) => !set.keys.includes(o.id));
  if (keys.length === 0 || distractors.length === 0) return out;
  const len = (o: LintOption) => o.text.trim().length;

  // T2: the key markedly longer than every distractor.
  const shortestKey = Math.min(...keys.map(len));
  const longestDistractor = Math.max(...distractors.map(len));
  if (
    shortestKey >= longestDistractor * lintThresholds.keyLengthRatio &&
    shortestKey - longestDistractor >= lintThresholds.keyLengthExcess
  ) {
    out.push({
      id,
      code: 'T2',
      message: `${set.where}: key ${shortestKey} characters against at most ${longestDistractor} for the distractors`,
    });
  }

  // T3: absolutes only in distractors; hedges only in the key.
  const absoluteInKey = keys.some((k) => hasAny(k.text, absolutes));
  const absoluteDistractor = distractors.map((d) => [d, hasAny(d.text, absolutes)] as const).find(([, w]) => w);
  if (absoluteDistractor && !absoluteInKey) {
    out.push({
      id,
      code: 'T3',
      message: `${set.where}: absolute "${absoluteDistractor[1]}" in distractor ${absoluteDistractor[0].id} but in no key`,
    });
  }
  const hedgeKey = keys.map((k) => [k, hasAny(k.text, hedges)] as const).find(([, w]) => w);
  if (hedgeKey && !distractors.some((d) => hasAny(d.text, hedges))) {
    out.push({
      id,
      code: 'T3',
      message: `${set.where}: hedge "${hedgeKey[1]}" in key ${hedgeKey[0].id} but in no distractor`,
    });
  }

  // T5: a content word of the stem repeated in a key and in no distractor.
  const promptStems = contentStems(set.prompt);
  const distractorStems = new Set(distractors.flatMap((d) => [...contentStems(d.text)]));
  for (const key of keys) {
    const clang = [...contentStems(key.text)].filter((s) => promptStems.has(s) && !distractorStems.has(s));
    if (clang.length > 0)
      out.push({
        id,
        code: 'T5',
        message: `${set.where}: stem word(s) "${clang.join('", "')}" repeated in key ${key.id} only`,
      });
  }

  // I1: very different lengths, or an over-long option.
  const lengths = set.options.map(len);
  const longest = Math.max(...lengths);
  const shortest = Math.min(...lengths);
  if (longest >= shortest * lintThresholds.spreadRatio && longest - shortest >= lintThresholds.spreadExcess) {
    out.push({
      id,
      code: 'I1',
      message: `${set.where}: option lengths range from ${shortest} to ${longest} characters`,
    });
  }
  const tooLong = set.options.find((o) => len(o) > lintThresholds.maxOptionLength);
  if (tooLong)
    out.push({
      id,
      code: 'I1',
      message: `${set.where}: option ${tooLong.id} is ${len(tooLong)} characters (limit ${lintThresholds.maxOptionLength})`,
    });

  // I2: when every option states a different number, the numbers ascend and ranges do not overlap.
  const numbers = set.options.map((o) => optionNumber(o.text));
  if (
    numbers.every((n) => n !== undefined) &&
    new Set(numbers.map((n) => `${n!.start}-${n!.end}`)).size === numbers.length
  ) {
    const values = numbers as { start: number; end: number }[];
    const ascending = values.every((n, i) => i === 0 || n.start > values[i - 1]!.start);
    const overlap = values.some(
      (n, i) => i > 0 && values[i - 1]!.end >= n.start && values[i - 1]!.end !== values[i - 1]!.start,
    );
    if (!ascending || overlap) {
      out.push({
        id,
        code: 'I2',
        message: `${set.where}: numeric options ${!ascending ? 'not in ascending order' : 'overlap'} (${values.map((n) => (n.end === n.start ? n.start : `${n.start}–${n.end}`)).join(', ')})`,
      });
    }
  }

  // I4: all / none of the above.
  const above = set.options.find((o) => /\b(all|none|both|neither) of the (above|options|these)\b/i.test(o.text));
  if (above) out.push({ id, code: 'I4', message: `${set.where}: option ${above.id} "${above.text}"` });
  return out;
}

/** C1, source cited in the stem: "the review", "according to", "the authors" … */
const sourceCitation = /\b(review|according to|the authors?|the article|the paper|the literature)\b/i;
/** I5: a negative question sentence, allowed only with NOT / EXCEPT / LEAST in capitals. */
const negative = /\b(not|except|least|false|incorrect|untrue)\b/gi;

/**
 * The part of a question sentence that states what is asked, before any subordinate clause
 * ("… when CT does not show the primary?" states a condition, not a negative question); "at
 * least" is a quantity, not a negative.
 */
export function negativeClause(question: string): string {
  const cut =
    /\s(when|if|although|though|because|since|despite|after|before|while|where|whose|that|who|whom|in whom|with)\s/i.exec(
      question,
    );
  return (cut ? question.slice(0, cut.index) : question).replace(/\bat least\b/gi, '');
}

/** The lint findings of one item. */
export function lintItem(item: LintItem): LintFinding[] {
  const out: LintFinding[] = [];
  for (const { where, text } of stemTexts(item)) {
    const cited = sourceCitation.exec(text);
    if (cited) out.push({ id: item.id, code: 'C1', message: `${where}: cites the source ("${cited[0]}")` });
    for (const match of negativeClause(questionSentence(text)).matchAll(negative)) {
      if (match[0] !== match[0].toUpperCase())
        out.push({ id: item.id, code: 'I5', message: `${where}: negative question "${match[0]}" not in capitals` });
    }
  }
  for (const set of optionSets(item)) out.push(...lintOptionSet(item.id, set));
  return out;
}

/** The key's text of a choice item (single-best or multiple-response), for the duplicate-point check. */
function keyText(item: LintItem): string | undefined {
  if (!item.options) return undefined;
  const keys =
    item.type === 'single-best'
      ? [String(item.answer)]
      : item.type === 'multiple-response'
        ? [...(item.answers ?? [])]
        : [];
  const text = item.options
    .filter((o) => keys.includes(o.id))
    .map((o) => o.text)
    .join(' ');
  return text || undefined;
}

/** Every word of a key (numbers and short words included: "two" and "three" differ), minus articles and particles. */
const keyStems = (text: string): Set<string> =>
  new Set(
    wordsOf(text)
      .filter((w) => !['a', 'an', 'the', 'of', 'in', 'on', 'and', 'or', 'to', 'with', 'for', 'by', 'at'].includes(w))
      .map(stemWord),
  );

const jaccard = (a: Set<string>, b: Set<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both += 1;
  return both / (a.size + b.size - both);
};

/**
 * DUP: two items keyed on the same fact: the same objective (objectiveId, or the same topic
 * list when neither names one) and near-identical key text. Reported once, on the later id.
 */
export function duplicatePoints(items: readonly LintItem[]): LintFinding[] {
  const out: LintFinding[] = [];
  const keyed = items
    .map((item) => ({ item, key: keyText(item) }))
    .filter((x): x is { item: LintItem; key: string } => x.key !== undefined)
    .map((x) => ({
      ...x,
      stems: keyStems(x.key),
      group: x.item.objectiveId ?? `topics:${[...(x.item.topics ?? [])].sort().join('|')}`,
    }));
  for (let i = 0; i < keyed.length; i += 1) {
    for (let j = i + 1; j < keyed.length; j += 1) {
      const a = keyed[i]!;
      const b = keyed[j]!;
      if (a.group !== b.group || a.item.chapter !== b.item.chapter) continue;
      const similarity = jaccard(a.stems, b.stems);
      if (similarity >= lintThresholds.duplicateKeySimilarity) {
        const [first, second] = a.item.id < b.item.id ? [a.item.id, b.item.id] : [b.item.id, a.item.id];
        out.push({
          id: second,
          code: 'DUP',
          message: `same objective and key as "${first}" ("${a.key}" / "${b.key}")`,
        });
      }
    }
  }
  return out;
}

/** The whole bank's findings, each as "id CODE: message". */
export function lintBank(items: readonly LintItem[]): LintFinding[] {
  return [...items.flatMap(lintItem), ...duplicatePoints(items)];
}

export const formatFinding = (f: LintFinding): string => `${f.id} ${f.code}: ${f.message}`;
