import type { HotspotItem, HotspotResponse } from './schema';
import { responseOk, responseProblem, type ResponseCheck } from '../result';

/** A click must lie on the panel (0–1 each way); a region chosen by name must exist. */
export function validateHotspot(item: HotspotItem, response: HotspotResponse): ResponseCheck {
  if (response.kind === 'region') {
    if (response.region === '') return responseProblem('Choose a region first.');
    return item.regions.some((r) => r.id === response.region)
      ? responseOk
      : responseProblem(`"${response.region}" is not one of this image's regions.`);
  }
  const onPanel = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;
  return onPanel(response.x) && onPanel(response.y) ? responseOk : responseProblem('Click on the image first.');
}
