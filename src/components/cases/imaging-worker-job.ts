/**
 * One render job of the case viewer: the slice, the lesions' sections on it and a starting
 * window. Runs in the imaging worker (imaging-worker.ts), or in the page where workers fail.
 * CT needs only the core pipeline; the MR, PET and ultrasound renderers are fetched the first
 * time a panel of that modality is drawn, so a page without them never downloads them.
 */
import { renderSliceWith, rendererFor, type ModalityRenderers } from '../../imaging/render-core';
import { sceneFor, sliceRequest } from '../../imaging/case-scene';
import { lesionSection, type LesionSection } from '../../imaging/regions';
import { startingWindow } from '../../imaging/display';
import type { RenderJob, RenderResult } from './render-client';

const loaders = {
  mr: () => import('../../imaging/render-mr'),
  pet: () => import('../../imaging/render-pet'),
  us: () => import('../../imaging/ultrasound'),
};
const loaded: { -readonly [K in keyof ModalityRenderers]: ModalityRenderers[K] } = {};

export async function runJob(job: RenderJob): Promise<RenderResult> {
  try {
    const needs = rendererFor(job.view.acquisition);
    if (needs && !loaded[needs]) Object.assign(loaded, { [needs]: await loaders[needs]() });
    const scene = sceneFor(job.scene, job.view.timepoint);
    const slice = renderSliceWith(
      scene,
      sliceRequest(job.view, job.scene.seed, job.positionMm, job.size, job.size),
      loaded,
    );
    const sections = job.lesionIds
      .map((l) => lesionSection(scene, slice.plane, l))
      .filter((s): s is LesionSection => s !== null);
    const window = startingWindow(job.view.acquisition, slice.values, job.view.window);
    return { id: job.id, ok: true, slice, sections, window };
  } catch (e) {
    return { id: job.id, ok: false, message: (e as Error).message };
  }
}
