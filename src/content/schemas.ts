import { z } from 'zod';
import { chapterSlugSchema, reviewSectionSchema } from '../quiz-engine/items/common';
import { annotationSchema, sceneSchema, viewSchema } from '../imaging/case-spec';
import { slugPattern } from '../lib/slug';
import { simulatorSlugs } from '../simulators/registry';

/**
 * Zod schemas for everything an author writes under src/content/. content.config.ts wires
 * them to Astro's loaders; the same schemas are unit-tested with good and bad fixtures.
 */

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const slug = z.string().regex(slugPattern, 'use lower-case words joined by hyphens');

/** The simulators a chapter may link to (listed once, in src/simulators/registry.ts). */
export { simulatorSlugs };

/** One learning objective of a chapter: a stable id (e.g. "ct-2", "ct-images") and its wording. */
export const learningObjectiveSchema = z.strictObject({ id: slug, text: nonEmpty });
export type LearningObjective = z.infer<typeof learningObjectiveSchema>;

/** Front matter of a chapter (MDX). The file name is the chapter's slug. */
export const chapterSchema = z.strictObject({
  title: nonEmpty,
  /** Position in the course, 1 = first. */
  order: z.number().int().min(1).max(40),
  /** The review sections this chapter covers. */
  sections: z.array(reviewSectionSchema).min(1),
  /** One or two sentences for the course map and search. */
  summary: nonEmpty,
  /**
   * Learning objectives, each with a stable id: questions name the objective they test
   * (`objectiveId`), so the wording can change without breaking the coverage check.
   */
  objectives: z
    .array(learningObjectiveSchema)
    .min(3, 'give 3–6 learning objectives')
    .max(6, 'give 3–6 learning objectives')
    .refine(
      (list) => new Set(list.map((o) => o.id)).size === list.length,
      'objective ids must be unique within the chapter',
    ),
  keyPoints: z.array(nonEmpty).min(2, 'give at least two key points'),
  /** Glossary term ids the chapter uses. */
  terms: z.array(slug).default([]),
  /** Figure case slugs and simulators the chapter links to. */
  cases: z.array(slug).default([]),
  simulators: z.array(z.enum(simulatorSlugs)).default([]),
  /** Extra search words (synonyms, abbreviations). */
  keywords: z.array(nonEmpty).default([]),
});
export type ChapterData = z.infer<typeof chapterSchema>;

/** A glossary term. `id` is its anchor on /glossary/ (e.g. "adc" → /glossary/#adc). */
export const glossaryTermSchema = z.strictObject({
  id: slug,
  term: nonEmpty,
  /** Spelled-out form of an abbreviation, or other names. */
  aka: z.array(nonEmpty).default([]),
  definition: nonEmpty,
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** Where a fact comes from: a review section, or one of the few allowed outside sources. */
export const outsideSources = {
  'eisenhauer-2009':
    'Eisenhauer EA et al. New response evaluation criteria in solid tumours: revised RECIST guideline (version 1.1). Eur J Cancer 2009;45:228–247.',
  'choi-2007':
    'Choi H et al. Correlation of computed tomography and positron emission tomography in patients with metastatic gastrointestinal stromal tumor treated at a single institution with imatinib mesylate. J Clin Oncol 2007;25:1753–1759.',
  'lencioni-2010':
    'Lencioni R, Llovet JM. Modified RECIST (mRECIST) assessment for hepatocellular carcinoma. Semin Liver Dis 2010;30:52–60.',
  'who-2019':
    'WHO Classification of Tumours Editorial Board. Digestive System Tumours. WHO Classification of Tumours, 5th edition, volume 1. Lyon: International Agency for Research on Cancer; 2019.',
  'enets-2016':
    'ENETS Consensus Guidelines Update for gastroduodenal, small-intestinal, appendiceal, colorectal and pancreatic neuroendocrine neoplasms and for distant metastatic disease. Neuroendocrinology 2016;103 (series).',
  'enets-guidance-2020-2023':
    'ENETS guidance papers on the management of neuroendocrine neoplasms by site. J Neuroendocrinol 2020–2023 (series).',
  'esmo-2020':
    'Pavel M, Öberg K, Falconi M, et al. Gastroenteropancreatic neuroendocrine neoplasms: ESMO Clinical Practice Guidelines for diagnosis, treatment and follow-up. Ann Oncol 2020;31:844–860.',
  'eanm-snmmi-2017':
    'Bozkurt MF, Virgolini I, Balogova S, et al. Guideline for PET/CT imaging of neuroendocrine neoplasms with 68Ga-DOTA-conjugated somatostatin receptor targeting peptides and 18F-DOPA. Eur J Nucl Med Mol Imaging 2017;44:1588–1601.',
  'snmmi-auc-2018':
    'Hope TA, Bergsland EK, Bozkurt MF, et al. Appropriate use criteria for somatostatin receptor PET imaging in neuroendocrine tumors. J Nucl Med 2018;59:66–74.',
  'netter-1-2017':
    'Strosberg J, El-Haddad G, Wolin E, et al. Phase 3 trial of 177Lu-Dotatate for midgut neuroendocrine tumors (NETTER-1). N Engl J Med 2017;376:125–135.',
  'model-assumption':
    'A simulator model assumption, documented in the simulator code and on its page; not a clinical fact.',
} as const;
export type OutsideSource = keyof typeof outsideSources;

/** How a Current practice note names its source in running text; /about/#<id> has the full citation. */
export const outsideSourceShort: Readonly<Record<OutsideSource, string>> = {
  'eisenhauer-2009': 'RECIST 1.1 (Eisenhauer 2009)',
  'choi-2007': 'Choi 2007',
  'lencioni-2010': 'mRECIST (Lencioni 2010)',
  'who-2019': 'WHO Classification, 5th ed. (2019)',
  'enets-2016': 'ENETS consensus guidelines (2016)',
  'enets-guidance-2020-2023': 'ENETS guidance papers (2020–2023)',
  'esmo-2020': 'ESMO guidelines (2020)',
  'eanm-snmmi-2017': 'EANM/SNMMI SSTR PET/CT guideline (2017)',
  'snmmi-auc-2018': 'SNMMI appropriate use criteria (2018)',
  'netter-1-2017': 'NETTER-1 (2017)',
  'model-assumption': 'simulator model assumption',
};

export function isOutsideSource(id: string): id is OutsideSource {
  return Object.hasOwn(outsideSources, id);
}

export const factSourceSchema = z.union([
  z.strictObject({ review: reviewSectionSchema }),
  z.strictObject({
    outside: z.enum(Object.keys(outsideSources) as [OutsideSource, ...OutsideSource[]]),
    note: z.string().optional(),
  }),
]);

/** One entry of the facts registry: a fact in our words, its numbers, and its source. */
export const factSchema = z.strictObject({
  id: slug,
  statement: nonEmpty,
  /** The numbers exactly as they may appear on the site, e.g. ["60", "90"] or ["95.7", "68.8"]. */
  numbers: z.array(z.string().regex(/^\d+(?:\.\d+)?$/, 'write each number as digits, e.g. "95.7"')).min(1),
  source: factSourceSchema,
});
export type Fact = z.infer<typeof factSchema>;

/** A figure case (one of the review's figures, re-created from the simulated phantom). */
export const casePanelSchema = z.looseObject({
  letter: z.string().regex(/^[A-L]$/),
  caption: nonEmpty,
  /** Alt text that states the finding. */
  alt: nonEmpty,
  /** What is rendered: acquisition, plane, first slice and scroll range (src/imaging/case-spec.ts). */
  view: viewSchema,
  /** Arrows, outlines and labels the learner can toggle. */
  annotations: z.array(annotationSchema).default([]),
  /** The lesion a learner is asked to find on this panel (defaults to the first arrowed lesion). */
  findLesion: z.string().optional(),
});

export const figureCaseSchema = z
  .looseObject({
    title: nonEmpty,
    figure: z.number().int().min(1).max(11),
    /** As the figure legend gives it; optional because the review prints no legend for figure 11. */
    patient: z.strictObject({ age: z.number().int().min(1).max(110), sex: z.enum(['female', 'male']) }).optional(),
    chapter: chapterSlugSchema,
    summary: nonEmpty,
    /** The review's figure legend, summarised in our words. */
    legend: nonEmpty,
    /** Parts of the original figure that are not simulated (e.g. a pathology specimen). */
    notSimulated: z.string().optional(),
    scene: sceneSchema,
    panels: z.array(casePanelSchema).min(1).max(12),
    teachingPoints: z.array(nonEmpty).min(1),
  })
  .superRefine((c, ctx) => {
    const lesions = new Set(c.scene.lesions.map((l) => l.id));
    const letters = new Set<string>();
    c.panels.forEach((panel, i) => {
      if (letters.has(panel.letter))
        ctx.addIssue({
          code: 'custom',
          path: ['panels', i, 'letter'],
          message: `panel letter ${panel.letter} is used twice`,
        });
      letters.add(panel.letter);
      panel.annotations.forEach((a, j) => {
        if (a.type !== 'label' && !lesions.has(a.lesion)) {
          ctx.addIssue({
            code: 'custom',
            path: ['panels', i, 'annotations', j, 'lesion'],
            message: `no lesion "${a.lesion}" in scene.lesions`,
          });
        }
      });
      if (panel.findLesion !== undefined && !lesions.has(panel.findLesion)) {
        ctx.addIssue({
          code: 'custom',
          path: ['panels', i, 'findLesion'],
          message: `no lesion "${panel.findLesion}" in scene.lesions`,
        });
      }
    });
  });
export type FigureCaseData = z.infer<typeof figureCaseSchema>;

export { chapterSlugSchema };
