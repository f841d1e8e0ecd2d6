/**
 * The gut: stomach (with an air–fluid level), duodenum, small-bowel loops and colon. Each is a
 * wall around a lumen. With enteroclysis/enterography the small bowel is distended by neutral
 * (water-like) enteric contrast, so its wall and any mural lesion stand out. Sizes are average
 * adult values (model assumption), mm, patient coordinates (x left, y posterior, z superior).
 */
import { Ellipsoid, HalfSpace, Tube, rotationFromDegrees, type Shape, type Vec3 } from './shapes';
import { Difference, Intersection, Offset, Union } from './shape-operations';
import { retroperitonealColumn } from './anatomy-body';
import { structure, type Structure } from './structures';
import { FoldedLumen } from './shapes-organic';
import type { TissueId } from './tissues';

export type BowelPreparation = 'collapsed' | 'distended';
/** A stomach filled with water (as drunk for a pancreatic ultrasound) has no gas to block the beam. */
export type StomachContent = 'gas-and-fluid' | 'water';

/** Small-bowel centreline from the duodenojejunal flexure to the ileocaecal valve. */
export const SMALL_BOWEL_PATH: readonly Vec3[] = [
  [40, 6, -26],
  [66, -22, -32],
  [92, -40, -46],
  [70, -60, -56],
  [40, -52, -52],
  [33, -28, -62],
  [82, -10, -76],
  [102, -36, -92],
  [76, -62, -98],
  [40, -60, -88],
  [20, -36, -98],
  [36, -10, -110],
  [72, -2, -116],
  [96, -26, -128],
  [70, -56, -138],
  [34, -62, -134],
  [0, -52, -142],
  [-30, -62, -128],
  [-62, -46, -120],
  [-88, -22, -130],
  [-70, 8, -140],
  [-40, -2, -150],
  [-18, -32, -162],
  [-50, -56, -168],
  [-86, -42, -162],
  [-102, -14, -152],
];

/**
 * Ileal loops lying deep in the lower abdomen, in front of the psoas and beside the great
 * vessels, where a supine patient's loops settle (model assumption); hand-placed clear of the
 * main path, the colon and the duodenum.
 */
const POSTERIOR_LOOPS: readonly (readonly Vec3[])[] = [
  [
    [-66, 4, -66],
    [-50, 12, -84],
    [-62, 14, -104],
    [-46, 6, -120],
  ],
  [
    [46, 10, -132],
    [66, 14, -146],
    [50, 12, -162],
    [70, 8, -178],
  ],
  [
    [56, 14, -62],
    [74, 16, -80],
    [60, 16, -98],
  ],
  [
    [-16, -30, -134],
    [0, -24, -140],
    [22, -30, -138],
  ],
];

/** Chaikin corner cutting: rounds a polyline's corners so loops curve instead of zigzagging. */
function rounded(points: readonly Vec3[], passes: number): Vec3[] {
  let p = [...points];
  for (let k = 0; k < passes; k++) {
    const next: Vec3[] = [p[0]!];
    for (let i = 0; i + 1 < p.length; i++) {
      const a = p[i]!,
        b = p[i + 1]!;
      next.push(
        [0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1], 0.75 * a[2] + 0.25 * b[2]],
        [0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1], 0.25 * a[2] + 0.75 * b[2]],
      );
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
 * More loops packing the peritoneal cavity: self-avoiding walks on a lattice whose spacing is a
 * little more than a loop's diameter (model assumption: 25 mm), so loops run in every direction
 * (seen end-on, obliquely or lengthwise on any plane), touch, and never intersect. Lattice points
 * too close to the ileal path, the duodenum, the colon or outside the cavity are left out. A
 * small seeded generator picks among the neighbours (Warnsdorff's rule: fewest onward moves
 * first), so the packing is the same on every run.
 */
function fillerLoops(): Vec3[][] {
  const xs = [-87.5, -62.5, -37.5, -12.5, 12.5, 37.5, 62.5, 87.5];
  const ys = [-76, -51, -26, -1, 24];
  const zs = [-42, -67, -92, -117, -142, -167, -192];
  const clear = (p: Vec3) =>
    distanceToPath(p, SMALL_BOWEL_PATH) > 24 &&
    POSTERIOR_LOOPS.every((loop) => distanceToPath(p, loop) > 24) &&
    distanceToPath(p, COLON_PATH) > 36 &&
    distanceToPath(p, DUODENUM_PATH) > 28 &&
    Math.hypot(p[0] / 118, (p[1] + 10) / 88) < 1 &&
    !(p[2] > -80 && p[1] > -40 && Math.abs(p[0]) < 40) &&
    // Behind, the loops stay in front of the aorta, IVC and psoas.
    !(p[1] > -15 && Math.abs(p[0]) < 36) &&
    !(p[1] > 10 && Math.abs(p[0]) < 80 && p[2] < -130) &&
    !(p[1] > 10 && p[2] > -60);
  const key = (i: number, j: number, k: number) => `${i},${j},${k}`;
  const free = new Set<string>();
  // Alternate layers are staggered by half a spacing in z, so every axial section cuts loops.
  const at = (i: number, j: number, k: number): Vec3 => [xs[i]!, ys[j]!, zs[k]! + (j % 2 === 1 ? 12.5 : 0)];
  xs.forEach((_x, i) =>
    ys.forEach((_y, j) =>
      zs.forEach((_z, k) => {
        if (clear(at(i, j, k))) free.add(key(i, j, k));
      }),
    ),
  );
  let state = 0x2545f491;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 10007) / 10007;
  };
  const steps: readonly [number, number, number][] = [
    [1, 0, 0],
    [-1, 0, 0],
    [0, 1, 0],
    [0, -1, 0],
    [0, 0, 1],
    [0, 0, -1],
  ];
  const neighbours = (n: readonly [number, number, number]) =>
    steps
      .map(([a, b, c]) => [n[0] + a, n[1] + b, n[2] + c] as [number, number, number])
      .filter((m) => free.has(key(...m)));
  const loops: Vec3[][] = [];
  const order = [...free].sort();
  for (const startKey of order) {
    if (!free.has(startKey)) continue;
    let node = startKey.split(',').map(Number) as [number, number, number];
    const walk: [number, number, number][] = [node];
    free.delete(startKey);
    for (;;) {
      const options = neighbours(node);
      if (options.length === 0) break;
      options.sort((a, b) => neighbours(a).length - neighbours(b).length + (random() - 0.5) * 1.5);
      node = options[0]!;
      free.delete(key(...node));
      walk.push(node);
    }
    if (walk.length < 3) continue;
    const points = walk.map(([i, j, k]) => {
      const [x, y, z] = at(i, j, k);
      return [x + 3 * Math.sin(x * 0.7 + z), y + 2.5 * Math.cos(x * 1.1 - z), z + 3 * Math.sin(x * 0.37 + y)] as Vec3;
    });
    loops.push(rounded(points, 2));
  }
  return loops;
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

const COLON_PATH: readonly Vec3[] = [
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

const FILLER_LOOPS: readonly (readonly Vec3[])[] = [...POSTERIOR_LOOPS.map((l) => rounded(l, 2)), ...fillerLoops()];

/** Points on the mesenteric side of the loops where the mesenteric vessels reach the bowel. */
export function mesentericTargets(): Vec3[] {
  const out: Vec3[] = [];
  for (const path of [SMALL_BOWEL_PATH, ...FILLER_LOOPS]) {
    for (let i = 2; i < path.length; i += 9) {
      const p = path[i]!;
      // Stop short of the loop, on the side facing the root of the mesentery (to the upper left).
      const dx = 10 - p[0],
        dy = -10 - p[1],
        dz = -60 - p[2];
      const len = Math.hypot(dx, dy, dz) || 1;
      out.push([p[0] + (dx / len) * 13, p[1] + (dy / len) * 13, p[2] + (dz / len) * 13]);
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

export function gutStructures(bowel: BowelPreparation, stomachContent: StomachContent = 'gas-and-fluid'): Structure[] {
  const s: Structure[] = [];
  const stomach = new Difference(
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
  s.push(
    ...hollow('stomach', 'stomach', stomach, 4, (lumen) =>
      stomachContent === 'water' ? [['enteric-water', lumen]] : airFluidLevel(lumen, -6, 'gastric-content'),
    ),
  );
  const duodenum = new Tube(DUODENUM_PATH, [10, 13, 13, 13, 12.5, 12, 11, 11, 11, 11]);
  s.push(
    ...hollow('duodenum', 'duodenum', duodenum, 2.5, (lumen) => [
      [bowel === 'distended' ? 'enteric-water' : 'bowel-content', lumen],
    ]),
  );
  // Distended loops (model assumption): about 23 mm across with a 1.8 mm wall, so a thin rim of
  // mesenteric fat still separates most neighbouring loops of the 25 mm packing lattice.
  const baseRadius = bowel === 'distended' ? 11.5 : 10.5;
  const wall = bowel === 'distended' ? 1.8 : 2.8;
  const content: TissueId = bowel === 'distended' ? 'enteric-water' : 'bowel-content';
  // One short tube per segment, so a slice only looks at the few segments near it. Within one
  // path all walls are painted before the lumens (no seams at the joints); a later path paints
  // its own wall across an earlier one, as two touching loops show two walls.
  // model assumption: circular folds (valvulae conniventes) 3-4 mm deep, close together in the
  // jejunum (left upper abdomen: a feathery pattern) and sparser and lower in the ileum.
  [SMALL_BOWEL_PATH, ...FILLER_LOOPS].forEach((path, p) => {
    // Distended loops differ a little in calibre (about 21 to 24 mm), not one extruded tube.
    const radius = bowel === 'distended' ? baseRadius - 1 + 1.6 * ((p * 0.618) % 1) : baseRadius;
    const pieces: Tube[] = [];
    const lumens: FoldedLumen[] = [];
    let arc = 0;
    for (let i = 0; i + 1 < path.length; i++) {
      const a = path[i]!,
        b = path[i + 1]!;
      pieces.push(new Tube([a, b], radius));
      const jejunal = (a[0] + b[0]) / 2 > -10 && (a[2] + b[2]) / 2 > -115;
      const [depth, pitch] = jejunal
        ? [bowel === 'distended' ? 2.5 : 4.5, bowel === 'distended' ? 7 : 5.5]
        : [bowel === 'distended' ? 1.4 : 3, 9];
      lumens.push(new FoldedLumen([a, b], radius - wall, depth, pitch, 6, arc));
      arc += Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
    }
    pieces.forEach((piece, i) =>
      s.push(structure(`small-bowel-${p}-wall-${i}`, 'gut-wall', piece, 'small bowel', 0.1)),
    );
    lumens.forEach((lumen, i) => s.push(structure(`small-bowel-${p}-content-${i}`, content, lumen, 'small bowel')));
  });
  // Colon with haustral folds; stool mottled with gas, a little gas anteriorly.
  const colonRadii = [26, 24, 22, 21, 20, 20, 20, 20, 19, 20, 20, 18, 17, 18, 20, 16];
  const colon = new Tube(COLON_PATH, colonRadii);
  s.push(structure('colon-wall', 'gut-wall', colon, 'colon', 0.1));
  let arc = 0;
  for (let i = 0; i + 1 < COLON_PATH.length; i++) {
    const a = COLON_PATH[i]!,
      b = COLON_PATH[i + 1]!;
    const lumen = new FoldedLumen([a, b], Math.min(colonRadii[i]!, colonRadii[i + 1]!) - 3, 6, 34, 8, arc);
    arc += Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
    s.push(structure(`colon-content-${i}`, 'stool', lumen, 'colon', 3));
    s.push(
      structure(
        `colon-gas-${i}`,
        'gas',
        new Intersection([lumen, new HalfSpace([0, 1, 0], -40 + (i % 3) * 6)]),
        'colon',
      ),
    );
  }
  // Gas bubbles mixed into the stool (mottled faecal pattern).
  COLON_PATH.forEach((p, i) => {
    if (i === 0 || i === COLON_PATH.length - 1) return;
    for (let k = 0; k < 3; k++)
      s.push(
        structure(
          `colon-bubble-${i}-${k}`,
          'gas',
          new Ellipsoid(
            [p[0] + 6 * Math.sin(i * 3 + k * 2), p[1] + 5 * Math.cos(i * 5 + k), p[2] + 7 * Math.sin(i + k * 4)],
            [2.5 + (k % 2) * 1.5, 2.5, 3],
          ),
          'colon',
        ),
      );
  });
  return s;
}
