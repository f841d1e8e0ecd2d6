/**
 * One render job of the case viewer: the slice, the lesions' sections on it and a starting
 * window. Runs in the imaging worker (imaging-worker.ts), or in the page where workers fail.
 */
import { renderSlice } from '../../imaging/render';
import { sceneFor, sliceRequest } from '../../imaging/case-scene';
import { lesionSection, type LesionSection } from '../../imaging/regions';
import { startingWindow } from '../../imaging/display';
import type { RenderJob, RenderResult } from './render-client';

export function runJob(job: RenderJob): RenderResult {
  try {
    const scene = sceneFor(job.scene, job.view.timepoint);
    const slice = renderSlice(scene, sliceRequest(job.view, job.scene.seed, job.positionMm, job.size, job.size));
    const sections = job.lesionIds
      .map((l) => lesionSection(scene, slice.plane, l))
      .filter((s): s is LesionSection => s !== null);
    const window = startingWindow(job.view.acquisition, slice.values, job.view.window);
    return { id: job.id, ok: true, slice, sections, window };
  } catch (e) {
    return { id: job.id, ok: false, message: (e as Error).message };
  }
}
