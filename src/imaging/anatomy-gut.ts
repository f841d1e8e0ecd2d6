/**
 * The gut: stomach (with an air–fluid level), duodenum, small-bowel loops and colon. Each is a
 * wall around a lumen. With enteroclysis/enterography the small bowel is distended by neutral
 * (water-like) enteric contrast, so its wall and any mural lesion stand out. Sizes are average
 * adult values (model assumption), mm, patient coordinates (x left, y posterior, z superior).
 *
 * The small-bowel loops are curving, self-avoiding tubes grown once (seeded, so the same on every
 * run) in the space below the transverse mesocolon, with a plane of mesenteric fat between loops
 * and around the mesenteric root; two short ileal segments are placed by hand where the
 * enteroclysis case's lesions sit, and walks grow from both their ends. Walks whose ends lie near
 * each other are then joined by smooth bridges, so the small bowel is a few long loops, and a
 * distended loop narrows where it still ends. The same centrelines serve both preparations:
 * distended (water lumen, thin wall, valvulae) or collapsed (grey wall, a little irregular fluid,
 * feathery in the jejunum, kinked towards the mesenteric root where a loop passes close to it).
 */
import { Ellipsoid, HalfSpace, Tube, rotationFromDegrees, type Shape, type Vec3 } from './shapes';
import { Difference, Intersection, Offset, Union } from './shape-operations';
import { retroperitonealColumn } from './anatomy-body';
import { structure, type Structure } from './structures';
import { FoldedLumen } from './shapes-organic';
import { Haustrum } from './shapes-haustra';
import { across, seededRandom, unit } from './vessel-tree';
import type { TissueId } from './tissues';

export type BowelPreparation = 'collapsed' | 'distended';
/** A stomach filled with water (as drunk for a pancreatic ultrasound) has no gas to block the beam. */
export type StomachContent = 'gas-and-fluid' | 'water';

// model assumption: the small-bowel layout. Centrelines at least two distended radii and 1 mm
// apart (24 mm between ileal loops, 27 mm between jejunal ones, see `clearance`: distended loops
// touch, with a thin plane of mesenteric fat between them), grown as curving self-avoiding walks in 6 mm steps that turn at most 22 degrees a step,
// inside the peritoneal cavity below the transverse mesocolon, clear of the colon, the duodenum,
// the mesenteric root and the retroperitoneum. A seeded generator makes the same layout every run.
/** The largest clearance between two centrelines (two jejunal loops); the walk's grid cell. */
const LOOP_CLEARANCE_MM = 27;
const LOOP_STEP_MM = 6;
const LOOP_MAX_TURN = (22 * Math.PI) / 180;
/** Steps along the same loop that are exempt from the clearance (a U-bend needs about 8). */
const LOOP_SELF_STEPS = 7;
/** Steps of one walk at most (about 40 cm), so the first walks do not take all the room. */
const LOOP_MAX_STEPS = 70;

/** Distance from a point to a polyline (mm). */
function distanceToPath(p: Vec3, path: readonly Vec3[]): number {
  let best = Infinity;
  for (let i = 0; i + 1 < path.length; i++) {
    const a = path[i]!,
      b = path[i + 1]!;
    const bx = b[0] - a[0],
      by = b[1] - a[1],
      bz = b[2] - a[2];
    const l2 = bx * bx + by * by + bz * bz;
    const t = Math.max(
      0,
      Math.min(1, l2 > 0 ? ((p[0] - a[0]) * bx + (p[1] - a[1]) * by + (p[2] - a[2]) * bz) / l2 : 0),
    );
    best = Math.min(best, Math.hypot(p[0] - a[0] - t * bx, p[1] - a[1] - t * by, p[2] - a[2] - t * bz));
  }
  return best;
}

/**
 * The courses of the superior mesenteric artery and vein in the root of the mesentery (copied
 * from anatomy-vessels.ts, which paints them): the loops keep clear of them (vessel radius 2.5 to
 * 6 mm, loop radius up to 12.5 mm), so no main vessel runs through a lumen.
 */
const SMA_COURSE: readonly Vec3[] = [
  [10, -2, -22],
  [5, -14, -72],
  [-8, -22, -125],
];
const SMV_COURSE: readonly Vec3[] = [
  [-12, -1, -20],
  [-16, -14, -70],
  [-26, -24, -122],
];

/**
 * Two ileal segments placed by hand, 6 mm steps (model assumption): the loops of the CT
 * enteroclysis case (Fig 4) that carry its polyp (a loop running head to foot in the right
 * lower abdomen, seen end-on at z −128) and its wall thickening (a loop running front to back at
 * z −93, seen lengthwise). The random walks continue from both their ends.
 */
const PLACED_SEGMENTS: readonly (readonly Vec3[])[] = [
  [0, 1, 2, 3, 4, 5, 6].map((i): Vec3 => [-30, -58, -152 + 6 * i]),
  [0, 1, 2, 3, 4, 5, 6, 7].map((i): Vec3 => [-50, -62 + 6 * i, -93]),
];

const PLACED = new Set<Vec3>(PLACED_SEGMENTS.flat());

/** Where the jejunum leaves the duodenojejunal flexure. */
const JEJUNUM_START: Vec3 = [52, -14, -50];

/** Centre of the fat of the mesenteric root, in front of the SMA and SMV origins (mm). */
const MESENTERIC_ROOT: Vec3 = [-2, -30, -82];

/**
 * Two mesenteric lymph nodes along the vessels of the root, above and below it (those of the
 * desmoplastic case, Fig 5): they lie in the fat of the mesentery, so loops keep clear of them.
 */
const MESENTERIC_NODES: readonly Vec3[] = [
  [-10, -33, -48],
  [-30, -33, -107],
];
const nearNode = (p: Vec3, mm: number) =>
  MESENTERIC_NODES.some((n) => Math.hypot(p[0] - n[0], p[1] - n[1], p[2] - n[2]) < mm);

/**
 * Where a small-bowel centreline may run (model assumption: hand-set margins, mm). A bridge
 * between two walks (`m` = 4) may run where the margins are relaxed by a few mm (a walk ends where
 * it meets them), still clear of the colon, duodenum, SMA/SMV and root.
 */
function inSmallBowelSpace(p: Vec3, m = 0): boolean {
  const [x, y, z] = p;
  // Below the transverse mesocolon: higher on the left, where the jejunum lies under the stomach.
  if (z > (x > 25 && y < -5 ? -26 : -46) + m || z < -194 - m) return false;
  // Inside the cavity with room for the loop: lower down the pelvis is narrower from the front.
  const front = z < -150 ? 60 + (z + 150) * 0.25 : 66;
  if ((x / (112 + m)) ** 2 + ((y + 10) / (m ? 70 : y < -10 ? front : 66)) ** 2 > 1) return false;
  // In front of the great vessels, the psoas and the spine; the paracolic gutters behind the colon stay free.
  // Below the aortic bifurcation (z −110) the loops reach further back, in front of the iliac vessels.
  if (Math.abs(x) < 84 && y > (Math.abs(x) >= 30 ? 14 : z < -110 ? 8 : -4) + m) return false;
  // The root of the mesentery (fat, vessels and nodes around the SMA and SMV), the uncinate
  // process and the third part of the duodenum: loops lie around it, not in it.
  if (z > -84 && y > -12 && Math.abs(x) < 44 - m) return false;
  if (Math.hypot(x - MESENTERIC_ROOT[0], y - MESENTERIC_ROOT[1], z - MESENTERIC_ROOT[2]) < 32 - m / 2) return false;
  if (nearNode(p, 28 - m / 2)) return false;
  // Kidneys and the lower liver.
  if (z > -72 + m && y > -8 + m && Math.abs(x) > 36 + m) return false;
  if (z > -64 + m && x < -40 - m) return false;
  return (
    distanceToPath(p, COLON_SPACE_PATH) > 40 - 1.25 * m &&
    distanceToPath(p, DUODENUM_PATH) > 31 - 0.75 * m &&
    distanceToPath(p, SMA_COURSE) > 17.5 &&
    distanceToPath(p, SMV_COURSE) > 19
  );
}

function smoothstep(a: number, b: number, v: number): number {
  const t = Math.max(0, Math.min(1, (v - a) / (b - a)));
  return t * t * (3 - 2 * t);
}

/** 1 in the jejunum (left upper abdomen), 0 in the ileum (right lower abdomen and pelvis). */
function jejunality(p: Vec3): number {
  return smoothstep(-40, 10, p[0]) * smoothstep(-140, -100, p[2]);
}

/**
 * Outer radius of a distended loop (model assumption: about 26 mm across in the jejunum and 23 mm
 * in the ileum with neutral enteric contrast), and the least distance between the centrelines of
 * two loops: their radii and 1 mm of fat, so distended loops touch rather than float apart.
 */
function distendedRadius(p: Vec3): number {
  return 11.5 + 1.5 * jejunality(p);
}
export function clearance(p: Vec3, q: Vec3): number {
  return distendedRadius(p) + distendedRadius(q) + 1;
}

/** A random direction perpendicular to the walk's heading. */
function perpendicular(d: Vec3, random: () => number): Vec3 {
  return across(d, random() * 2 * Math.PI);
}

/**
 * The small-bowel centrelines: the first walk starts at the duodenojejunal flexure, later ones
 * wherever room is left, until the space is packed. Each walk keeps turning about a slowly
 * changing axis (so it meanders in arcs, not a random zigzag), tries other turns when blocked and
 * ends when nothing is free; walks shorter than 7 steps are dropped.
 */
function smallBowelLoops(): Vec3[][] {
  const random = seededRandom(0x9e3779b9);
  const cell = LOOP_CLEARANCE_MM;
  const grid = new Map<string, { p: Vec3; walk: number; step: number }[]>();
  const keyOf = (p: Vec3) => `${Math.floor(p[0] / cell)},${Math.floor(p[1] / cell)},${Math.floor(p[2] / cell)}`;
  const free = (p: Vec3, walk: number, step: number) => {
    const [i, j, k] = [0, 1, 2].map((a) => Math.floor(p[a]! / cell)) as [number, number, number];
    for (let a = i - 1; a <= i + 1; a++)
      for (let b = j - 1; b <= j + 1; b++)
        for (let c = k - 1; c <= k + 1; c++) {
          for (const q of grid.get(`${a},${b},${c}`) ?? []) {
            const dx = q.p[0] - p[0],
              dy = q.p[1] - p[1],
              dz = q.p[2] - p[2];
            const gap = step - q.step;
            // Along its own loop a point needs only as much room as the bend allows (a U-bend
            // of at least 16 mm radius, never a kink folding the loop onto itself).
            const need =
              q.walk === walk && gap < LOOP_SELF_STEPS ? (gap < 2 ? 0 : 0.8 * gap * LOOP_STEP_MM) : clearance(p, q.p);
            if (dx * dx + dy * dy + dz * dz < need * need) return false;
          }
        }
    return true;
  };
  const add = (p: Vec3, walk: number, step: number) => {
    const k = keyOf(p);
    const list = grid.get(k) ?? [];
    list.push({ p, walk, step });
    grid.set(k, list);
  };
  const unadd = (p: Vec3, walk: number) => {
    const list = grid.get(keyOf(p)) ?? [];
    const i = list.findIndex((q) => q.walk === walk && q.p === p);
    if (i >= 0) list.splice(i, 1);
  };
  const remove = (walk: number) => {
    for (const list of grid.values())
      for (let i = list.length - 1; i >= 0; i--) if (list[i]!.walk === walk) list.splice(i, 1);
  };
  const starts: Vec3[][] = [];
  for (let z = -50; z >= -190; z -= 14)
    for (let x = -104; x <= 104; x += 14) for (let y = -72; y <= 30; y += 14) starts.push([[x, y, z]]);
  for (let i = starts.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [starts[i], starts[j]] = [starts[j]!, starts[i]!];
  }
  // The segments placed by hand come first, then the jejunum leaves the duodenojejunal flexure
  // forwards, downwards and to the left; a second, finer pass of starting points fills the gaps
  // the first loops left.
  starts.unshift(...PLACED_SEGMENTS.map((segment) => [...segment]), [JEJUNUM_START]);
  for (let z = -53; z >= -190; z -= 7)
    for (let x = -107; x <= 107; x += 7) for (let y = -75; y <= 30; y += 7) starts.push([[x, y, z]]);
  const loops: Vec3[][] = [];
  // The placed segments are reserved before any walk starts, so no earlier walk takes their room.
  PLACED_SEGMENTS.forEach((segment, walk) => segment.forEach((q, i) => add(q, walk, i)));
  for (const prefix of starts) {
    const walk = loops.length;
    const placed = walk < PLACED_SEGMENTS.length;
    if (!placed && !prefix.every((q, i) => inSmallBowelSpace(q) && free(q, walk, i))) continue;
    const points: Vec3[] = [];
    prefix.forEach((q, i) => {
      points.push(q);
      if (!placed) add(q, walk, i);
    });
    let p = points[points.length - 1]!;
    let before = points[points.length - 2];
    let d: Vec3 = before
      ? unit([p[0] - before[0], p[1] - before[1], p[2] - before[2]])
      : prefix[0] === JEJUNUM_START
        ? unit([0.5, -0.4, -0.75])
        : perpendicular([0, 0, 1], random);
    let axis = perpendicular(d, random);
    let backtracks = 0;
    let floor = prefix.length;
    // Grown forwards, and a placed segment then also backwards from its start (so it has no blind end).
    for (let pass = 0; pass < (placed ? 2 : 1); pass++) {
      if (pass === 1) {
        if (points.length < 7) break;
        points.reverse();
        remove(walk);
        points.forEach((q, i) => add(q, walk, i));
        floor = points.length;
        p = points[points.length - 1]!;
        before = points[points.length - 2]!;
        d = unit([p[0] - before[0], p[1] - before[1], p[2] - before[2]]);
        axis = perpendicular(d, random);
        backtracks = 0;
      }
      const limit = pass === 0 ? LOOP_MAX_STEPS : points.length + LOOP_MAX_STEPS / 2;
      for (let step = points.length; step < limit; step++) {
        let next: Vec3 | null = null;
        for (let t = 0; t < 48 && !next; t++) {
          // The first tries keep the current bend; later ones turn any way, at last up to twice as sharply.
          const ax = t < 8 ? axis : perpendicular(d, random);
          const turn = LOOP_MAX_TURN * (t < 8 ? 0.25 + 0.75 * random() : t < 24 ? random() : 1 + random());
          const dir = unit([
            d[0] * Math.cos(turn) + ax[0] * Math.sin(turn),
            d[1] * Math.cos(turn) + ax[1] * Math.sin(turn),
            d[2] * Math.cos(turn) + ax[2] * Math.sin(turn),
          ]);
          const q: Vec3 = [p[0] + LOOP_STEP_MM * dir[0], p[1] + LOOP_STEP_MM * dir[1], p[2] + LOOP_STEP_MM * dir[2]];
          if (inSmallBowelSpace(q) && free(q, walk, step)) {
            next = q;
            d = dir;
            if (t >= 8) axis = ax;
          }
        }
        if (!next) {
          // Blocked: step back a little and try another way (a few times per loop).
          if (backtracks++ > 200 || points.length < floor + 2) break;
          const back = Math.min(
            points.length - Math.max(2, floor),
            1 + Math.floor(random() * Math.min(10, 2 + backtracks / 10)),
          );
          for (let k = 0; k < back; k++) unadd(points.pop()!, walk);
          p = points[points.length - 1]!;
          const prev = points[points.length - 2]!;
          d = unit([p[0] - prev[0], p[1] - prev[1], p[2] - prev[2]]);
          axis = perpendicular(d, random);
          step = points.length - 1;
          continue;
        }
        p = next;
        points.push(p);
        add(p, walk, step);
        // The bend's axis drifts, and now and then the loop swings the other way.
        axis = random() < 0.12 ? perpendicular(d, random) : axis;
        const dot = axis[0] * d[0] + axis[1] * d[1] + axis[2] * d[2];
        axis = unit([axis[0] - dot * d[0], axis[1] - dot * d[1], axis[2] - dot * d[2]]);
      }
    }
    if (points.length < 7) {
      remove(walk);
      continue;
    }
    loops.push(points);
  }
  return joinWalks(loops);
}

/**
 * The walks joined end to end where a smooth bridge (a cubic curve leaving one end and entering
 * the other along their headings, resampled in 6 mm steps, turning at most 60 degrees a step)
 * runs through free space with the same clearances, nearest ends first, so the small bowel reads
 * as one continuous tube instead of many walks with blind ends.
 */
function minus(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

function joinWalks(walks: Vec3[][]): Vec3[][] {
  const loops = walks.map((w) => [...w]);
  const far = (a: Vec3, b: Vec3, mm: number) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2 > mm * mm;
  const bridge = (a: Vec3[], b: Vec3[], stretch: number): Vec3[] | null => {
    // a runs into its last point P, b leaves its first point Q.
    const P = a[a.length - 1]!,
      Q = b[0]!;
    const dP = unit([P[0] - a[a.length - 2]![0], P[1] - a[a.length - 2]![1], P[2] - a[a.length - 2]![2]]);
    const dQ = unit([b[1]![0] - Q[0], b[1]![1] - Q[1], b[1]![2] - Q[2]]);
    const L = stretch * Math.hypot(Q[0] - P[0], Q[1] - P[1], Q[2] - P[2]);
    const at = (t: number): Vec3 => {
      const h00 = 2 * t ** 3 - 3 * t ** 2 + 1,
        h10 = t ** 3 - 2 * t ** 2 + t,
        h01 = -2 * t ** 3 + 3 * t ** 2,
        h11 = t ** 3 - t ** 2;
      const c = (k: 0 | 1 | 2) => h00 * P[k] + h10 * L * dP[k] + h01 * Q[k] + h11 * L * dQ[k];
      return [c(0), c(1), c(2)];
    };
    const fine = Array.from({ length: 201 }, (_, i) => at(i / 200));
    const cum = [0];
    for (let i = 1; i < fine.length; i++) cum.push(cum[i - 1]! + Math.hypot(...minus(fine[i]!, fine[i - 1]!)));
    const total = cum[cum.length - 1]!;
    const n = Math.max(1, Math.round(total / LOOP_STEP_MM));
    const out: Vec3[] = [];
    for (let s = 1, j = 0; s < n; s++) {
      const want = (s * total) / n;
      while (cum[j + 1]! < want) j++;
      out.push(fine[j]!);
    }
    return out;
  };
  const turnsOk = (path: readonly Vec3[], from: number, to: number) => {
    for (let i = Math.max(1, from); i < Math.min(path.length - 1, to); i++) {
      const u = unit(minus(path[i]!, path[i - 1]!));
      const v = unit(minus(path[i + 1]!, path[i]!));
      if (u[0] * v[0] + u[1] * v[1] + u[2] * v[2] < Math.cos((50 * Math.PI) / 180)) return false;
    }
    return true;
  };
  for (;;) {
    const candidates: { i: number; j: number; ei: 0 | 1; ej: 0 | 1; d: number }[] = [];
    loops.forEach((a, i) =>
      loops.forEach((b, j) => {
        if (j <= i) return;
        for (const ei of [0, 1] as const)
          for (const ej of [0, 1] as const) {
            const p = ei ? a[a.length - 1]! : a[0]!,
              q = ej ? b[b.length - 1]! : b[0]!;
            const d = Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
            if (d < 75) candidates.push({ i, j, ei, ej, d });
          }
      }),
    );
    candidates.sort((x, y) => x.d - y.d);
    let joined = false;
    for (const { i, j, ei, ej } of candidates) {
      const fullA = ei ? loops[i]! : [...loops[i]!].reverse();
      const fullB = ej ? [...loops[j]!].reverse() : loops[j]!;
      const others = loops.filter((_, k) => k !== i && k !== j).flat();
      let path: Vec3[] | null = null;
      // The ends may be cut back by a few steps (never into a placed segment) to leave room to turn.
      const trims: [number, number][] = [0, 2, 4].flatMap((x) => [0, 2, 4].map((y): [number, number] => [x, y]));
      for (const [stretch, [ta, tb]] of trims.flatMap((t) =>
        [1, 0.6, 1.6, 2.2, 3].map((st): [number, [number, number]] => [st, t]),
      )) {
        if (path) break;
        const a = fullA.slice(0, fullA.length - ta),
          b = fullB.slice(tb);
        if (a.length < 7 || b.length < 7) continue;
        if (fullA.slice(a.length).some((q) => PLACED.has(q)) || fullB.slice(0, tb).some((q) => PLACED.has(q))) continue;
        const mid = bridge(a, b, stretch);
        if (!mid || !mid.every((q) => inSmallBowelSpace(q, 4))) continue;
        const candidate = [...a, ...mid, ...b];
        const lo = a.length - 1,
          hi = a.length + mid.length;
        if (!turnsOk(candidate, lo, hi + 1)) continue;
        // The bridge and the ends it joins keep the clearances: from every other loop, and along
        // the joined loop from every point more than a U-bend away.
        if (!mid.every((q) => others.every((r) => far(q, r, clearance(q, r))))) continue;
        let clearSelf = true;
        for (
          let x = Math.max(0, lo - LOOP_SELF_STEPS);
          clearSelf && x <= Math.min(candidate.length - 1, hi + LOOP_SELF_STEPS);
          x++
        )
          for (let y = 0; y < candidate.length; y++)
            if (
              Math.abs(x - y) > LOOP_SELF_STEPS &&
              !far(candidate[x]!, candidate[y]!, clearance(candidate[x]!, candidate[y]!) + 0.1)
            ) {
              clearSelf = false;
              break;
            }
        if (clearSelf) {
          path = candidate;
          break;
        }
      }
      if (!path) continue;
      loops.splice(j, 1);
      loops[i] = path;
      joined = true;
      break;
    }
    if (!joined) return loops;
  }
}
const DUODENUM_PATH: readonly Vec3[] = [
  [-28, -32, 20],
  [-50, -24, 18],
  [-63, -4, 12],
  [-66, 10, -4],
  [-66, 16, -30],
  [-60, 22, -48],
  [-30, 12, -56],
  [8, 8, -56],
  [30, 12, -46],
  [40, 6, -26],
];

/**
 * Where the small-bowel loops keep their distance from the colon (its course before the ascending
 * and descending colon were brought in from the flank muscles): the loops are laid out as before.
 */
const COLON_SPACE_PATH: readonly Vec3[] = [
  [-104, 14, -160],
  [-112, 26, -100],
  [-110, 24, -40],
  [-98, -4, -8],
  [-60, -58, -22],
  [0, -68, -36],
  [62, -60, -14],
  [98, -34, 28],
  [110, -6, 54],
  [118, 22, 4],
  [116, 30, -40],
  [112, 34, -120],
  [70, 8, -172],
  [20, 40, -188],
  [0, 78, -205],
  [0, 86, -230],
];
// model assumption: the ascending and descending colon lie in the paracolic gutters inside the
// abdominal wall, in front of and lateral to the kidneys (not in the flank muscles, where a coronal
// section showed them as two vertebral-column-like bars, blind imaging review 6, Fig 6F).
const COLON_PATH: readonly Vec3[] = [
  [-102, 14, -160],
  [-100, 28, -100],
  [-99, 22, -40],
  [-96, -4, -8],
  [-60, -58, -22],
  [0, -68, -36],
  [62, -60, -14],
  [98, -34, 28],
  [108, -6, 54],
  [106, 17, 4],
  [103, 24, -40],
  [100, 32, -120],
  [70, 8, -172],
  [20, 40, -188],
  [0, 78, -205],
  [0, 86, -230],
];

/** The small-bowel centrelines as grown (the placed segments first). */
export const SMALL_BOWEL_LOOPS: readonly (readonly Vec3[])[] = smallBowelLoops();

// model assumption: the mesentery is short at its root, so a collapsed loop whose closest
// approach to the root's centre is within 72 mm is drawn towards it there: the pull (up to
// 28 mm, fading with that distance beyond 32 mm, never leaving the loop's centreline nearer than
// 23 mm to the root's centre, just outside a root mass) is greatest at that point and falls off
// linearly over 24 mm of the loop either side, so the loop is kinked and angulated towards the
// root, as beside a desmoplastic mass (Fig 5). A loop's pull is cut back wherever it would bring
// it within 19.5 mm of another loop (collapsed loops are at most 19 mm across: they may touch but
// never overlap). Distended loops (enteroclysis) keep the free layout.
const TETHER_MAX_MM = 28;
const TETHER_REACH_MM = 40;
const TETHER_FROM_MM = 32;
const TETHER_KEEP_MM = 23;
const TETHER_HALF_WIDTH_MM = 24;
const TETHER_LOOP_GAP_MM = 19.5;

function tetheredLoops(loops: readonly (readonly Vec3[])[]): Vec3[][] {
  const out: Vec3[][] = loops.map((loop) => loop.map((q): Vec3 => [q[0], q[1], q[2]]));
  const rootDistance = (q: Vec3) =>
    Math.hypot(q[0] - MESENTERIC_ROOT[0], q[1] - MESENTERIC_ROOT[1], q[2] - MESENTERIC_ROOT[2]);
  loops.forEach((loop, l) => {
    // The loop's closest approaches to the root (local minima of the distance), each kinked.
    const d = loop.map(rootDistance);
    for (let i = 0; i < loop.length; i++) {
      if (d[i]! > TETHER_FROM_MM + TETHER_REACH_MM) continue;
      if ((i > 0 && d[i - 1]! < d[i]!) || (i + 1 < loop.length && d[i + 1]! <= d[i]!)) continue;
      const full =
        Math.min(TETHER_MAX_MM, d[i]! - TETHER_KEEP_MM) * (1 - Math.max(0, d[i]! - TETHER_FROM_MM) / TETHER_REACH_MM);
      if (full <= 0) continue;
      const half = Math.ceil(TETHER_HALF_WIDTH_MM / LOOP_STEP_MM);
      const moved = (scale: number) => {
        const pts: [number, Vec3][] = [];
        for (let j = Math.max(0, i - half); j <= Math.min(loop.length - 1, i + half); j++) {
          const q = out[l]![j]!;
          const k =
            (scale * full * Math.max(0, 1 - (Math.abs(j - i) * LOOP_STEP_MM) / TETHER_HALF_WIDTH_MM)) /
            (rootDistance(q) || 1);
          pts.push([
            j,
            [
              q[0] + (MESENTERIC_ROOT[0] - q[0]) * k,
              q[1] + (MESENTERIC_ROOT[1] - q[1]) * k,
              q[2] + (MESENTERIC_ROOT[2] - q[2]) * k,
            ],
          ]);
        }
        return pts;
      };
      // ...and clear of the SMA and SMV (with the loop's radius and a margin), midpoints included.
      const clear = (pts: [number, Vec3][]) =>
        pts.every(([, q], n) => {
          const r = pts[n + 1]?.[1] ?? q;
          const mid: Vec3 = [(q[0] + r[0]) / 2, (q[1] + r[1]) / 2, (q[2] + r[2]) / 2];
          return [q, mid].every((v) => distanceToPath(v, SMA_COURSE) > 16 && distanceToPath(v, SMV_COURSE) > 18);
        }) &&
        pts.every(([j, q]) =>
          out.every((other, m) =>
            other.every((r, n) => {
              if (m === l && Math.abs(n - j) <= LOOP_SELF_STEPS) return true;
              return Math.hypot(r[0] - q[0], r[1] - q[1], r[2] - q[2]) > TETHER_LOOP_GAP_MM;
            }),
          ),
        );
      for (const scale of [1, 0.85, 0.7, 0.55, 0.4, 0.25]) {
        const pts = moved(scale);
        if (!clear(pts)) continue;
        for (const [j, q] of pts) out[l]![j] = q;
        break;
      }
    }
  });
  return out;
}

const TETHERED_LOOPS = tetheredLoops(SMALL_BOWEL_LOOPS);

/** The centrelines the gut is painted on for a preparation (collapsed loops tethered at the root). */
export function smallBowelCentrelines(bowel: BowelPreparation): readonly (readonly Vec3[])[] {
  return bowel === 'distended' ? SMALL_BOWEL_LOOPS : TETHERED_LOOPS;
}

/** Points on the mesenteric side of the loops where the mesenteric vessels reach the bowel. */
export function mesentericTargets(): Vec3[] {
  const out: Vec3[] = [];
  for (const path of SMALL_BOWEL_LOOPS) {
    for (let i = 2; i < path.length; i += 8) {
      const p = path[i]!;
      // Stop short of the loop, on the side facing the root of the mesentery; loops far out in
      // the flanks or pelvis get their branches from arcades not modelled here (no long sticks).
      const dx = MESENTERIC_ROOT[0] - p[0],
        dy = MESENTERIC_ROOT[1] - p[1],
        dz = MESENTERIC_ROOT[2] - p[2];
      const len = Math.hypot(dx, dy, dz) || 1;
      if (len > 95) continue;
      out.push([p[0] + (dx / len) * 12, p[1] + (dy / len) * 12, p[2] + (dz / len) * 12]);
    }
  }
  return out;
}

function hollow(
  id: string,
  region: string,
  outer: Shape,
  wallMm: number,
  content: (lumen: Shape) => [TissueId, Shape][],
): Structure[] {
  const lumen = new Offset(outer, -wallMm);
  return [
    structure(`${id}-wall`, 'gut-wall', outer, region, 0.1),
    ...content(lumen).map(([t, sh], i) => structure(`${id}-content-${i}`, t, sh, region, t === 'stool' ? 3 : 0)),
  ];
}

/** Gas rises to the front (supine patient): content behind `levelY` is fluid, in front of it gas. */
function airFluidLevel(lumen: Shape, levelY: number, fluid: TissueId): [TissueId, Shape][] {
  return [
    [fluid, lumen],
    ['gas', new Intersection([lumen, new HalfSpace([0, 1, 0], levelY)])],
  ];
}

/** The stomach's outer surface (fundus, body and antrum blended), also kept clear by the liver's vessels. */
export const STOMACH: Shape = new Difference(
  new Union(
    [
      new Ellipsoid([52, 26, 102], [36, 32, 32]),
      new Ellipsoid([58, -14, 64], [36, 30, 44], rotationFromDegrees(0, 12, 0)),
      new Tube(
        [
          [44, -26, 34],
          [12, -40, 22],
          [-12, -40, 20],
          [-28, -32, 20],
        ],
        [20, 18, 16, 10],
      ),
    ],
    18,
  ),
  retroperitonealColumn,
);

/** A Catmull-Rom curve through a polyline's points (4 pieces per segment), radii interpolated. */
function smoothPath(points: readonly Vec3[], radii: readonly number[]): [Vec3[], number[]] {
  const out: Vec3[] = [],
    r: number[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const p0 = points[Math.max(0, i - 1)]!,
      p1 = points[i]!,
      p2 = points[i + 1]!,
      p3 = points[Math.min(points.length - 1, i + 2)]!;
    for (let k = 0; k < 4; k++) {
      const t = k / 4,
        t2 = t * t,
        t3 = t2 * t;
      const c = (j: 0 | 1 | 2) =>
        0.5 *
        (2 * p1[j] +
          (p2[j] - p0[j]) * t +
          (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2 +
          (3 * p1[j] - p0[j] - 3 * p2[j] + p3[j]) * t3);
      out.push([c(0), c(1), c(2)]);
      r.push(radii[i]! + (radii[i + 1]! - radii[i]!) * t);
    }
  }
  out.push(points[points.length - 1]!);
  r.push(radii[radii.length - 1]!);
  return [out, r];
}

export function gutStructures(bowel: BowelPreparation, stomachContent: StomachContent = 'gas-and-fluid'): Structure[] {
  const s: Structure[] = [];
  s.push(
    ...hollow('stomach', 'stomach', STOMACH, 4, (lumen) =>
      stomachContent === 'water' ? [['enteric-water', lumen]] : airFluidLevel(lumen, -6, 'gastric-content'),
    ),
  );
  // Painted along a smooth curve through the path's points (no angular bends at the flexures),
  // one short piece per structure (so a slice only looks at the pieces near it), all the wall
  // pieces before the lumens (no seams at the joints).
  const [duodenum, duodenumRadii] = smoothPath(DUODENUM_PATH, [10, 13, 13, 13, 12.5, 12, 11, 11, 11, 11]);
  const duodenumPieces = duodenum
    .slice(1)
    .map((b, i) => [duodenum[i]!, b, duodenumRadii[i]!, duodenumRadii[i + 1]!] as const);
  for (const [a, b, ra, rb] of duodenumPieces)
    s.push(structure(`duodenum-wall-${s.length}`, 'gut-wall', new Tube([a, b], [ra, rb]), 'duodenum', 0.1));
  duodenumPieces.forEach(([a, b, ra, rb], i) =>
    s.push(
      structure(
        `duodenum-content-${i}`,
        bowel === 'distended' ? 'enteric-water' : 'bowel-content',
        new Tube([a, b], [ra - 2.5, rb - 2.5]),
        'duodenum',
      ),
    ),
  );
  // model assumption: distended loops (neutral enteric contrast) are about 25 mm across in the
  // jejunum and 24 mm in the ileum with a 1.8 mm wall; collapsed loops about 17 to 19 mm with a
  // thick wall and only a little fluid, in an irregular slit, so they read as grey soft tissue
  // with a faint core on CT and as faint, patchy fluid on T2 and MRCP (not fluid-filled tubes).
  // Circular folds (valvulae conniventes) of distended loops: tall and close together in the
  // jejunum (left upper abdomen: the feathery pattern), low and sparse in the ileum.
  const distended = bowel === 'distended';
  const content: TissueId = distended ? 'enteric-water' : 'bowel-content';
  // One short tube per segment, so a slice only looks at the few segments near it. Within one
  // path all walls are painted before the lumens (no seams at the joints).
  smallBowelCentrelines(bowel).forEach((path, p) => {
    const pieces: Tube[] = [];
    const lumens: Shape[] = [];
    let arc = 0;
    const radius = (q: Vec3) => (distended ? distendedRadius(q) : 8.5 + jejunality(q));
    // Collapsed: the fluid slit narrows and widens irregularly along the loop (0.6 to 3.4 mm)
    // and wanders off the axis by up to 3 mm, so it never forms a regular tube or bead chain.
    const slit = (i: number) =>
      0.6 + 2.8 * (0.5 + 0.5 * Math.sin(i * 1.9 + p * 2.3) * Math.cos(i * 0.71 + p * 0.9)) ** 2;
    // Where a loop ends inside the cavity it narrows over its last 12 mm (a distended loop
    // passing into a collapsed segment, a collapsed loop thinning as it leaves the field)
    // instead of ending in a full round cap; its fluid narrows and wanders less with it.
    const taper = (k: number) => (distended ? [0.5, 0.78] : [0.55, 0.8])[Math.min(k, path.length - 1 - k)] ?? 1;
    const wander = (q: Vec3, i: number): Vec3 => [
      q[0] + 3 * taper(i) * Math.sin(i * 1.3 + p),
      q[1] + 3 * taper(i) * Math.cos(i * 0.9 + 2 * p),
      q[2] + 2 * taper(i) * Math.sin(i * 2.1 + 3 * p),
    ];
    for (let i = 0; i + 1 < path.length; i++) {
      const a = path[i]!,
        b = path[i + 1]!;
      const mid: Vec3 = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
      pieces.push(new Tube([a, b], [radius(a) * taper(i), radius(b) * taper(i + 1)]));
      if (distended) {
        const jejunal = jejunality(mid) > 0.5;
        const inner = radius(mid) * Math.min(taper(i), taper(i + 1)) - 1.8;
        // Thin folds (cos⁴: a narrow crest, not a square tooth) whose height varies from fold to
        // fold, so the jejunum looks feathery. The pitch stays the 6 mm step, so every joint lies on
        // a fold and the next piece's round end does not wipe out this piece's folds.
        const h = jejunal ? Math.min(6, inner / 2) * (0.6 + 0.5 * (0.5 + 0.5 * Math.sin(i * 2.3 + p * 1.7))) : 2;
        lumens.push(new FoldedLumen([a, b], inner, h, jejunal ? 6 : 12, jejunal ? 4 : 2, arc));
      } else if (jejunality(mid) > 0.5) {
        // Collapsed jejunum: a narrow, wandering channel of fluid whose edges are scalloped by
        // close folds (the feathery pattern); the folds narrow it by under half, so the channel
        // stays continuous, and their spacing (4 to 6.5 mm) and the channel's width vary from
        // segment to segment, so on a thick MRCP slab it is faint irregular fluid, not a coil.
        const r = (2.6 + 0.9 * Math.sin(i * 2.3 + p)) * Math.min(taper(i), taper(i + 1));
        const pitch = 4 + 2.5 * (0.5 + 0.5 * Math.sin(i * 1.7 + 3 * p));
        lumens.push(new FoldedLumen([wander(a, i), wander(b, i + 1)], r, 0.45 * r, pitch, 3, arc * 1.37));
      } else lumens.push(new Tube([wander(a, i), wander(b, i + 1)], [slit(i) * taper(i), slit(i + 1) * taper(i + 1)]));
      arc += Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
    }
    pieces.forEach((piece, i) =>
      s.push(structure(`small-bowel-${p}-wall-${i}`, 'gut-wall', piece, 'small bowel', distended ? 0.1 : 0.3)),
    );
    lumens.forEach((lumen, i) => s.push(structure(`small-bowel-${p}-content-${i}`, content, lumen, 'small bowel')));
  });
  // Colon: haustra (model assumption: folds 22 to 40 mm apart, irregularly spaced, that indent
  // the lumen by 7 mm and the outer contour by 3.5 mm, so the colon is sacculated on every plane);
  // stool mottled with gas bubbles all along, and a cap of gas in the front of each segment (a
  // supine patient). Each segment is cut into pieces one haustrum long, each with a fold at both
  // ends, so the spacing follows the pieces' lengths.
  const colonRadii = [23, 20, 21, 21, 20, 20, 20, 20, 19, 18, 16, 16, 17, 18, 20, 16];
  // All the walls first, then all the contents, gas and bubbles: a wall piece painted after the
  // lumen of the piece before it would draw a full ring of wall across the lumen at every joint
  // (the colon then reads as a stack of rings).
  const walls: Structure[] = [],
    contents: Structure[] = [],
    gases: Structure[] = [],
    bubbles: Structure[] = [];
  let arc = 0;
  for (let i = 0; i + 1 < COLON_PATH.length; i++) {
    const a = COLON_PATH[i]!,
      b = COLON_PATH[i + 1]!;
    const outer = Math.max(colonRadii[i]!, colonRadii[i + 1]!);
    const inner = Math.min(colonRadii[i]!, colonRadii[i + 1]!) - 3;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
    const count = Math.max(1, Math.round(length / 30));
    const weights = Array.from({ length: count }, (_, k) => 0.72 + 0.56 * (0.5 + 0.5 * Math.sin(k * 2.7 + i * 1.3)));
    const total = weights.reduce((sum, w) => sum + w, 0);
    const gasLevel = Math.min(a[1], b[1]) - 0.6 * inner;
    let f0 = 0;
    weights.forEach((w, k) => {
      const f1 = f0 + w / total;
      const at = (f: number): Vec3 => [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
      const piece: Vec3[] = [at(f0), at(f1)];
      // The taeniae turn a little from haustrum to haustrum, so the folds' gaps are not aligned.
      const taenia = 0.7 * i + 0.45 * k;
      walls.push(
        structure(
          `colon-wall-${i}-${k}`,
          'gut-wall',
          new Haustrum(piece[0]!, piece[1]!, outer, 3.5, taenia),
          'colon',
          0.1,
        ),
      );
      const lumen = new Haustrum(piece[0]!, piece[1]!, inner, 8, taenia);
      contents.push(structure(`colon-content-${i}-${k}`, 'stool', lumen, 'colon', 3));
      gases.push(
        structure(`colon-gas-${i}-${k}`, 'gas', new Intersection([lumen, new HalfSpace([0, 1, 0], gasLevel)]), 'colon'),
      );
      f0 = f1;
    });
    // Gas bubbles mixed into the stool, every 12 mm or so along the segment.
    for (let t = 6; t < length; t += 12) {
      for (let k = 0; k < 2; k++) {
        const f = t / length,
          u = arc + t + 17 * k;
        const centre: Vec3 = [
          a[0] + (b[0] - a[0]) * f + 0.5 * inner * Math.sin(u * 0.37),
          a[1] + (b[1] - a[1]) * f + 0.5 * inner * Math.cos(u * 0.53),
          a[2] + (b[2] - a[2]) * f + 0.4 * inner * Math.sin(u * 0.29),
        ];
        const size = 1.6 + 1.4 * (0.5 + 0.5 * Math.sin(u * 1.7));
        bubbles.push(
          structure(
            `colon-bubble-${i}-${t}-${k}`,
            'gas',
            new Ellipsoid(centre, [size, size * 0.9, size * 1.2]),
            'colon',
          ),
        );
      }
    }
    arc += length;
  }
  s.push(...walls, ...contents, ...gases, ...bubbles);
  return s;
}
