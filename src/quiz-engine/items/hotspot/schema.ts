import { z } from 'zod';
import { itemBaseShape, nonEmpty } from '../common';

/**
 * Image hotspot: click the finding on a simulated image panel. Regions are in panel
 * coordinates (0–1 of width and height) so they survive any display size. The labelled
 * regions double as the keyboard alternative: the learner may choose a region by name.
 */
const regionShape = z.discriminatedUnion('shape', [
  z.strictObject({
    shape: z.literal('circle'),
    cx: z.number().min(0).max(1),
    cy: z.number().min(0).max(1),
    r: z.number().positive().max(1),
  }),
  z.strictObject({
    shape: z.literal('rect'),
    x: z.number().min(0).max(1),
    y: z.number().min(0).max(1),
    w: z.number().positive().max(1),
    h: z.number().positive().max(1),
  }),
]);

export const hotspotFields = {
  type: z.literal('hotspot'),
  /** Figure case slug and panel letter whose rendered image is shown. */
  image: z.strictObject({ case: z.string(), panel: z.string().regex(/^[A-L]$/), alt: nonEmpty }),
  regions: z
    .array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), label: nonEmpty, area: regionShape, why: nonEmpty }))
    .min(2)
    .max(8),
  answer: z.string(),
} as const;

export const hotspotSchema = z.strictObject({ ...itemBaseShape, ...hotspotFields }).superRefine((item, ctx) => {
  if (!item.regions.some((r) => r.id === item.answer)) {
    ctx.addIssue({ code: 'custom', path: ['answer'], message: `the key "${item.answer}" is not one of the regions` });
  }
});
export type HotspotItem = z.infer<typeof hotspotSchema>;
export type HotspotRegion = HotspotItem['regions'][number];
/** Either a click point in panel coordinates, or a region chosen by name (keyboard path). */
export type HotspotResponse =
  | { readonly kind: 'point'; readonly x: number; readonly y: number }
  | { readonly kind: 'region'; readonly region: string };
