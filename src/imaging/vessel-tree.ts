/**
 * Branching, tapering, curved vessel trees grown from a stem (the intrahepatic portal and hepatic
 * veins, the mesenteric arcades), so a section shows vessels of decreasing calibre that bend and
 * divide instead of straight rods of one width. Deterministic: the same seed grows the same tree.
 */
import type { Vec3 } from './shapes';

export interface Branch {
  readonly points: Vec3[];
  readonly radii: number[];
}

export interface TreeOptions {
  /** Where the tree may run: a branch stops at its last point inside. */
  readonly inside: (p: Vec3) => boolean;
  /** Branches thinner than this are not grown (mm). */
  readonly minRadius: number;
  /** Branch length as a multiple of its starting radius. */
  readonly lengthPerRadius: number;
  /** Random bend of a branch per step (radians). */
  readonly curl: number;
  /** A point the branches are drawn towards, with the strength of the pull per step (0–1). */
  readonly towards?: Vec3;
  readonly pull?: number;
  /** How much each step's head-to-foot component is damped (0–1): branches running near the axial plane. */
  readonly flatten?: number;
  readonly seed: number;
}

/** A xorshift generator in [0, 1) from a non-zero state (deterministic, no Math.random). */
export function seededRandom(state: number): () => number {
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

export function unit(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / l, v[1] / l, v[2] / l];
}

export function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

/** A unit vector perpendicular to the unit vector `d`, at angle `a` about it. */
export function across(d: Vec3, a: number): Vec3 {
  const e1 = unit(cross(d, Math.abs(d[2]) < 0.9 ? [0, 0, 1] : [1, 0, 0]));
  const e2 = cross(d, e1);
  return unit([
    e1[0] * Math.cos(a) + e2[0] * Math.sin(a),
    e1[1] * Math.cos(a) + e2[1] * Math.sin(a),
    e1[2] * Math.cos(a) + e2[2] * Math.sin(a),
  ]);
}

/** `d` turned by `angle` towards the unit vector `side` (perpendicular to it). */
function turn(d: Vec3, side: Vec3, angle: number): Vec3 {
  const c = Math.cos(angle),
    s = Math.sin(angle);
  return unit([d[0] * c + side[0] * s, d[1] * c + side[1] * s, d[2] * c + side[2] * s]);
}

/**
 * A tree from `start` heading along `dir` with radius `radius`: each branch is a curved path of
 * four steps tapering by a fifth, then divides unequally (radii by Murray's law, r³ = r₁³ + r₂³;
 * the larger child turns 15–30°, the smaller 35–60°, to opposite sides) until the children are
 * thinner than `minRadius` or leave the allowed space.
 */
export function growTree(start: Vec3, dir: Vec3, radius: number, o: TreeOptions): Branch[] {
  const random = seededRandom((o.seed * 2654435761) >>> 0 || 1);
  const out: Branch[] = [];
  const grow = (p0: Vec3, d0: Vec3, r0: number, depth: number) => {
    const steps = 4;
    const step = (o.lengthPerRadius * r0) / steps;
    const points: Vec3[] = [p0];
    const radii: number[] = [r0];
    let d = unit(d0);
    let side = across(d, random() * 2 * Math.PI);
    for (let i = 1; i <= steps; i++) {
      // A bend that keeps its sense for the whole branch (an arc, not a zigzag), plus the pull.
      d = turn(d, side, o.curl * (0.4 + 0.6 * random()));
      const dot = side[0] * d[0] + side[1] * d[1] + side[2] * d[2];
      side = unit([side[0] - dot * d[0], side[1] - dot * d[1], side[2] - dot * d[2]]);
      if (o.towards && o.pull) {
        const p = points[points.length - 1]!;
        const t = unit([o.towards[0] - p[0], o.towards[1] - p[1], o.towards[2] - p[2]]);
        d = unit([d[0] + o.pull * t[0], d[1] + o.pull * t[1], d[2] + o.pull * t[2]]);
      }
      if (o.flatten) d = unit([d[0], d[1], d[2] * (1 - o.flatten)]);
      const p = points[points.length - 1]!;
      // Near the edge of the allowed space the branch turns away from it (a few sharper tries)
      // instead of running out: a tree fills its organ rather than stopping at the first wall.
      let q: Vec3 | null = null;
      for (let t = 0; t < 7 && !q; t++) {
        const e = t === 0 ? d : turn(d, across(d, random() * 2 * Math.PI), 0.25 + 0.12 * t);
        const c: Vec3 = [p[0] + step * e[0], p[1] + step * e[1], p[2] + step * e[2]];
        if (o.inside(c)) {
          q = c;
          d = e;
        }
      }
      if (!q) break;
      points.push(q);
      radii.push(r0 * (1 - 0.15 * (i / steps)));
    }
    if (points.length < 2) return;
    out.push({ points, radii });
    if (points.length <= steps || depth > 7) return;
    const r = radii[radii.length - 1]!;
    const f = 0.55 + 0.3 * random();
    const r1 = r * Math.cbrt(f),
      r2 = r * Math.cbrt(1 - f);
    const plane = across(d, random() * 2 * Math.PI);
    const end = points[points.length - 1]!;
    const minus: Vec3 = [-plane[0], -plane[1], -plane[2]];
    if (r1 >= o.minRadius) grow(end, turn(d, plane, 0.26 + 0.26 * random()), r1, depth + 1);
    if (r2 >= o.minRadius) grow(end, turn(d, minus, 0.6 + 0.45 * random()), r2, depth + 1);
  };
  grow(start, dir, radius, 0);
  return out;
}
