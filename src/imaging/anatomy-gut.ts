/**
 * The gut: stomach (with an air–fluid level), duodenum, small-bowel loops and colon. Each is a
 * wall around a lumen. With enteroclysis/enterography the small bowel is distended by neutral
 * (water-like) enteric contrast, so its wall and any mural lesion stand out. Sizes are average
 * adult values (model assumption), mm, patient coordinates (x left, y posterior, z superior).
 */
import { Ellipsoid, HalfSpace, Tube, rotationFromDegrees, type Shape, type Vec3 } from './shapes';
import { Intersection, Offset, Union } from './shape-operations';
import { structure, type Structure } from './structures';
import { FoldedLumen } from './shapes-organic';
import type { TissueId } from './tissues';

export type BowelPreparation = 'collapsed' | 'distended';
/** A stomach filled with water (as drunk for a pancreatic ultrasound) has no gas to block the beam. */
export type StomachContent = 'gas-and-fluid' | 'water';

/** Small-bowel centreline from the duodenojejunal flexure to the ileocaecal valve. */
export const SMALL_BOWEL_PATH: readonly Vec3[] = [
  [40, 6, -26], [66, -22, -32], [92, -40, -46], [70, -60, -56], [40, -52, -52], [46, -26, -66], [82, -10, -76], [102, -36, -92],
  [76, -62, -98], [40, -60, -88], [20, -36, -98], [36, -10, -110], [72, -2, -116], [96, -26, -128], [70, -56, -138], [34, -62, -134],
  [0, -52, -142], [-30, -62, -128], [-62, -46, -120], [-88, -22, -130], [-70, 8, -140], [-40, -2, -150], [-18, -32, -162], [-50, -56, -168],
  [-86, -42, -162], [-102, -14, -152],
];

/**
 * More loops packing the mesentery in front of the retroperitoneum: a path that snakes through a
 * lattice of points (model assumption), gently jittered so the loops do not look machined.
 */
function packedLoops(): Vec3[] {
  const xs = [-80, -48, -16, 16, 48, 80];
  const layers = [-72, -42, -12];
  const zs = [-50, -78, -106, -134, -162];
  const points: Vec3[] = [];
  zs.forEach((z, k) => {
    const ys = k % 2 === 0 ? layers : [...layers].reverse();
    ys.forEach((y, j) => {
      if (y > -20 && z > -70) return; // keep clear of the third part of the duodenum
      const row = (k + j) % 2 === 0 ? xs : [...xs].reverse();
      for (const x of row) {
        const a = Math.sin(x * 0.7 + y * 1.3 + z * 0.9), b = Math.cos(x * 1.1 - z * 0.6 + y);
        points.push([x + 4 * a, y + 2 * b, z + 2.5 * Math.sin(x * 0.37 + y * 0.21 + z)]);
      }
    });
  });
  return points;
}

/** Chaikin corner cutting: rounds a polyline's corners so loops curve instead of zigzagging. */
function rounded(points: readonly Vec3[], passes: number): Vec3[] {
  let p = [...points];
  for (let k = 0; k < passes; k++) {
    const next: Vec3[] = [p[0]!];
    for (let i = 0; i + 1 < p.length; i++) {
      const a = p[i]!, b = p[i + 1]!;
      next.push([0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1], 0.75 * a[2] + 0.25 * b[2]], [0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1], 0.25 * a[2] + 0.75 * b[2]]);
    }
    next.push(p[p.length - 1]!);
    p = next;
  }
  return p;
}

/** Distance from a point to a polyline (mm). */
function distanceToPath(p: Vec3, path: readonly Vec3[]): number {
  let best = Infinity;
  for (let i = 0; i + 1 < path.length; i++) {
    const a = path[i]!, b = path[i + 1]!;
    const bx = b[0] - a[0], by = b[1] - a[1], bz = b[2] - a[2];
    const l2 = bx * bx + by * by + bz * bz;
    const t = Math.max(0, Math.min(1, l2 > 0 ? ((p[0] - a[0]) * bx + (p[1] - a[1]) * by + (p[2] - a[2]) * bz) / l2 : 0));
    best = Math.min(best, Math.hypot(p[0] - a[0] - t * bx, p[1] - a[1] - t * by, p[2] - a[2] - t * bz));
  }
  return best;
}

/**
 * The filler loops, cut wherever they would run into the ileal path, the duodenum or the colon,
 * so no two loops ever intersect: each remaining run is its own loop.
 */
function fillerLoops(): Vec3[][] {
  const path = rounded(packedLoops(), 2);
  const clear = (p: Vec3) => distanceToPath(p, SMALL_BOWEL_PATH) > 23 && distanceToPath(p, COLON_PATH) > 45 && distanceToPath(p, DUODENUM_PATH) > 30;
  const runs: Vec3[][] = [];
  let run: Vec3[] = [];
  for (const p of path) {
    if (clear(p)) run.push(p);
    else {
      if (run.length >= 3) runs.push(run);
      run = [];
    }
  }
  if (run.length >= 3) runs.push(run);
  return runs;
}
const DUODENUM_PATH: readonly Vec3[] = [[-28, -32, 20], [-50, -24, 18], [-63, -4, 12], [-66, 10, -4], [-66, 16, -30], [-60, 22, -48], [-30, 12, -56], [8, 8, -56], [30, 12, -46], [40, 6, -26]];

const COLON_PATH: readonly Vec3[] = [
  [-104, 14, -160], [-112, 26, -100], [-110, 24, -40], [-98, -4, -8], [-60, -58, -22], [0, -68, -36], [62, -58, -20], [104, 8, 12],
  [116, 30, -40], [112, 34, -120], [70, 8, -172], [20, 40, -188], [0, 78, -205], [0, 86, -230],
];

const FILLER_LOOPS: readonly (readonly Vec3[])[] = fillerLoops();

function hollow(id: string, region: string, outer: Shape, wallMm: number, content: (lumen: Shape) => [TissueId, Shape][]): Structure[] {
  const lumen = new Offset(outer, -wallMm);
  return [structure(`${id}-wall`, 'gut-wall', outer, region, 0.1), ...content(lumen).map(([t, sh], i) => structure(`${id}-content-${i}`, t, sh, region, t === 'stool' ? 3 : 0))];
}

/** Gas rises to the front (supine patient): content behind `levelY` is fluid, in front of it gas. */
function airFluidLevel(lumen: Shape, levelY: number, fluid: TissueId): [TissueId, Shape][] {
  return [[fluid, lumen], ['gas', new Intersection([lumen, new HalfSpace([0, 1, 0], levelY)])]];
}

export function gutStructures(bowel: BowelPreparation, stomachContent: StomachContent = 'gas-and-fluid'): Structure[] {
  const s: Structure[] = [];
  const stomach = new Union(
    [
      new Ellipsoid([50, 28, 104], [34, 32, 30]),
      new Ellipsoid([52, 0, 62], [32, 26, 44], rotationFromDegrees(0, 12, 0)),
      new Tube([[40, -18, 30], [12, -38, 22], [-12, -40, 20], [-28, -32, 20]], [22, 19, 16, 10]),
    ],
    18,
  );
  s.push(...hollow('stomach', 'stomach', stomach, 4, (lumen) => (stomachContent === 'water' ? [['enteric-water', lumen]] : airFluidLevel(lumen, -6, 'bowel-content'))));
  const duodenum = new Tube(DUODENUM_PATH, [10, 13, 13, 13, 12.5, 12, 11, 11, 11, 11]);
  s.push(...hollow('duodenum', 'duodenum', duodenum, 2.5, (lumen) => [[bowel === 'distended' ? 'enteric-water' : 'bowel-content', lumen]]));
  const radius = bowel === 'distended' ? 12.5 : 10.5;
  const wall = bowel === 'distended' ? 2 : 2.8;
  const content: TissueId = bowel === 'distended' ? 'enteric-water' : 'bowel-content';
  // One short tube per segment, so a slice only looks at the few segments near it. Within one
  // path all walls are painted before the lumens (no seams at the joints); a later path paints
  // its own wall across an earlier one, as two touching loops show two walls.
  // model assumption: circular folds (valvulae conniventes) 3-4 mm deep, close together in the
  // jejunum (left upper abdomen: a feathery pattern) and sparser and lower in the ileum.
  [SMALL_BOWEL_PATH, ...FILLER_LOOPS].forEach((path, p) => {
    const pieces: Tube[] = [];
    const lumens: FoldedLumen[] = [];
    let arc = 0;
    for (let i = 0; i + 1 < path.length; i++) {
      const a = path[i]!, b = path[i + 1]!;
      pieces.push(new Tube([a, b], radius));
      const jejunal = (a[0] + b[0]) / 2 > -10 && (a[2] + b[2]) / 2 > -115;
      const [depth, pitch] = jejunal ? [bowel === 'distended' ? 4 : 4.5, 5.5] : [bowel === 'distended' ? 2.6 : 3, 9];
      lumens.push(new FoldedLumen([a, b], radius - wall, depth, pitch, 6, arc));
      arc += Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
    }
    pieces.forEach((piece, i) => s.push(structure(`small-bowel-${p}-wall-${i}`, 'gut-wall', piece, 'small bowel', 0.1)));
    lumens.forEach((lumen, i) => s.push(structure(`small-bowel-${p}-content-${i}`, content, lumen, 'small bowel')));
  });
  // Colon with haustral folds; stool mottled with gas, a little gas anteriorly.
  const colonRadii = [26, 24, 22, 21, 20, 20, 20, 21, 20, 18, 17, 18, 20, 16];
  const colon = new Tube(COLON_PATH, colonRadii);
  s.push(structure('colon-wall', 'gut-wall', colon, 'colon', 0.1));
  let arc = 0;
  for (let i = 0; i + 1 < COLON_PATH.length; i++) {
    const a = COLON_PATH[i]!, b = COLON_PATH[i + 1]!;
    const lumen = new FoldedLumen([a, b], Math.min(colonRadii[i]!, colonRadii[i + 1]!) - 3, 6, 34, 8, arc);
    arc += Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
    s.push(structure(`colon-content-${i}`, 'stool', lumen, 'colon', 3));
    s.push(structure(`colon-gas-${i}`, 'gas', new Intersection([lumen, new HalfSpace([0, 1, 0], -40 + (i % 3) * 6)]), 'colon'));
  }
  // Gas bubbles mixed into the stool (mottled faecal pattern).
  COLON_PATH.forEach((p, i) => {
    if (i === 0 || i === COLON_PATH.length - 1) return;
    for (let k = 0; k < 3; k++) s.push(structure(`colon-bubble-${i}-${k}`, 'gas', new Ellipsoid([p[0] + 6 * Math.sin(i * 3 + k * 2), p[1] + 5 * Math.cos(i * 5 + k), p[2] + 7 * Math.sin(i + k * 4)], [2.5 + (k % 2) * 1.5, 2.5, 3]), 'colon'));
  });
  return s;
}
