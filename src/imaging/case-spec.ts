/**
 * The imaging part of a figure case as an author writes it in src/content/cases/<slug>.yaml:
 * the scene (anatomy choices and lesions) and, per panel, the view (acquisition, plane, slice
 * and scroll range) and its annotations. Zod schemas validate the YAML at build time;
 * case-scene.ts (which the browser loads, without Zod) turns a validated case into a scene and
 * slice requests.
 */
import { z } from 'zod';
import { CT_PHASES, MRI_SEQUENCES } from './acquisitions';
import { TISSUE_IDS, type TissueId } from './tissues';

const vec3 = z.tuple([z.number(), z.number(), z.number()]);
const tissueId = z.enum(TISSUE_IDS as [TissueId, ...TissueId[]]);
const part = z.strictObject({ offsetMm: vec3, radiusMm: z.number().positive().max(60) });

const lesionFields = {
  radiiMm: z.union([z.number().positive().max(150), vec3]),
  rotationDeg: vec3.optional(),
  tissue: tissueId,
  margin: z.enum(['smooth', 'lobulated', 'spiculated']).optional(),
  necroticCore: z.number().gt(0).lt(1).optional(),
  targetCore: z.number().gt(0).lt(1).optional(),
  rim: z.strictObject({ tissue: tissueId, thicknessMm: z.number().positive().max(20) }).optional(),
  cysticParts: z.array(part).optional(),
  calcifications: z.array(part).optional(),
  /** Texture relative to normal parenchyma (figure cases default to 2: heterogeneous tumour). */
  heterogeneity: z.number().min(0).max(3).optional(),
  spicules: z
    .strictObject({ count: z.number().int().min(1).max(40), lengthMm: z.number().positive().max(60) })
    .optional(),
};

export const lesionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lesion ids are lower-case words joined by hyphens'),
  label: z.string().min(1),
  region: z.string().min(1),
  centreMm: vec3,
  ...lesionFields,
  /** What changes at the follow-up examination (response to treatment). */
  followUp: z
    .strictObject({
      centreMm: vec3.optional(),
      ...lesionFields,
      radiiMm: lesionFields.radiiMm.optional(),
      tissue: tissueId.optional(),
    })
    .partial()
    .optional(),
});
export type LesionEntry = z.infer<typeof lesionSchema>;

export const acquisitionSchema = z.discriminatedUnion('modality', [
  z.strictObject({ modality: z.literal('ct'), phase: z.enum(CT_PHASES) }),
  z.strictObject({ modality: z.literal('mri'), sequence: z.enum(MRI_SEQUENCES) }),
  z.strictObject({ modality: z.literal('pet-ct') }),
  z.strictObject({ modality: z.literal('us') }),
  z.strictObject({ modality: z.literal('ceus'), timeS: z.number().min(1).max(600) }),
]);

export const viewSchema = z
  .strictObject({
    acquisition: acquisitionSchema,
    plane: z.enum(['axial', 'coronal', 'sagittal']),
    /** The slice shown first, mm along the plane's normal. */
    positionMm: z.number(),
    /** The range the learner can scroll through. */
    stack: z.strictObject({ fromMm: z.number(), toMm: z.number(), stepMm: z.number().positive().max(20) }).optional(),
    fovMm: z.number().min(40).max(500).optional(),
    centreMm: z.tuple([z.number(), z.number()]).optional(),
    slabMm: z.number().min(2).max(120).optional(),
    timepoint: z.enum(['baseline', 'follow-up']).default('baseline'),
    /** Starting CT window (e.g. "liver" for subtle liver lesions); MR windows are automatic. */
    window: z.enum(['abdomen', 'liver', 'bone', 'lung']).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.stack && !(v.stack.fromMm <= v.positionMm && v.positionMm <= v.stack.toMm)) {
      ctx.addIssue({
        code: 'custom',
        path: ['positionMm'],
        message: 'the first slice must lie inside the stack range',
      });
    }
  });
export type ViewEntry = z.infer<typeof viewSchema>;

export const annotationSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('arrow'),
    lesion: z.string(),
    label: z.string().optional(),
    /** Where the arrow comes from (default: upper right, or wherever there is room). */
    from: z.enum(['upper-right', 'upper-left', 'lower-right', 'lower-left']).optional(),
    /** Where the tip lands: just outside the lesion (default) or on its core (a necrotic centre). */
    tip: z.enum(['edge', 'core']).optional(),
  }),
  z.strictObject({ type: z.literal('outline'), lesion: z.string() }),
  z.strictObject({ type: z.literal('label'), text: z.string().min(1), atMm: vec3 }),
]);
export type AnnotationEntry = z.infer<typeof annotationSchema>;

export const sceneSchema = z.strictObject({
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  anatomy: z
    .strictObject({
      bowel: z.enum(['collapsed', 'distended']).optional(),
      stomach: z.enum(['gas-and-fluid', 'water']).optional(),
      pancreaticDuctRadiusMm: z.number().positive().max(9).optional(),
      commonBileDuctRadiusMm: z.number().positive().max(11).optional(),
      intrahepaticDuctScale: z.number().min(0.5).max(4).optional(),
      /** Habitus: subcutaneous fat beyond the average body, mm at the flanks (negative: lean). */
      extraFatMm: z.number().min(-8).max(20).optional(),
    })
    .optional(),
  lesions: z.array(lesionSchema).min(1),
});
export type SceneEntry = z.infer<typeof sceneSchema>;
