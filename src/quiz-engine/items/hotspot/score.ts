import type { HotspotItem, HotspotRegion, HotspotResponse } from './schema';
import { scoreOf, type ScoreResult } from '../result';

/**
 * Image hotspot: click the finding on a simulated panel, or (keyboard path) choose the
 * labelled region by name. Both answers are worth the same.
 *
 * All or nothing: one mark when the click falls inside the key region (its edge included), or
 * when the key region is the one chosen by name. Where regions overlap, a click inside the key
 * region counts as the key — the learner pointed at the right thing.
 */
export function scoreHotspot(item: HotspotItem, response: HotspotResponse): ScoreResult {
  return scoreOf(chosenRegion(item, response) === item.answer ? 1 : 0, 1);
}

/**
 * The region a response points at: the named region, or the region under a click (the key
 * first if the click is inside it, else the first listed region containing it), or undefined
 * for a click on none of them. The UI uses it to show that region's "why".
 */
export function chosenRegion(item: HotspotItem, response: HotspotResponse): string | undefined {
  if (response.kind === 'region')
    return item.regions.some((r) => r.id === response.region) ? response.region : undefined;
  const key = item.regions.find((r) => r.id === item.answer);
  if (key && regionContains(key, response.x, response.y)) return key.id;
  return item.regions.find((r) => regionContains(r, response.x, response.y))?.id;
}

/**
 * Whether a point (in panel coordinates, 0–1 of width and of height) lies in a region. A
 * circle's radius is in the same units, so on a non-square panel it is drawn as an ellipse.
 */
export function regionContains(region: HotspotRegion, x: number, y: number): boolean {
  const area = region.area;
  if (area.shape === 'circle') {
    const dx = x - area.cx;
    const dy = y - area.cy;
    return dx * dx + dy * dy <= area.r * area.r + 1e-12;
  }
  return x >= area.x && x <= area.x + area.w && y >= area.y && y <= area.y + area.h;
}
