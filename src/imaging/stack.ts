/** A view's scrollable stack of slice positions (no physics: the viewer's main thread uses it). */
import type { ViewEntry } from './case-spec';

/** Slice positions of a view's stack, on a grid through the first slice (which is always included). */
export function stackPositions(view: ViewEntry): number[] {
  if (!view.stack) return [view.positionMm];
  const { fromMm, toMm, stepMm } = view.stack;
  const first = view.positionMm - Math.floor((view.positionMm - fromMm) / stepMm + 1e-9) * stepMm;
  const out: number[] = [];
  for (let p = first; p <= toMm + 1e-6; p += stepMm) out.push(Math.round(p * 100) / 100);
  return out;
}
