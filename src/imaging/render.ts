/**
 * renderSlice: one simulated image of a scene, in physical units, for any modality (the pipeline
 * is render-core.ts; this entry point loads every modality's renderer up front, for the site's
 * build, scripts and tests; the case viewer's worker loads them on demand instead).
 */
import { renderSliceWith, type RenderedSlice, type SliceRequest } from './render-core';
import * as mr from './render-mr';
import * as pet from './render-pet';
import * as us from './ultrasound';
import type { Scene } from './scene';

export * from './render-core';

const ALL = { mr, pet, us };

/** Renders one simulated image of `scene` (see SliceRequest). */
export function renderSlice(scene: Scene, request: SliceRequest): RenderedSlice {
  return renderSliceWith(scene, request, ALL);
}
