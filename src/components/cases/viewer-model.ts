/**
 * Plain data and small pure rules of the case viewer (no DOM): the props a case page passes,
 * which stack index a slice position is, how a drag changes the window, and how a click in
 * "find the lesion" is judged.
 */
import type { AnnotationEntry, SceneEntry, ViewEntry } from '../../imaging/case-spec';
import type { DisplayWindow } from '../../imaging/display';

export interface ViewerPanel {
  readonly letter: string;
  readonly caption: string;
  readonly alt: string;
  readonly view: ViewEntry;
  readonly annotations: readonly AnnotationEntry[];
  readonly findLesion?: string | undefined;
  /** Static image shown until the interactive viewer has loaded. */
  readonly thumbnail: string;
}

export interface ViewerCase {
  readonly slug: string;
  readonly title: string;
  readonly scene: SceneEntry;
  readonly panels: readonly ViewerPanel[];
  /** Lesion id → what a learner calls it. */
  readonly lesionLabels: Readonly<Record<string, string>>;
}

export type ViewerTool = 'scroll' | 'window' | 'pan' | 'caliper' | 'roi';

/** Index of the stack position nearest to `positionMm`. */
export function nearestIndex(positions: readonly number[], positionMm: number): number {
  let best = 0;
  positions.forEach((p, i) => {
    if (Math.abs(p - positionMm) < Math.abs(positions[best]! - positionMm)) best = i;
  });
  return best;
}

export function clampIndex(index: number, length: number): number {
  return Math.min(Math.max(Math.round(index), 0), Math.max(length - 1, 0));
}

/**
 * Window after a drag of (dx, dy) CSS pixels: right widens, down raises the level, scaled to the
 * starting width so the same gesture suits HU and MR units alike.
 */
export function dragWindow(start: DisplayWindow, dx: number, dy: number): DisplayWindow {
  const width = Math.max(start.width * Math.exp(dx / 200), start.width * 0.02, 1e-3);
  const level = start.level + (dy / 300) * start.width;
  return { width, level };
}

/** The lesion a panel asks the learner to find: the declared one, else the first arrowed one. */
export function targetLesion(panel: Pick<ViewerPanel, 'findLesion' | 'annotations'>): string | undefined {
  if (panel.findLesion) return panel.findLesion;
  const arrow = panel.annotations.find((a) => a.type === 'arrow');
  return arrow && arrow.type === 'arrow' ? arrow.lesion : undefined;
}

export type FindVerdict =
  { readonly kind: 'found'; readonly message: string } | { readonly kind: 'missed'; readonly message: string };

/** Judges a click (or a region chosen by name) in "find the lesion". */
export function judgeFind(
  hit: { lesionId?: string | undefined; label: string } | null,
  target: string,
  targetLabel: string,
): FindVerdict {
  if (hit?.lesionId === target)
    return { kind: 'found', message: `Correct: that is the ${targetLabel}. Its outline is now shown.` };
  const where = hit ? `You chose ${hit.label}.` : 'That point is outside the body.';
  return {
    kind: 'missed',
    message: `Not quite. ${where} The ${targetLabel} is outlined now; compare it with what you chose.`,
  };
}

/** Formats a window for a readout: HU windows as whole numbers, others with 2 significant digits. */
export function describeWindow(w: DisplayWindow, unit: string): string {
  const fmt = (v: number) => (Math.abs(v) >= 10 ? Math.round(v).toString() : v.toPrecision(2));
  return `W ${fmt(w.width)} L ${fmt(w.level)}${unit === 'HU' ? ' HU' : ''}`;
}
