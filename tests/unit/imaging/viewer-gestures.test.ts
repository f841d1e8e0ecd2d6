import { describe, expect, it } from 'vitest';
import {
  PointerGestures,
  ZOOM_MAX,
  ZOOM_MIN,
  keyZoomUpdate,
  wheelUpdate,
  zoomAbout,
  type GestureView,
  type ViewUpdate,
} from '../../../src/components/cases/gestures';

const start: GestureView = { index: 10, sliceCount: 40, win: { width: 400, level: 50 }, zoom: 1, panX: 0, panY: 0 };
const mouse = (x: number, y: number, id = 1, button = 0) => ({ id, x, y, type: 'mouse', button });
const touch = (id: number, x: number, y: number) => ({ id, x, y, type: 'touch' });

/** Plays a sequence of moves and returns the view after each update has been applied. */
function play(view: GestureView, moves: ViewUpdate[]): GestureView {
  return moves.reduce<GestureView>((v, u) => ({ ...v, ...u }), view);
}

describe('viewer gestures: one pointer', () => {
  it('a press and release without movement is a tap (used by "find the lesion")', () => {
    const g = new PointerGestures();
    expect(g.down(mouse(100, 100), start)).toBe(true);
    expect(g.move(mouse(102, 101), 'scroll')).toBeNull(); // within the 4 px threshold
    expect(g.up({ id: 1 })).toEqual({ kind: 'tap' });
  });

  it('a secondary mouse button is ignored (not captured, no gesture)', () => {
    const g = new PointerGestures();
    expect(g.down(mouse(0, 0, 1, 2), start)).toBe(false);
    expect(g.move(mouse(50, 50), 'pan')).toBeNull();
    expect(g.up({ id: 1 })).toEqual({ kind: 'none' });
  });

  it('pan: the image follows the pointer from where the drag started', () => {
    const g = new PointerGestures();
    const view = { ...start, zoom: 2, panX: 10, panY: -5 };
    g.down(mouse(100, 100), view);
    expect(g.move(mouse(130, 80), 'pan')).toEqual({ panX: 40, panY: -25 });
    expect(g.move(mouse(90, 120), 'pan')).toEqual({ panX: 0, panY: 15 });
    expect(g.up({ id: 1 })).toEqual({ kind: 'drag' });
  });

  it('scroll: a mouse drags vertically, 8 px a slice, and stops at the ends of the stack', () => {
    const g = new PointerGestures();
    g.down(mouse(0, 0), start);
    expect(g.move(mouse(0, 24), 'scroll')).toEqual({ index: 13 });
    expect(g.move(mouse(0, -40), 'scroll')).toEqual({ index: 5 });
    expect(g.move(mouse(0, 10_000), 'scroll')).toEqual({ index: 39 });
    expect(g.move(mouse(0, -10_000), 'scroll')).toEqual({ index: 0 });
  });

  it('scroll on a touch screen follows horizontal swipes (vertical ones scroll the page)', () => {
    const g = new PointerGestures();
    g.down(touch(7, 0, 0), start);
    expect(g.move(touch(7, 16, 200), 'scroll')).toEqual({ index: 12 });
  });

  it('window/level: right widens, down raises the level, from the window at the start of the drag', () => {
    const g = new PointerGestures();
    g.down(mouse(0, 0), start);
    const wider = g.move(mouse(100, 0), 'window')!.win!;
    expect(wider.width).toBeGreaterThan(400);
    expect(wider.level).toBe(50);
    const higher = g.move(mouse(0, 60), 'window')!.win!;
    expect(higher.width).toBe(400);
    expect(higher.level).toBeGreaterThan(50);
    // However far the drag goes, the width stays positive.
    expect(g.move(mouse(-5000, 0), 'window')!.win!.width).toBeGreaterThan(0);
  });

  it('window/level without a window yet, and the measuring tools, change nothing', () => {
    const g = new PointerGestures();
    g.down(mouse(0, 0), { ...start, win: null });
    expect(g.move(mouse(50, 50), 'window')).toBeNull();
    expect(g.move(mouse(60, 60), 'caliper')).toBeNull();
    expect(g.up({ id: 1 })).toEqual({ kind: 'drag' });
  });

  it('moves of a pointer that never pressed are ignored', () => {
    const g = new PointerGestures();
    expect(g.move(mouse(10, 10, 9), 'pan')).toBeNull();
  });
});

describe('viewer gestures: pinch', () => {
  it('spreading two fingers to twice their distance doubles the zoom', () => {
    const g = new PointerGestures();
    g.down(touch(1, -50, 0), start);
    g.down(touch(2, 50, 0), start);
    expect(g.count).toBe(2);
    const u = g.move(touch(2, 150, 0), 'scroll')!; // distance 100 → 200
    expect(u.zoom).toBeCloseTo(2);
  });

  it('zooms about the midpoint: the image point between the fingers stays between them', () => {
    const g = new PointerGestures();
    const view = { ...start, zoom: 1.5, panX: 20, panY: -10 };
    // Fingers at (60, 40) and (100, 40): midpoint (80, 40), distance 40.
    g.down(touch(1, 60, 40), view);
    g.down(touch(2, 100, 40), view);
    const imagePoint = { x: (80 - view.panX) / view.zoom, y: (40 - view.panY) / view.zoom };
    // Spread symmetrically about the same midpoint to distance 80.
    g.move(touch(1, 40, 40), 'pan');
    const u = g.move(touch(2, 120, 40), 'pan')!;
    expect(u.zoom).toBeCloseTo(3);
    expect(u.panX! + u.zoom! * imagePoint.x).toBeCloseTo(80);
    expect(u.panY! + u.zoom! * imagePoint.y).toBeCloseTo(40);
  });

  it('moving both fingers together pans the image with them', () => {
    const g = new PointerGestures();
    g.down(touch(1, 0, 0), start);
    g.down(touch(2, 40, 0), start);
    g.move(touch(1, 30, 25), 'scroll');
    const u = g.move(touch(2, 70, 25), 'scroll')!;
    expect(u.zoom).toBeCloseTo(1);
    expect(u.panX).toBeCloseTo(30);
    expect(u.panY).toBeCloseTo(25);
  });

  it(`the zoom stays between ${ZOOM_MIN} and ${ZOOM_MAX}`, () => {
    const g = new PointerGestures();
    g.down(touch(1, -10, 0), start);
    g.down(touch(2, 10, 0), start);
    expect(g.move(touch(2, 1000, 0), 'pan')!.zoom).toBe(ZOOM_MAX);
    expect(g.move(touch(2, -9, 0), 'pan')!.zoom).toBe(ZOOM_MIN);
  });

  it('a pinch is neither a tap nor a drag, and the finger left behind does nothing', () => {
    const g = new PointerGestures();
    g.down(touch(1, 0, 0), start);
    g.down(touch(2, 40, 0), start);
    g.move(touch(2, 80, 0), 'scroll');
    expect(g.up({ id: 2 })).toEqual({ kind: 'none' });
    expect(g.move(touch(1, 0, 200), 'scroll')).toBeNull();
    expect(g.up({ id: 1 })).toEqual({ kind: 'none' });
    expect(g.count).toBe(0);
  });

  it('a sequence of pinch updates applied to the view ends where the last one says', () => {
    const g = new PointerGestures();
    g.down(touch(1, 0, 0), start);
    g.down(touch(2, 10, 0), start);
    const steps = [20, 30, 40].map((x) => g.move(touch(2, x, 0), 'scroll')!);
    expect(play(start, steps).zoom).toBeCloseTo(4);
  });
});

describe('viewer gestures: wheel, keys and zoom about a point', () => {
  it('the wheel steps one slice per notch with the scroll tool, within the stack', () => {
    expect(wheelUpdate(start, 100, false, 'scroll')).toEqual({ index: 11 });
    expect(wheelUpdate(start, -100, false, 'window')).toEqual({ index: 9 });
    expect(wheelUpdate({ ...start, index: 39 }, 100, false, 'scroll')).toEqual({ index: 39 });
    expect(wheelUpdate({ ...start, index: 0 }, -100, false, 'scroll')).toEqual({ index: 0 });
  });

  it('the wheel zooms with the pan tool or with Ctrl held, within the limits', () => {
    expect(wheelUpdate(start, -100, false, 'pan').zoom).toBeCloseTo(1.15);
    expect(wheelUpdate({ ...start, zoom: 2 }, 100, true, 'scroll').zoom).toBeCloseTo(2 / 1.15);
    expect(wheelUpdate(start, 100, true, 'scroll').zoom).toBe(ZOOM_MIN);
    expect(wheelUpdate({ ...start, zoom: ZOOM_MAX }, -100, false, 'pan').zoom).toBe(ZOOM_MAX);
  });

  it('+ and − zoom by a quarter within the limits', () => {
    expect(keyZoomUpdate({ zoom: 2 }, 1).zoom).toBeCloseTo(2.5);
    expect(keyZoomUpdate({ zoom: 2 }, -1).zoom).toBeCloseTo(1.6);
    expect(keyZoomUpdate({ zoom: 1 }, -1).zoom).toBe(ZOOM_MIN);
    expect(keyZoomUpdate({ zoom: 7.9 }, 1).zoom).toBe(ZOOM_MAX);
  });

  it('zoomAbout keeps the anchored image point in place; about the centre it keeps the pan scaled', () => {
    const view = { zoom: 2, panX: 30, panY: -20 };
    const anchor = { x: 100, y: 50 };
    const imagePoint = { x: (anchor.x - view.panX) / view.zoom, y: (anchor.y - view.panY) / view.zoom };
    const u = zoomAbout(view, 5, anchor);
    expect(u.panX + u.zoom * imagePoint.x).toBeCloseTo(anchor.x);
    expect(u.panY + u.zoom * imagePoint.y).toBeCloseTo(anchor.y);
    expect(zoomAbout(view, 100).zoom).toBe(ZOOM_MAX);
  });
});
