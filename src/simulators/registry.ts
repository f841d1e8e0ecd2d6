/**
 * The simulators, listed once: the /simulators/ index, the chapters' "Simulator: …" links and
 * the chapters' `simulators` field (its allowed slugs) all read this list. Each simulator's
 * engine and islands live in the folder of its slug (src/simulators/<slug>/); its page is
 * src/pages/simulators/<slug>.astro.
 */
export interface SimulatorEntry {
  readonly slug: string;
  /** Title of its card on /simulators/. */
  readonly title: string;
  /** Short name in a chapter's link ("Simulator: …"). */
  readonly linkTitle: string;
  /** One or two sentences for its card on /simulators/. */
  readonly summary: string;
}

export const SIMULATORS = [
  {
    slug: 'contrast-timing',
    title: 'Contrast-phase timing',
    linkTitle: 'Contrast-phase timing',
    summary:
      'Change the injection rate, volume, concentration and cardiac output, pick a fixed delay or bolus tracking, and see which phase you scan in and how well a NET or a liver metastasis stands out.',
  },
  {
    slug: 'diagnostic-accuracy',
    title: 'Diagnostic accuracy: CT, DECT, MRI, EUS and more',
    linkTitle: 'CT vs dual-energy CT vs MRI vs EUS accuracy',
    summary:
      'Compare the sensitivity and specificity the review reports for insulinoma, pancreatic NET, small-bowel primary and liver metastases, and see what they mean for 100 or 1000 patients at the pre-test probability you set.',
  },
  {
    slug: 'response-criteria',
    title: 'Response criteria: RECIST 1.1, Choi and mRECIST',
    linkTitle: 'RECIST 1.1 vs Choi vs mRECIST',
    summary:
      'Choose target lesions in simulated treated NETs and see the three verdicts side by side with their arithmetic, or paste your own measurements.',
  },
] as const satisfies readonly SimulatorEntry[];

export type SimulatorSlug = (typeof SIMULATORS)[number]['slug'];

/** The slugs, in order (a non-empty tuple, as z.enum wants). */
export const simulatorSlugs = SIMULATORS.map((s) => s.slug) as unknown as readonly [SimulatorSlug, ...SimulatorSlug[]];

/** The page of a simulator. */
export function simulatorHref(slug: SimulatorSlug): string {
  return `/simulators/${slug}/`;
}

export function simulatorBySlug(slug: string): (typeof SIMULATORS)[number] | undefined {
  return SIMULATORS.find((s) => s.slug === slug);
}
