/**
 * Pointer, pinch, wheel and keyboard-zoom rules of a case-viewer panel, as pure TypeScript (no
 * DOM): ViewerPanel.svelte feeds it pointer samples and applies the view updates it returns.
 * Tested with synthetic pointer sequences in tests/unit/imaging/viewer-gestures.test.ts.
 *
 * Coordinates are CSS pixels relative to the centre of the panel's viewport (the image is drawn
 * with `translate(panX, panY) scale(zoom)` about its centre), so a point c of the unzoomed image
 * is on screen at pan + zoom × c.
 */
import type { DisplayWindow } from '../../imaging/display';
import { clampIndex, dragWindow, type ViewerTool } from './viewer-model';

/** Zoom limits of a panel (1 = the whole image fits). */
export const ZOOM_MIN = 1;
export const ZOOM_MAX = 8;
/** Zoom factor of one wheel notch and of one key press (+ or -). */
export const WHEEL_ZOOM_STEP = 1.15;
export const KEY_ZOOM_STEP = 1.25;
/** Movement (|dx| + |dy|, px) before a press counts as a drag rather than a click. */
export const DRAG_THRESHOLD_PX = 4;
/** Drag distance (px) per slice when scrolling through the stack. */
export const PX_PER_SLICE = 8;

export interface GestureView {
  readonly index: number;
  /** Slices in the stack (the index stays within 0 … sliceCount − 1). */
  readonly sliceCount: number;
  readonly win: DisplayWindow | null;
  readonly zoom: number;
  readonly panX: number;
  readonly panY: number;
}

/** What a gesture changes; fields left out stay as they are. */
export interface ViewUpdate {
  index?: number;
  win?: DisplayWindow;
  zoom?: number;
  panX?: number;
  panY?: number;
}

export interface PointerSample {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  /** 'mouse' | 'touch' | 'pen' (PointerEvent.pointerType). */
  readonly type: string;
  /** PointerEvent.button (0 = primary). */
  readonly button?: number;
}

/** How a press ended: a click without movement, the end of a drag, or nothing. */
export type PointerEnd = { kind: 'tap' } | { kind: 'drag' } | { kind: 'none' };

export function clampZoom(zoom: number): number {
  return Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, zoom));
}

/**
 * Zoom to `zoom` (clamped) keeping the image point under `anchor` (relative to the viewport
 * centre) where it is on screen. Anchor (0, 0) zooms about the centre and leaves the pan alone.
 */
export function zoomAbout(
  view: Pick<GestureView, 'zoom' | 'panX' | 'panY'>,
  zoom: number,
  anchor: { x: number; y: number } = { x: 0, y: 0 },
): Required<Pick<ViewUpdate, 'zoom' | 'panX' | 'panY'>> {
  const next = clampZoom(zoom);
  const ratio = next / view.zoom;
  return {
    zoom: next,
    panX: anchor.x - ratio * (anchor.x - view.panX),
    panY: anchor.y - ratio * (anchor.y - view.panY),
  };
}

/** A wheel notch: zooms (about the centre) with the pan tool or Ctrl held, else steps one slice. */
export function wheelUpdate(view: GestureView, deltaY: number, ctrlKey: boolean, tool: ViewerTool): ViewUpdate {
  if (tool === 'pan' || ctrlKey)
    return { zoom: clampZoom(view.zoom * (deltaY < 0 ? WHEEL_ZOOM_STEP : 1 / WHEEL_ZOOM_STEP)) };
  return { index: clampIndex(view.index + (deltaY > 0 ? 1 : -1), view.sliceCount) };
}

/** The + and − keys: one zoom step in or out (about the centre). */
export function keyZoomUpdate(view: Pick<GestureView, 'zoom'>, direction: 1 | -1): ViewUpdate {
  return { zoom: clampZoom(direction > 0 ? view.zoom * KEY_ZOOM_STEP : view.zoom / KEY_ZOOM_STEP) };
}

interface DragStart {
  readonly x: number;
  readonly y: number;
  readonly view: GestureView;
  readonly touch: boolean;
  moved: boolean;
}
interface PinchStart {
  readonly distance: number;
  readonly mid: { x: number; y: number };
  readonly view: GestureView;
}

/**
 * The pointers in contact with one panel. One pointer drags with the current tool (scroll
 * through slices, window/level, pan); two pointers pinch: zoom by the change in their distance,
 * about their midpoint, and pan as the midpoint moves.
 */
export class PointerGestures {
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private drag: DragStart | null = null;
  private pinch: PinchStart | null = null;

  /** Number of pointers in contact. */
  get count(): number {
    return this.pointers.size;
  }

  /** A press. Returns false when the gesture ignores it (a secondary mouse button): do not capture it. */
  down(p: PointerSample, view: GestureView): boolean {
    if (p.type === 'mouse' && (p.button ?? 0) !== 0) return false;
    this.pointers.set(p.id, { x: p.x, y: p.y });
    if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      this.pinch = {
        distance: Math.hypot(a.x - b.x, a.y - b.y),
        mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
        view,
      };
      this.drag = null;
      return true;
    }
    this.drag = { x: p.x, y: p.y, view, touch: p.type === 'touch', moved: false };
    return true;
  }

  /** A move: the view update to apply, or null when nothing changes. */
  move(p: PointerSample, tool: ViewerTool): ViewUpdate | null {
    if (!this.pointers.has(p.id)) return null;
    this.pointers.set(p.id, { x: p.x, y: p.y });
    if (this.pinch && this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      const start = this.pinch;
      const zoom = clampZoom((start.view.zoom * Math.hypot(a.x - b.x, a.y - b.y)) / Math.max(start.distance, 1));
      // The image point that was under the starting midpoint follows the current midpoint.
      const ratio = zoom / start.view.zoom;
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      return {
        zoom,
        panX: mid.x - ratio * (start.mid.x - start.view.panX),
        panY: mid.y - ratio * (start.mid.y - start.view.panY),
      };
    }
    const drag = this.drag;
    if (!drag) return null;
    const dx = p.x - drag.x;
    const dy = p.y - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > DRAG_THRESHOLD_PX) drag.moved = true;
    if (!drag.moved) return null;
    const start = drag.view;
    // On a touch screen a vertical swipe scrolls the page, so slices follow horizontal swipes.
    if (tool === 'scroll')
      return { index: clampIndex(start.index + Math.round((drag.touch ? dx : dy) / PX_PER_SLICE), start.sliceCount) };
    if (tool === 'window' && start.win) return { win: dragWindow(start.win, dx, dy) };
    if (tool === 'pan') return { panX: start.panX + dx, panY: start.panY + dy };
    return null;
  }

  /** A release or cancel: whether it ended a click, a drag, or neither (a pinch, an ignored press). */
  up(p: Pick<PointerSample, 'id'>): PointerEnd {
    this.pointers.delete(p.id);
    if (this.pointers.size < 2) this.pinch = null;
    const drag = this.drag;
    this.drag = null;
    if (!drag) return { kind: 'none' };
    return drag.moved ? { kind: 'drag' } : { kind: 'tap' };
  }
}
