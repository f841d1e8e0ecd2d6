/**
 * The trunk as a true 3D body: skin, subcutaneous fat of varying thickness, a layered muscular
 * wall (rectus either side of the linea alba, three lateral layers, quadratus lumborum, psoas,
 * erector spinae), the diaphragm domes with the lung bases and heart above them, a spine of
 * separate vertebrae with discs and a gentle lumbar lordosis, ribs and iliac wings.
 *
 * Every surface is a smooth implicit solid whose cross-section changes along z (shapes-organic.ts),
 * so axial, coronal and sagittal sections are all real sections of one body: the flanks curve in
 * at the waist and out at the pelvis, the lungs sit on domes, the spine is a column of bodies.
 * Sizes are those of an average adult (model assumption), in mm.
 * Coordinates: x to the patient's left, y posterior, z superior; z = 0 near the pancreatic body.
 */
import { VertebralArch, VertebralBody } from './shapes-spine';
import { Ellipsoid, EllipticCylinder, HalfSpace, Tube, rotationFromDegrees, type Shape, type Vec3 } from './shapes';
import { Difference, Intersection, Offset, Union } from './shape-operations';
import { HeightSurface, ProfiledTrunk, profileAt, SubsurfaceLayer, Warped, type TrunkProfile } from './shapes-organic';
import { structure, type Structure } from './structures';

// model assumption: outer body contour of an average adult, by level (z, mm).
// The muscular wall follows MUSCLE_RX; the skin (BODY.rx) bulges more, over the lower rib cage and
// the iliac crests, and comes in at the waist, so the flanks curve on a coronal section.
const MUSCLE_RX: readonly (readonly [number, number])[] = [
  [-250, 178],
  [-190, 178],
  [-150, 164],
  [-115, 154],
  [-80, 148],
  [-20, 155],
  [40, 166],
  [100, 168],
  [170, 156],
  [230, 144],
  [280, 138],
];
const BODY: TrunkProfile = {
  rx: [
    [-250, 190],
    [-190, 188],
    [-150, 175],
    [-100, 143],
    [-60, 142],
    [-10, 155],
    [40, 169],
    [100, 172],
    [170, 161],
    [230, 149],
    [280, 143],
  ],
  ryFront: [
    [-250, 100],
    [-190, 110],
    [-120, 123],
    [-50, 127],
    [30, 122],
    [110, 112],
    [190, 104],
    [280, 101],
  ],
  // The back: deep enough for erector spinae 4-5 cm thick behind the laminae.
  ryBack: [
    [-250, 140],
    [-190, 140],
    [-120, 138],
    [-50, 142],
    [30, 146],
    [110, 146],
    [190, 140],
    [280, 136],
  ],
  cy: [
    [-250, 10],
    [280, 10],
  ],
  zMin: -250,
  zMax: 280,
};
// model assumption: subcutaneous fat about 12 mm in front, 20 mm at the flanks and 15 mm at the
// back (thinner over the chest); the muscular wall about 11 mm thick.
const WALL_OUTER: TrunkProfile = {
  ...BODY,
  rx: MUSCLE_RX.map(([z, r]) => [z, r - (z > 100 ? 9 : 20)] as const),
  ryFront: BODY.ryFront.map(([z, r]) => [z, r - (z > 100 ? 7 : 12)] as const),
  ryBack: BODY.ryBack.map(([z, r]) => [z, r - (z > 100 ? 8 : 15)] as const),
};
const CAVITY_PROFILE: TrunkProfile = {
  ...WALL_OUTER,
  rx: WALL_OUTER.rx.map(([z, r]) => [z, r - (z > 100 ? 7 : 10)] as const),
  ryFront: WALL_OUTER.ryFront.map(([z, r]) => [z, r - (z > 100 ? 7 : 11)] as const),
  ryBack: WALL_OUTER.ryBack.map(([z, r]) => [z, r - 6] as const),
};

export const bodyShape = new ProfiledTrunk(BODY);
const wallOuter = new ProfiledTrunk(WALL_OUTER);
/** Inner surface of the abdominal wall: the peritoneal cavity and retroperitoneum live inside it. */
export const cavityShape = new ProfiledTrunk(CAVITY_PROFILE);

/** Legacy summary of the trunk (ultrasound skin line): centre and semi-axes at the upper abdomen. */
export const TRUNK = { cx: 0, cy: 10, rx: 163, ry: 121, zMin: BODY.zMin, zMax: BODY.zMax } as const;
export const CAVITY = { cx: 0, cy: 10, rx: 133, ry: 98 } as const;

/** Anterior skin surface (y, mm) at (x, z): where an ultrasound probe sits. */
export function skinFrontY(x: number, z: number): number {
  // Walk forward from inside until the body surface.
  let y = 0;
  while (y > -200 && bodyShape.distance(x, y, z) < 0) y -= 1;
  return y;
}

/**
 * The diaphragm as a height surface: a higher right dome over the liver, a lower left dome over
 * the stomach and spleen, sloping down to the posterior recesses (model assumption).
 */
export function diaphragmHeight(x: number, y: number): number {
  // Steeper behind (the posterior recesses reach down beside the upper kidneys) than in front.
  const back = (y: number, y0: number) => (y > y0 ? 0.0075 : 0.004) * (y - y0) ** 2;
  const right = 158 - 0.008 * (x + 65) ** 2 - back(y, 5);
  const left = 150 - 0.008 * (x - 70) ** 2 - back(y, 10);
  const k = 18; // smooth maximum: the central tendon dips between the domes
  const h = Math.max(right, left) + Math.max(k - Math.abs(right - left), 0) ** 2 / (4 * k);
  // ... but only a little: the central tendon is a broad, flatter plateau the heart rests on,
  // falling away steeply in front (where the fat of the falciform notch stays).
  const tendon = 136 - 0.006 * (x - 10) ** 2 - (y < 0 ? 0.008 * y * y : back(y, 0));
  return Math.max(h, tendon, 45);
}
/**
 * The abdominal aorta's centre lies this far left of the midline (x, mm; model assumption): close
 * enough that a sagittal reformat just left of the spinous processes shows the coeliac trunk and
 * the SMA leaving its front wall.
 */
export const AORTA_X = 8;

/** Centreline of a diaphragmatic crus: either side of the aorta (x = 12), converging below. */
function crusPoints(side: 1 | -1): Vec3[] {
  return [
    [AORTA_X + side * 21, 34, 130],
    [AORTA_X + side * 18, 40, 60],
    [AORTA_X + side * 13, 50, 0],
  ];
}

/**
 * The retroperitoneal midline column the intraperitoneal organs never enter: the vertebral
 * bodies with the crura and the aorta in front of them, and a fat plane of a few mm. The liver,
 * stomach and spleen are carved by it, so on every axial slice the vertebral body lies behind
 * and below the liver in the image, the IVC sits in its groove at the back of the caudate lobe,
 * and the crura wrap the aorta (model assumption: 6 mm fat in front of the vertebral body).
 */
export const retroperitonealColumn: Shape = new Union(
  [
    new EllipticCylinder(0, 80, 35, 36, -260, 300),
    new Tube(
      [
        [AORTA_X, aortaY(190, 12.5), 190],
        [AORTA_X, aortaY(30, 12), 30],
        [AORTA_X - 2, aortaY(-60, 10.5), -60],
      ],
      [16, 15.5, 14],
    ),
    ...([-1, 1] as const).map((side) => new Tube(crusPoints(side), [8, 8.5, 7])),
  ],
  6,
);
export const belowDiaphragm = (marginMm: number) => new HeightSurface((x, y) => diaphragmHeight(x, y) - marginMm, true);
const aboveDiaphragm = (marginMm: number) => new HeightSurface((x, y) => diaphragmHeight(x, y) + marginMm, false);

/** Cortex of the vertebral arches and transverse processes, mm (model assumption). */
const ARCH_CORTEX_MM = 1.4;
/**
 * Cortex of the vertebral bodies, mm, and the texture weight of cancellous bone (above 1: a
 * millimetre-scale mottle of trabeculae), so a body is a thin bright shell round mottled bone
 * rather than a white-outlined flat grey cartoon (model assumption; blind imaging review 6).
 */
const BODY_CORTEX_MM = 0.9;
const CANCELLOUS_TEXTURE = 2.4;
// model assumption: the lumbar levels about 37-40 mm apart with discs about 10 mm thick, the
// thoracic ones 28-31 mm apart with thinner discs (about 7 mm); the lumbar lordosis brings the
// mid-lumbar bodies about 22 mm forward, the column swings back to the sacrum below it, and the
// thoracic kyphosis takes it back above T11.
// (The figures' axial slices, z -128, -93, -82, 15 to 26, 50 to 57, 82 to 92 and 110, all pass
// through a body at least 9 mm from a disc.)
const DISC_LEVELS = [-222, -186, -148, -110, -72, -36, 0, 37, 68, 101, 130, 158, 186, 214, 242];
/** Half the gap between two bodies (disc space) at level z, mm. */
const discHalf = (z: number) => (z < 0 ? 5 : 3.5);
// model assumption: the bodies are waisted (6 % narrower at mid-height in front and at the sides)
// and their endplates cupped 1.8 mm at the centre.
const BODY_WAIST = 0.06;
const ENDPLATE_CUP_MM = 1.8;
/** Size of a vertebral body relative to L1: about 14 % larger at L5, 18 % smaller at T9. */
function vertebralScale(z: number): number {
  return 1 + Math.max(-0.18, Math.min(0.14, -0.0009 * (z - 20)));
}
/** The column's lean at level z (radians): the slope of spineY, so each body follows the curve. */
/** Lumbar bodies are wider for their depth (kidney-shaped) than thoracic ones. */
function lumbarWidth(z: number): number {
  return 1 + 0.1 * Math.max(0, Math.min(1, (40 - z) / 80));
}
function spineTilt(z: number): number {
  return Math.atan((spineY(z + 2) - spineY(z - 2)) / 4);
}
/** Levels (z) at which the canal and the deep back muscles follow the column's curve. */
const CANAL_LEVELS = [-250, -190, -130, -70, -10, 50, 110, 170, 230, 280];
export function spineY(z: number): number {
  // Lumbar lordosis (most forward at L3-L4), the column swinging back to the sacral promontory
  // below, and the thoracic kyphosis taking it back above T11.
  const lordosis = 22 * Math.exp(-(((z + 95) / 85) ** 2));
  const sacral = z < -140 ? 0.0015 * (z + 140) ** 2 : 0;
  const kyphosis = z > 60 ? 0.0007 * (z - 60) ** 2 : 0;
  return 75 - lordosis + sacral + kyphosis;
}
/** Front (anterior) surface of the vertebral bodies at level z. */
export function spineFrontY(z: number): number {
  return spineY(z) - 20;
}
/** Centre y of the aorta (radius `r`) in front of the spine, with a 4.5 mm fat plane between. */
export function aortaY(z: number, r: number): number {
  return Math.min(spineFrontY(z) - r - 4.5, 40);
}

function rib(side: 1 | -1, headZ: number, sweepDeg: number, dropMm: number, jitter: number): Vec3[] {
  const points: Vec3[] = [];
  const steps = 10;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const theta = ((12 + t * (sweepDeg - 12)) * Math.PI) / 180;
    // The shaft slopes down from the angle on (not flat at first), so an axial slice cuts the
    // posterior rib as a short curved segment instead of a long in-plane bar.
    // Steeper in front (the lower ribs run down and forward to the costal margin), so a coronal
    // section cuts each anterolateral shaft obliquely, as a slanted oval or a short bar.
    const z = headZ - dropMm * (0.7 * t + 0.3 * t * t);
    // Ribs run round within the muscular wall, from
    // beside the transverse processes, deep to the erector spinae, forward and down; so they
    // follow the trunk's own outline at every level instead of a fixed ellipse.
    // 5 mm inside the outer surface of the muscular wall, so the shaft stays in the wall (never
    // inside the cavity, where an organ's edge would show a sliver of it). Near the spine it
    // runs deep to the erector spinae, to the transverse processes (about 92 mm behind the
    // centre), and swings out to the wall by about 55 degrees from the midline.
    const rx = profileAt(WALL_OUTER.rx, z) - 5 + jitter;
    const wallBack = profileAt(WALL_OUTER.ryBack, z) - 5;
    const swing = Math.min(1, Math.max(0, (theta * 180) / Math.PI - 20) / 35);
    const back = Math.min(wallBack, 92 + (wallBack - 92) * swing * swing * (3 - 2 * swing));
    const front = profileAt(WALL_OUTER.ryFront, z) - 5 + jitter;
    const c = Math.cos(theta);
    const ry = c > 0 ? back : front;
    points.push([side * Math.sin(theta) * rx, 10 + c * ry, z]);
  }
  return points;
}

/**
 * A rib as a flat band: taller (about 12 mm) than thick (about 6-7 mm), as two tubes either side
 * of its centreline, so a coronal section cuts it as an oblique oval along the chest wall and an
 * axial one as a short curved bar (model assumption). The band is tilted (upper border out by
 * `baseDeg` at the back) and twists along its length (by `twistDeg` more at the front end), and
 * `k` scales its size, so no two ribs are cut alike. The marrow is one central tube.
 */
function ribBand(points: readonly Vec3[], baseDeg: number, twistDeg: number, k: number): Shape {
  const steps = points.length - 1;
  const radii = points.map((_, i) => k * (i === 0 ? 3.3 : 3.6 - (i / steps) * 0.7));
  const shifted = (h: number) =>
    new Tube(
      points.map(([x, y, z], i) => {
        const phi = ((baseDeg + (twistDeg * i) / steps) * Math.PI) / 180;
        const n = Math.hypot(x, y - 10) || 1;
        const o = h * k * (i === 0 ? 0.4 : 1);
        return [x + (o * Math.sin(phi) * x) / n, y + (o * Math.sin(phi) * (y - 10)) / n, z + o * Math.cos(phi)] as Vec3;
      }),
      radii,
    );
  return new Union([shifted(2.3), shifted(-2.3)], 3);
}

/**
 * Pulmonary vessels of a lung base: a tree from the hilum down to the domes, branching twice and
 * tapering from about 4 to under 1 mm radius, clipped to the lung, so the black lung has the fine
 * branching markings that tell it from fat (model assumption; a fixed pseudo-random layout).
 */
function lungVessels(side: 1 | -1, lung: Shape): Shape[] {
  let seed = side < 0 ? 17 : 43;
  const rand = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const tubes: Tube[] = [];
  const grow = (from: Vec3, dir: Vec3, length: number, radius: number, depth: number) => {
    const tx = from[0] + dir[0] * length,
      ty = from[1] + dir[1] * length;
    const to: Vec3 = [tx, ty, Math.max(from[2] + dir[2] * length, diaphragmHeight(tx, ty) + 6)];
    const bend = (rand() - 0.5) * 0.25 * length;
    const mid: Vec3 = [(from[0] + to[0]) / 2 + bend, (from[1] + to[1]) / 2 - bend * 0.5, (from[2] + to[2]) / 2];
    tubes.push(new Tube([from, mid, to], [radius, radius * 0.85, radius * 0.7]));
    if (depth === 0) return;
    for (let k = 0; k < 2; k++) {
      const spread = k === 0 ? 1 : -1;
      const d: Vec3 = [
        dir[0] + spread * 0.35 * (rand() + 0.3) * side,
        dir[1] + (rand() - 0.5) * 0.7,
        dir[2] - 0.1 * rand(),
      ];
      const n = Math.hypot(...d);
      grow(to, [d[0] / n, d[1] / n, d[2] / n], length * 0.62, radius * 0.62, depth - 1);
    }
  };
  const hilum: Vec3 = [side * 52, 24, 262];
  // Lobar and segmental trunks fanning down, out, forward and back to the base.
  const trunks: Vec3[] = [
    [0.2, -0.75, -0.63],
    [0.45, -0.45, -0.77],
    [0.7, -0.1, -0.7],
    [0.55, 0.3, -0.78],
    [0.3, 0.6, -0.74],
    [0.05, 0.75, -0.66],
  ];
  for (const [dx, dy, dz] of trunks) grow(hilum, [dx * side, dy, dz], 70, 3.6, 3);
  // Each branch is its own solid (its own bounding box), clipped to the lung.
  return tubes.map((t) => new Intersection([t, lung]));
}

/** How one patient differs from the average body (model assumption: a per-case habitus). */
export interface BodyHabitus {
  /**
   * Subcutaneous fat beyond the average, mm at the flanks (more over the belly, less over the
   * back and the chest); negative for a lean patient (at least 8 mm less).
   */
  readonly extraFatMm?: number;
}

/** The skin surface of a patient with that much more (or less) subcutaneous fat. */
function habitusBody(extraFatMm: number): ProfiledTrunk {
  if (extraFatMm === 0) return bodyShape;
  const d = Math.max(-8, Math.min(20, extraFatMm));
  const grow = (table: TrunkProfile['rx'], k: number) =>
    table.map(([z, r]) => [z, r + d * k * (z > 100 ? 0.5 : 1)] as const);
  return new ProfiledTrunk({
    ...BODY,
    rx: grow(BODY.rx, 1),
    ryFront: grow(BODY.ryFront, 1.4),
    ryBack: grow(BODY.ryBack, 0.6),
  });
}

export function bodyStructures(habitus: BodyHabitus = {}): Structure[] {
  const s: Structure[] = [];
  const skin = habitusBody(habitus.extraFatMm ?? 0);
  // Skin (a thin soft-tissue line, visible even at a liver window), fat, layered wall, cavity.
  s.push(structure('skin', 'muscle', skin, 'skin'));
  s.push(structure('subcutaneous-fat', 'fat', skin.offset(-2.2), 'subcutaneous fat'));
  s.push(structure('abdominal-wall', 'muscle', wallOuter, 'abdominal wall', 0.2));
  // A fat plane between the oblique muscles and transversus (lateral wall only).
  const lateral = new Union(
    [new HalfSpace([1, 0, 0], -55), new HalfSpace([-1, 0, 0], -55)].map(
      (h) => new Intersection([h, new HalfSpace([0, 1, 0], 70)]),
    ),
  );
  for (const depth of [5]) {
    const plane = new SubsurfaceLayer(wallOuter, depth, 1.1);
    s.push(
      structure(
        `wall-fat-plane-${depth}`,
        'fat',
        new Intersection([plane, lateral, new HalfSpace([0, 0, 1], 95)]),
        'abdominal wall',
      ),
    );
  }
  // Linea alba: the two recti meet in a thin fibrous-fatty line in the midline.
  s.push(
    structure(
      'linea-alba',
      'fat',
      new Intersection([
        new Difference(wallOuter, cavityShape),
        new HalfSpace([1, 0, 0], 2.5),
        new HalfSpace([-1, 0, 0], 2.5),
        new HalfSpace([0, 1, 0], -40),
      ]),
      'abdominal wall',
    ),
  );
  // Linea semilunaris: the lateral edge of each rectus, where the obliques' aponeuroses split
  // (a thin fatty line across the front wall; the cavity and organs paint over the rest).
  for (const side of [-1, 1] as const)
    s.push(
      structure(
        `linea-semilunaris-${side}`,
        'fat',
        new Intersection([new EllipticCylinder(side * 60, -85, 0.9, 32, -250, 130), wallOuter]),
        'abdominal wall',
      ),
    );
  s.push(structure('visceral-fat', 'fat', cavityShape, 'mesentery'));

  // Diaphragm (muscle just under the lungs), lung bases above it, heart on the central tendon.
  s.push(
    structure(
      'diaphragm',
      'muscle',
      new Intersection([
        cavityShape,
        aboveDiaphragm(-5),
        new HeightSurface((x, y) => diaphragmHeight(x, y) + 1.5, true),
      ]),
      'diaphragm',
      0.2,
    ),
  );
  // model assumption: the heart's long axis runs from the base (right, back, up) to the apex
  // (left, front, down), about 12 by 9 by 8 cm, resting on the central tendon and left dome.
  // Its inferior (diaphragmatic) surface is flattened onto the central tendon and the left dome:
  // the solid reaches below the diaphragm and is cut by it.
  const heartRot = rotationFromDegrees(0, 30, -35);
  const heartCentre: Vec3 = [26, -16, 156];
  const onDiaphragm = aboveDiaphragm(1.5);
  /** A point of the heart given in its own axes (u to the apex, v to the left-back, w up). */
  const inHeart = (u: number, v: number, w: number): Vec3 => {
    const [a, b, c] = heartRot;
    const at = (k: 0 | 1 | 2) => heartCentre[k] + u * a[k] + v * b[k] + w * c[k];
    return [at(0), at(1), at(2)];
  };
  const heart = new Intersection([
    new Warped(new Ellipsoid(heartCentre, [74, 52, 42], heartRot), 3, 90, 1.3),
    onDiaphragm,
  ]);
  const mediastinum = new Union([heart, new EllipticCylinder(6, 40, 30, 40, 100, 300)], 10);
  // The chest wall above the domes: intercostal muscle round the ribs, between the skin-side wall
  // and the pleura, so the ribs lie in a muscular band instead of on the lung.
  s.push(
    structure(
      'intercostal-muscle',
      'muscle',
      new Intersection([
        new Difference(cavityShape, new Offset(cavityShape, -7)),
        aboveDiaphragm(-2),
        new HalfSpace([0, 0, -1], -60),
      ]),
      'chest wall',
      0.2,
    ),
  );
  for (const side of [-1, 1] as const) {
    const half = new HalfSpace([-side, 0, 0], side < 0 ? -8 : -12);
    const lung = new Difference(new Intersection([new Offset(cavityShape, -7), aboveDiaphragm(0), half]), mediastinum);
    s.push(structure(`${side < 0 ? 'right' : 'left'}-lung-base`, 'air', lung, 'lung base'));
    lungVessels(side, lung).forEach((v, i) =>
      s.push(structure(`${side < 0 ? 'right' : 'left'}-lung-vessel-${i}`, 'artery', v, 'lung base')),
    );
  }
  // (its own warped ellipsoid 4 mm larger than the heart: an offset of a warped solid draws a
  // stair-stepped edge against the black lung)
  s.push(
    structure(
      'pericardial-fat',
      'fat',
      new Intersection([new Warped(new Ellipsoid(heartCentre, [78, 56, 46], heartRot), 3, 90, 1.3), onDiaphragm]),
      'heart',
    ),
  );
  s.push(structure('heart', 'muscle', heart, 'heart', 0.2));
  // Chambers filled with (enhanced) blood: the left ventricle, elongated towards the apex inside
  // its thick wall; the right ventricle as a crescent in front of the septum; the atria at the base.
  s.push(
    structure(
      'heart-chambers',
      'artery',
      new Intersection([
        new Warped(
          new Union(
            [
              new Ellipsoid(inHeart(6, 13, 0), [36, 17, 19], heartRot),
              new Ellipsoid(inHeart(2, -25, 4), [36, 11, 24], heartRot),
              new Ellipsoid(inHeart(-40, -14, 8), [17, 19, 22], heartRot),
              new Ellipsoid(inHeart(-38, 20, 8), [15, 14, 17], heartRot),
            ],
            3,
          ),
          2.5,
          60,
          0.4,
        ),
        new Offset(heart, -3),
      ]),
      'heart',
    ),
  );

  for (const side of [-1, 1] as const) {
    const tag = side < 0 ? 'right' : 'left';
    // Erector spinae: a broad, flattened column either side of the spinous processes (about 65 by
    // 45 mm in the lumbar region), tapering upwards.
    const erector = new Union(
      [new EllipticCylinder(side * 40, 117, 33, 23, -250, 60), new EllipticCylinder(side * 36, 118, 28, 19, 40, 280)],
      30,
    );
    s.push(structure(`${tag}-paraspinal-muscle`, 'muscle', erector, 'erector spinae muscle', 0.2));
    // Thin fat planes split it into multifidus (against the laminae), longissimus and iliocostalis,
    // each running back and a little out from the transverse processes (model assumption).
    for (const [x, y, ry, deg] of [
      [25, 121, 15, -15],
      [47, 121, 13, -8],
    ] as const)
      s.push(
        structure(
          `${tag}-paraspinal-fat-plane-${x}`,
          'fat',
          new Ellipsoid([side * x, y, 15], [0.75, ry, 265], rotationFromDegrees(0, 0, side * deg)),
          'erector spinae muscle',
        ),
      );
    // Quadratus lumborum: a flat band behind the kidney, lateral to the psoas, from the 12th rib
    // to the iliac crest (two blended cords side by side, not a round rod).
    // It lies against the front of the erector spinae, lateral to the transverse processes, so
    // the posterior wall is one muscular mass, not cords floating in the fat.
    const ql = (dx: number, dy: number, k: number) =>
      new Tube(
        [
          [side * (52 + dx), 90 + dy, 40],
          [side * (58 + dx), 92 + dy, -40],
          [side * (64 + dx), 92 + dy, -140],
          [side * (70 + dx), 88 + dy, -185],
        ],
        [4 * k, 8 * k, 9 * k, 6 * k],
      );
    s.push(
      structure(
        `${tag}-quadratus-lumborum`,
        'muscle',
        new Union([ql(-6, 2, 1), ql(5, -4, 0.8)], 10),
        'quadratus lumborum muscle',
        0.2,
      ),
    );
    // Psoas: oval, its medial part against the vertebral bodies, widening down to the pelvis and
    // diverging from the column, so a coronal shows an inverted V of muscle, not two parallel pipes.
    // Both heads start from one small origin beside the upper lumbar bodies (no pair of dots).
    // Lower down it lies anterolateral to the bodies, level with their front third (model
    // assumption), so a coronal through the front of the lordotic mid-lumbar bodies shows them
    // between two broad muscle bands, not a lone vertebra floating in fat (review 6, Fig 8B).
    const psoas = (dx: number, dy: number, k: number) =>
      new Tube(
        [
          [side * 28, 60, -4],
          [side * (39 + dx), 52 + dy, -60],
          [side * (50 + dx), 46 + dy, -125],
          [side * (60 + dx), 42 + dy, -185],
          [side * (70 + dx), 36 + dy, -250],
        ],
        // Fusiform: widest over the lower lumbar spine, narrower where it joins the iliacus.
        [3.5, 13 * k, 18 * k, 17 * k, 14 * k],
      );
    s.push(
      structure(`${tag}-psoas`, 'muscle', new Union([psoas(-4, 4, 1), psoas(7, -5, 0.85)], 8), 'psoas muscle', 0.2),
    );
    // Diaphragmatic crus alongside the aorta.
    s.push(
      structure(
        `${tag}-crus`,
        'muscle',
        new Tube(crusPoints(side), side < 0 ? [5, 6, 4.5] : [4.5, 5.5, 4]),
        'diaphragm',
      ),
    );
  }
  // Multifidus: the deep back muscle filling the gutter beside the spinous processes (one short
  // tube per stretch of the column).
  for (const side of [-1, 1] as const)
    CANAL_LEVELS.slice(1).forEach((z, k) => {
      const z0 = CANAL_LEVELS[k]!;
      // The two multifidi meet in the midline between and just behind the spinous processes
      // (with the interspinous ligaments), so a midline sagittal shows the spinous processes set in
      // muscle, with the subcutaneous fat and skin behind (blind imaging review 6, Fig 5B).
      const r = (zz: number) => (zz < 60 ? 15 : 12.5);
      s.push(
        structure(
          `${side < 0 ? 'right' : 'left'}-multifidus-${k}`,
          'muscle',
          new Tube(
            [
              [side * 10, spineY(z0) + 58, z0],
              [side * 10, spineY(z) + 58, z],
            ],
            [r(z0), r(z)],
          ),
          'erector spinae muscle',
          0.2,
        ),
      );
    });
  // Vertebral column: separate bodies (cortex and marrow) with discs; behind each body the
  // pedicles, the laminae roofing the canal and a spinous process sloping down and back, with
  // gaps between the arches of neighbouring levels (so a sagittal section is not a ladder).
  // model assumption: discs about 10 mm thick (they overlap the endplates by 1 mm), their
  // centre bulging into the cupped endplates (all discs first, so the bodies paint over them).
  // The canal (CSF round the cord) follows the curve of the column, behind the bodies.
  const canalY = (z: number) => spineY(z) + 20 * vertebralScale(z) + 7.5;
  const canalAt = (z: number) => {
    const k = CANAL_LEVELS.findIndex((l) => l > z);
    const z0 = CANAL_LEVELS[k - 1]!,
      z1 = CANAL_LEVELS[k]!;
    return canalY(z0) + ((canalY(z1) - canalY(z0)) * (z - z0)) / (z1 - z0);
  };
  // Biconvex (bulging into the cupped endplates) and tilted with the column, a little taller than
  // the gap, so the wedge-shaped lumbar disc spaces are filled (the bodies paint over the rest).
  for (const z of DISC_LEVELS) {
    const g = vertebralScale(z);
    s.push(
      structure(
        `disc-${z}`,
        'disc',
        new VertebralBody(
          [0, spineY(z), z],
          24 * g * lumbarWidth(z),
          20 * g,
          discHalf(z) + 2,
          3,
          0,
          -ENDPLATE_CUP_MM,
          spineTilt(z),
        ),
        'spine',
      ),
    );
  }
  DISC_LEVELS.forEach((z, i) => {
    const next = DISC_LEVELS[i + 1];
    if (next === undefined) return;
    const zc = (z + next) / 2,
      yc = spineY(zc);
    const half = (next - z) / 2 - (discHalf(z) + discHalf(next)) / 2;
    const tilt = spineTilt(zc);
    // model assumption: the bodies grow from the lower thoracic to the lower lumbar spine (about
    // 10 % either way), with a thin cortex (1.2 mm) round the cancellous bone.
    const grow = vertebralScale(zc);
    // No two bodies alike: a deterministic jitter of a millimetre or so in width, depth and
    // height (a warp would cost a noise evaluation per pixel).
    const jitter = (k: number) => Math.sin(i * 2.3 + k * 1.7);
    const [brx, bry] = [24 * grow * lumbarWidth(zc) + jitter(0), 20 * grow + 0.8 * jitter(1)];
    s.push(
      structure(
        `vertebra-${zc}`,
        'bone-cortex',
        new VertebralBody([0, yc, zc], brx, bry, half + 0.6 * jitter(2), 4.5, BODY_WAIST, ENDPLATE_CUP_MM, tilt),
        'spine',
      ),
    );
    s.push(
      structure(
        `vertebra-${zc}-marrow`,
        'bone-marrow',
        new VertebralBody(
          [0, yc, zc],
          brx - BODY_CORTEX_MM,
          bry - BODY_CORTEX_MM,
          half + 0.6 * jitter(2) - BODY_CORTEX_MM,
          3.5,
          BODY_WAIST,
          ENDPLATE_CUP_MM,
          tilt,
        ),
        'spine',
        CANCELLOUS_TEXTURE,
      ),
    );
    // The arch is cortical bone round a cancellous core like the body (model assumption: a 1.4 mm
    // cortex), so at the abdominal window the pedicles, laminae and spinous processes are grey
    // with a white rim, not solid white sticks. `c` shrinks every part by that much for the core.
    const archParts = (c: number): Shape[] => {
      // Pedicles and laminae: one ring round the canal (inner 21 by 16 mm, 8 mm of bone), as tall
      // as the body (plus 2 mm) and leaning with the canal, so every axial slice through a body shows the arch
      // as one ring joined to the body's back wall (model assumption).
      const arch: Shape[] = [
        new VertebralArch(
          [0, canalAt(zc), zc],
          14.5,
          12,
          half + 2 - c,
          yc + bry - 2,
          4 - c,
          canalAt(zc + 1) - canalAt(zc),
        ),
      ];
      for (const side of [-1, 1] as const) {
        // Articular processes (facets) at the pedicle-lamina junction; the inferior ones hang down
        // behind the disc below, so a slice through a disc still shows the facet joints.
        arch.push(new Ellipsoid([side * 17, yc + 28, zc + 2], [5 - c, 5 - c, 10 - c]));
        arch.push(new Ellipsoid([side * 14, yc + 33, zc - 16], [5.5 - c, 6 - c, 10 - c]));
        // At the disc below, the lamina's lower edge joins the inferior processes across the
        // midline, and the superior process of the level rises lateral to the inferior one of the
        // level above (a thin joint line between): a disc-level slice shows one posterior ring.
        arch.push(
          new Tube(
            [
              [side * 15, yc + 31, zc - 15],
              [side * 7, yc + 39, zc - 16],
              [side * 3, yc + 41, zc - 12],
            ],
            [4.5 - c, 3.8 - c, 3 - c],
          ),
        );
        arch.push(new Ellipsoid([side * 22, yc + 26, zc + 13], [3.5 - c, 5.5 - c, 7 - c]));
      }
      // Spinous process: in the lumbar spine a nearly horizontal blade, longer (about 32 mm back
      // to front) than tall (about 18 mm), so a sagittal shows a plate, not a round "balloon"
      // (blind imaging review 6), in the thoracic spine a narrower one sloping steeply
      // down (model assumption).
      // Both are three tubes one above the other: a flat-sided plate with rounded ends, its lumbar
      // tip angled a little down, not an ellipsoid (which a sagittal cuts as an outlined balloon).
      // No two alike: the reach, slope and height vary a few mm from level to level.
      const [drop, reach, gap] =
        zc < 60
          ? [9 + 3 * jitter(4), 30 + 4 * jitter(3), 4 + jitter(5)]
          : [20 + 4 * jitter(4), 15 + 3 * jitter(3), 2.5];
      const blade = (dz: number): Vec3[] => [
        [0, yc + 39, zc - 2 + dz],
        [0, yc + 39 + reach / 2, zc - 2 - drop / 2 + dz * 0.9],
        [0, yc + 39 + reach, zc - 2 - drop + dz * 0.8],
      ];
      arch.push(Tube.fromPaths([blade(gap), blade(0), blade(-gap)], 4.2 - c));
      return arch;
    };
    // Each part its own solid (its own small bounding box): cheaper to paint than one union.
    // All the cortex first, then all the cores, so one part's cortex never covers another's core.
    archParts(0).forEach((part, k) => s.push(structure(`arch-${zc}-${k}`, 'bone-cortex', part, 'spine')));
    archParts(ARCH_CORTEX_MM).forEach((part, k) =>
      s.push(structure(`arch-${zc}-${k}-marrow`, 'bone-marrow', part, 'spine', CANCELLOUS_TEXTURE)),
    );
    if (zc < 60 && zc > -190) {
      for (const side of [-1, 1] as const)
        s.push(
          structure(
            `transverse-${side}-${zc}`,
            'bone-cortex',
            new Ellipsoid([side * 27, yc + 25, zc + 2], [14, 5, 5], rotationFromDegrees(0, 0, side * -12)),
            'spine',
          ),
        );
      for (const side of [-1, 1] as const)
        s.push(
          structure(
            `transverse-${side}-${zc}-marrow`,
            'bone-marrow',
            new Ellipsoid(
              [side * 27, yc + 25, zc + 2],
              [14 - ARCH_CORTEX_MM, 5 - ARCH_CORTEX_MM, 5 - ARCH_CORTEX_MM],
              rotationFromDegrees(0, 0, side * -12),
            ),
            'spine',
            0.6,
          ),
        );
    }
  });
  // (one short tube per stretch, so a slice only evaluates the stretch it cuts)
  CANAL_LEVELS.slice(1).forEach((z, k) => {
    const z0 = CANAL_LEVELS[k]!;
    // Wider than deep (about 19 by 14 mm): two overlapping tubes side by side, just behind the
    // body (smaller in the thoracic spine) and in front of the laminae (model assumption).
    for (const x of [-2.5, 2.5])
      s.push(
        structure(
          `spinal-canal-${k}-${x}`,
          'csf',
          new Tube(
            [
              [x, canalY(z0), z0],
              [x, canalY(z), z],
            ],
            7,
          ),
          'spine',
        ),
      );
  });
  // Ribs 5 to 12 (lower ones shorter: 11 and 12 float); left and right a little different.
  const ribs: [number, number, number][] = [
    [235, 190, 80],
    [205, 185, 90],
    [175, 175, 95],
    [150, 165, 95],
    [125, 155, 90],
    [100, 140, 80],
    [72, 105, 55],
    [45, 75, 35],
  ];
  ribs.forEach(([headZ, sweep, drop], i) => {
    for (const side of [-1, 1] as const) {
      const j = side < 0 ? 0 : 1;
      const vary = Math.sin(i * 1.9 + j * 2.6);
      const centreline = rib(side, headZ - 4 * j, sweep - 3 * j, drop * (1.35 + 0.15 * vary) + 2 * j, (i % 3) - 1);
      const tag = `${side < 0 ? 'right' : 'left'}-rib-${5 + i}`;
      const k = 1 + 0.14 * Math.cos(i * 2.3 + j);
      s.push(
        structure(tag, 'bone-cortex', ribBand(centreline, 20 * Math.sin(i * 1.3 + j * 1.1), 25 + 20 * vary, k), 'rib'),
      );
      // The marrow core is a narrow tube along the middle of the band (the cortex 1.5-2 mm at the
      // sides), so a section reads as a mostly white bony oval with a small grey core, not a ring.
      s.push(
        structure(
          `${tag}-marrow`,
          'bone-marrow',
          new Tube(
            centreline,
            centreline.map((_, i) => k * (i === 0 ? 1.8 : 2.1 - (i / (centreline.length - 1)) * 0.5)),
          ),
          'rib',
        ),
      );
    }
  });
  // Iliac wings at the bottom of the stack.
  for (const side of [-1, 1] as const) {
    const wing = new Warped(
      new Ellipsoid([side * 112, 58, -200], [11, 50, 60], rotationFromDegrees(0, side * 8, side * 28)),
      2,
      60,
      side,
    );
    s.push(structure(`${side < 0 ? 'right' : 'left'}-iliac-wing`, 'bone-cortex', wing, 'pelvic bone'));
    s.push(
      structure(`${side < 0 ? 'right' : 'left'}-iliac-marrow`, 'bone-marrow', new Offset(wing, -3), 'pelvic bone', 0.6),
    );
    s.push(
      structure(
        `${side < 0 ? 'right' : 'left'}-iliacus`,
        'muscle',
        new Ellipsoid([side * 92, 40, -195], [14, 40, 50], rotationFromDegrees(0, 0, side * 28)),
        'iliacus muscle',
        0.2,
      ),
    );
  }
  return s;
}
