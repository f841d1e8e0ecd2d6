/**
 * Measures of the question bank: image items, vignette stems and counts per chapter and type.
 * Free of relative imports so that `npm run bank-stats` (scripts/bank-stats.mjs) can load it
 * straight from Node, and the coverage tests use the same definitions.
 */

export interface MetricItem {
  readonly id: string;
  readonly type: string;
  readonly chapter: string;
  readonly stem: string;
  readonly image?: unknown;
  readonly steps?: readonly { readonly image?: unknown }[];
}

/** An image item shows a simulated panel: a hotspot, an item with `image`, or a case with an image on any step. */
export function isImageItem(item: MetricItem): boolean {
  if (item.type === 'hotspot' || item.image !== undefined) return true;
  return (item.steps ?? []).some((step) => step.image !== undefined);
}

/**
 * A vignette stem describes one patient. Measured on the stem's first sentence: it gives an age
 * ("A 54-year-old woman …", "a 7-year-old") or names a person ("A woman with …", "A patient
 * whose …", "A man treated for …"). A stem that opens with a protocol, a statement or a bare
 * question is not a vignette, even if a patient appears later.
 */
const ageInYears = /\b\d{1,3}-year-old\b/i;
const person = /\b(man|woman|men|women|patient|boy|girl|gentleman|lady|mother|father)\b/i;

export function firstSentence(stem: string): string {
  const match = /^[\s\S]*?[.?!](?=\s|$)/.exec(stem.trim());
  return (match ? match[0] : stem).trim();
}

export function isVignette(stem: string): boolean {
  const first = firstSentence(stem);
  return ageInYears.test(first) || person.test(first);
}

export interface BankStats {
  readonly total: number;
  readonly images: number;
  readonly vignettes: number;
  readonly byChapter: Readonly<
    Record<string, { total: number; images: number; vignettes: number; types: Record<string, number> }>
  >;
  readonly byType: Readonly<Record<string, number>>;
}

export function bankStats(items: readonly MetricItem[]): BankStats {
  const byChapter: Record<string, { total: number; images: number; vignettes: number; types: Record<string, number> }> =
    {};
  const byType: Record<string, number> = {};
  let images = 0;
  let vignettes = 0;
  for (const item of items) {
    const row = (byChapter[item.chapter] ??= { total: 0, images: 0, vignettes: 0, types: {} });
    const image = isImageItem(item);
    const vignette = isVignette(item.stem);
    row.total += 1;
    row.types[item.type] = (row.types[item.type] ?? 0) + 1;
    byType[item.type] = (byType[item.type] ?? 0) + 1;
    if (image) {
      row.images += 1;
      images += 1;
    }
    if (vignette) {
      row.vignettes += 1;
      vignettes += 1;
    }
  }
  return { total: items.length, images, vignettes, byChapter, byType };
}

/** The targets of issue 14. */
export const bankTargets = {
  minItems: 300,
  minPerChapter: 15,
  minImageShare: 0.4,
  minVignetteShare: 0.6,
  minItemsPerObjective: 2,
} as const;

/** Every simulated panel an item shows: its own `image` (single-best, multiple-response, hotspot) and its case steps' images. */
export function panelReferences(item: {
  readonly id: string;
  readonly image?: unknown;
  readonly steps?: readonly { readonly id?: string; readonly image?: unknown }[];
}): { where: string; case: string; panel: string }[] {
  const refs: { where: string; case: string; panel: string }[] = [];
  const add = (where: string, image: unknown) => {
    if (typeof image === 'object' && image !== null && 'case' in image && 'panel' in image) {
      refs.push({ where, case: String(image.case), panel: String(image.panel) });
    }
  };
  add(`${item.id} image`, item.image);
  for (const step of item.steps ?? []) add(`${item.id} step ${step.id ?? '?'} image`, step.image);
  return refs;
}

/** The references that point at no panel of a figure case: each as a sentence. */
export function missingPanels(
  items: readonly Parameters<typeof panelReferences>[0][],
  panelsByCase: ReadonlyMap<string, readonly string[]>,
): string[] {
  return items.flatMap(panelReferences).flatMap((ref) => {
    const panels = panelsByCase.get(ref.case);
    if (!panels) return [`${ref.where}: there is no figure case "${ref.case}" in src/content/cases/`];
    return panels.includes(ref.panel)
      ? []
      : [`${ref.where}: figure case "${ref.case}" has no panel ${ref.panel} (it has ${panels.join(', ')})`];
  });
}
