/**
 * Vessels: aorta and its visceral branches (coeliac trunk, hepatic and splenic arteries, SMA,
 * renal arteries, mesenteric branches), the portal venous system (SMV, splenic vein, portal vein
 * and its branches), hepatic veins, renal veins and the IVC. Average adult calibres (model
 * assumption), mm, patient coordinates (x left, y posterior, z superior).
 */
import { Ellipsoid, Tube, type Vec3 } from './shapes';
import { structure, type Structure } from './structures';
import { AORTA_X, aortaY, spineFrontY } from './anatomy-body';
import { liverShape } from './anatomy-organs';
import { STOMACH } from './anatomy-gut';
import { growTree, type Branch } from './vessel-tree';

// The coeliac trunk and SMA leave the aorta's front wall right of its centre line, near the
// midline, so a midline sagittal shows both arising from the aorta (not a free-floating SMA).
const TRUNK_X = AORTA_X - 6;

interface Vessel {
  readonly id: string;
  readonly tissue: 'artery' | 'portal-vein' | 'hepatic-vein' | 'ivc' | 'renal-vein';
  readonly region: string;
  readonly points: readonly Vec3[];
  readonly radii: number | readonly number[];
}

// The SMA and SMV run forward and down into the root of the mesentery, side by side (the vein on
// the right), through the mesenteric mass of Fig 5 at (−2, −30, −82) and on down into the fan, so
// a sagittal near the midline and a coronal through the root show them as continuous trunks.
export const SMA_POINTS: readonly Vec3[] = [
  [TRUNK_X, 30, 12],
  [1.5, 14, 2],
  [1, -4, -24],
  [1, -20, -52],
  [4, -29, -80],
  [-2, -32, -100],
  [-9, -27, -128],
];
export const SMV_POINTS: readonly Vec3[] = [
  [-8, 8, 2],
  [-12, -2, -20],
  [-13, -18, -50],
  [-12, -31, -78],
  [-15, -34, -100],
  [-25, -27, -124],
];
const VESSELS: readonly Vessel[] = [
  {
    id: 'aorta',
    tissue: 'artery',
    region: 'aorta',
    // In the chest it lies against the left front of the kyphotic spine, and comes forward
    // through the hiatus onto the lumbar bodies: it follows the spine's curve on a coronal.
    points: [
      [AORTA_X + 10, spineFrontY(290) - 14, 290],
      [AORTA_X + 6, spineFrontY(210) - 13.5, 210],
      [AORTA_X + 2, spineFrontY(140) - 13.5, 140],
      [AORTA_X, aortaY(70, 12), 70],
      [AORTA_X, aortaY(10, 12), 10],
      [AORTA_X - 2, aortaY(-60, 10), -60],
      [AORTA_X - 3, aortaY(-96, 8.5), -96],
      [AORTA_X - 4, aortaY(-114, 8), -114],
    ],
    // It tapers below the renal arteries (model assumption: 24 mm at the hiatus, 16 mm at the
    // bifurcation, in front of L4).
    radii: [13, 12.5, 12.5, 12, 11.5, 10, 8.5, 8],
  },
  {
    // The two common iliac arteries leave the bifurcation in an inverted V (about 60 degrees),
    // running down, out and back over the sacral promontory.
    id: 'right-common-iliac-artery',
    tissue: 'artery',
    region: 'iliac artery',
    points: [
      [AORTA_X - 5, aortaY(-118, 7), -118],
      [-16, aortaY(-150, 6) + 2, -150],
      [-34, 44, -195],
      [-46, 46, -235],
    ],
    radii: [6.5, 6, 5.5, 5],
  },
  {
    id: 'left-common-iliac-artery',
    tissue: 'artery',
    region: 'iliac artery',
    points: [
      [AORTA_X - 3, aortaY(-118, 7), -118],
      [26, aortaY(-150, 6) + 2, -150],
      [44, 44, -195],
      [56, 46, -235],
    ],
    radii: [6.5, 6, 5.5, 5],
  },
  {
    // The common iliac veins behind and to the right of the arteries join in front of L5 (the left
    // one crossing the midline behind the right common iliac artery) to form the IVC.
    id: 'right-common-iliac-vein',
    tissue: 'ivc',
    region: 'iliac vein',
    points: [
      [-16, spineFrontY(-128) - 9, -128],
      [-28, spineFrontY(-165) - 7, -165],
      [-42, 52, -205],
      [-52, 54, -240],
    ],
    radii: [8, 7.5, 7, 6.5],
  },
  {
    id: 'left-common-iliac-vein',
    tissue: 'ivc',
    region: 'iliac vein',
    points: [
      [-16, spineFrontY(-128) - 9, -128],
      [4, spineFrontY(-146) - 6, -146],
      [30, spineFrontY(-172) - 6, -172],
      [48, 52, -205],
      [60, 54, -240],
    ],
    radii: [8, 7, 7, 6.5, 6],
  },
  {
    id: 'coeliac-trunk',
    tissue: 'artery',
    region: 'coeliac trunk',
    points: [
      [TRUNK_X, 32, 27],
      [TRUNK_X, 12, 30],
    ],
    radii: 3.8,
  },
  {
    id: 'common-hepatic-artery',
    tissue: 'artery',
    region: 'hepatic artery',
    points: [
      [TRUNK_X, 12, 30],
      [-14, 8, 28],
      [-34, 9, 38],
      [-44, 12, 50],
      [-60, 14, 58],
    ],
    radii: [3, 2.8, 2.5, 2.2, 1.8],
  },
  {
    id: 'splenic-artery',
    tissue: 'artery',
    region: 'splenic artery',
    points: [
      [TRUNK_X, 12, 30],
      [36, 10, 33],
      [58, 24, 30],
      [80, 36, 34],
      [96, 46, 40],
    ],
    radii: [3, 2.8, 2.6, 2.5, 2.2],
  },
  {
    id: 'sma',
    tissue: 'artery',
    region: 'superior mesenteric artery',
    points: SMA_POINTS,
    radii: [4.2, 4, 3.8, 3.5, 3.3, 3, 2.5],
  },
  {
    id: 'left-renal-artery',
    tissue: 'artery',
    region: 'renal artery',
    points: [
      [AORTA_X + 2, 44, 4],
      [40, 54, 4],
      [62, 60, 4],
    ],
    radii: 2.8,
  },
  {
    id: 'right-renal-artery',
    tissue: 'artery',
    region: 'renal artery',
    points: [
      [AORTA_X - 2, 44, 4],
      [-20, 52, -2],
      [-58, 60, -10],
    ],
    radii: 2.8,
  },
  {
    id: 'ivc',
    tissue: 'ivc',
    region: 'inferior vena cava',
    // It follows the lumbar lordosis forward (behind the third part of the duodenum) and back.
    // It starts at the confluence of the common iliac veins in front of L5, right of the aortic
    // bifurcation, and widens as the renal veins join.
    points: [
      [-16, spineFrontY(-128) - 9, -128],
      [-22, spineFrontY(-100) - 10, -100],
      [-25, 35, -56],
      [-25, Math.min(spineFrontY(-10) - 4, 42), -10],
      [-26, 42, 40],
    ],
    radii: [9, 9.5, 10, 11.5, 12],
  },
  {
    // Above the renal veins the IVC carries renal and then hepatic venous return: it fills like
    // the hepatic veins (model assumption), so in the portal phase it stands out from the liver.
    id: 'ivc-intrahepatic',
    tissue: 'hepatic-vein',
    region: 'inferior vena cava',
    // It curves forward through the liver and ends in the right atrium just above the diaphragm
    // (it ran on up through the heart as a vertical band, blind imaging review 6, Fig 6F).
    points: [
      [-26, 41, 38],
      [-25, 33, 100],
      [-19, 24, 150],
      [-16, 20, 163],
    ],
    radii: [12, 12.5, 13, 12],
  },
  {
    id: 'left-renal-vein',
    tissue: 'renal-vein',
    region: 'renal vein',
    points: [
      [64, 58, 4],
      [34, 36, 0],
      [12, 22, -2],
      [-18, 38, -4],
    ],
    radii: [4.5, 4.8, 4, 5],
  },
  {
    id: 'right-renal-vein',
    tissue: 'renal-vein',
    region: 'renal vein',
    points: [
      [-58, 58, -10],
      [-24, 46, -4],
    ],
    radii: 5,
  },
  {
    id: 'smv',
    tissue: 'portal-vein',
    region: 'superior mesenteric vein',
    points: SMV_POINTS,
    radii: [6, 5.5, 5, 4.6, 4.2, 3.5],
  },
  {
    id: 'splenic-vein',
    tissue: 'portal-vein',
    region: 'splenic vein',
    points: [
      [-8, 8, 2],
      [15, 5, 9],
      [45, 17, 15],
      [74, 35, 19],
      [94, 48, 25],
    ],
    radii: [5, 4.6, 4.4, 4.2, 4],
  },
  {
    id: 'portal-vein',
    tissue: 'portal-vein',
    region: 'portal vein',
    points: [
      [-8, 8, 2],
      [-28, 12, 24],
      [-42, 15, 45],
    ],
    radii: [7, 7, 6.5],
  },
  {
    id: 'right-portal-vein',
    tissue: 'portal-vein',
    region: 'portal vein',
    points: [
      [-42, 15, 45],
      [-70, 20, 50],
      [-92, 24, 54],
    ],
    radii: [5.5, 4.8, 3.5],
  },
  {
    id: 'right-anterior-portal-branch',
    tissue: 'portal-vein',
    region: 'portal vein',
    points: [
      [-70, 20, 50],
      [-82, -12, 48],
      [-90, -40, 45],
    ],
    radii: [3.5, 2.8, 1.8],
  },
  {
    id: 'right-posterior-portal-branch',
    tissue: 'portal-vein',
    region: 'portal vein',
    points: [
      [-80, 22, 52],
      [-100, 50, 44],
      [-106, 70, 38],
    ],
    radii: [3.5, 2.8, 1.8],
  },
  {
    id: 'left-portal-vein',
    tissue: 'portal-vein',
    region: 'portal vein',
    points: [
      [-42, 15, 45],
      [-18, 4, 56],
      [6, -16, 62],
      [14, -36, 62],
    ],
    radii: [5, 4.5, 4.5, 4],
  },
  {
    id: 'segment-2-portal-branch',
    tissue: 'portal-vein',
    region: 'portal vein',
    points: [
      [14, -36, 62],
      [40, -28, 78],
      [64, -30, 88],
    ],
    radii: [3, 2.5, 1.8],
  },
  {
    id: 'segment-3-portal-branch',
    tissue: 'portal-vein',
    region: 'portal vein',
    points: [
      [14, -36, 62],
      [42, -50, 68],
      [64, -52, 72],
    ],
    radii: [3, 2.5, 1.8],
  },
  // model assumption: the three hepatic veins run nearly in the axial plane for their last few
  // centimetres and join the IVC together just below the domes, so an upper-liver axial slice
  // shows them radiating from the IVC.
  {
    id: 'right-hepatic-vein',
    tissue: 'hepatic-vein',
    region: 'hepatic vein',
    points: [
      [-22, 38, 113],
      [-52, 30, 108],
      [-84, 18, 100],
      [-108, 6, 84],
      [-120, -2, 62],
    ],
    radii: [6, 5.5, 4.5, 3.2, 2],
  },
  {
    id: 'middle-hepatic-vein',
    tissue: 'hepatic-vein',
    region: 'hepatic vein',
    points: [
      [-20, 34, 113],
      [-32, 12, 108],
      [-42, -16, 100],
      [-50, -42, 84],
      [-54, -60, 64],
    ],
    radii: [5.5, 5, 4, 3, 2],
  },
  {
    id: 'left-hepatic-vein',
    tissue: 'hepatic-vein',
    region: 'hepatic vein',
    points: [
      [-14, 33, 113],
      [4, 14, 109],
      [28, -8, 104],
      [52, -26, 98],
      [72, -36, 92],
    ],
    radii: [5, 4.5, 3.8, 3, 2],
  },
];

/**
 * Intrahepatic trees grown from the named stems, inside the liver: [start, a point the first
 * branch heads for, starting radius]. Each divides and tapers down to about 1 mm, so the
 * hepatobiliary phase shows a dark branching tree, converging on the hilum (portal) and on the
 * IVC (hepatic veins), and every liver level has vessels of several calibres.
 */
const PORTAL_SEEDS: readonly (readonly [Vec3, Vec3, number])[] = [
  [[-78, -2, 50], [-66, -16, 104], 3.4], // VIII
  [[-84, -20, 48], [-78, -44, 26], 3], // V
  [[-96, 44, 46], [-96, 50, 92], 3.2], // VII
  [[-100, 50, 44], [-120, 28, 18], 3], // VI
  [[8, -22, 62], [-24, -28, 96], 2.8], // IVa
  [[8, -24, 62], [-20, -58, 56], 2.8], // IVb
  [[40, -28, 78], [88, -32, 96], 2.8], // II
  [[42, -50, 68], [88, -56, 74], 2.8], // III
  [[-88, -30, 46], [-104, -50, 50], 2.4], // V, anterior
  [[-104, 62, 40], [-112, 84, 30], 2.4], // VI-VII, posterior
  [[-92, -26, 42], [-96, -10, 10], 2.6], // V, inferior
  [[-104, 44, 40], [-104, 30, 6], 2.6], // VI, inferior
  [[-100, 10, 30], [-122, -4, 12], 2.4], // VI, lateral
  [[-90, 0, 24], [-70, -22, 10], 2.4], // V, medial
];
/** The lower right liver (below the hilum), grown after the side branches so those keep their seeds. */
const LOWER_PORTAL_SEEDS: readonly (readonly [Vec3, Vec3, number])[] = [
  [[-112, 30, 38], [-124, 18, 8], 2.4], // VI, lower lateral
  [[-80, 36, 38], [-96, 52, 4], 2.4], // VI-VII, lower posterior
  [[-60, 4, 38], [-40, -22, 20], 2.2], // V-IVb, lower, medial to the gallbladder fossa
];
/**
 * Tributaries that run in the axial plane across the mid liver (a few degrees up or down), so an
 * axial slice between the hilum and the hepatic-vein confluence shows branching tubes converging
 * on the veins rather than only sticks and dots: [start, heading point, radius, flat].
 */
const FLAT_SEEDS: readonly (readonly [Vec3, Vec3, number, number])[] = [
  [[-108, 6, 84], [-118, 40, 82], 2.6, 0.9], // right hepatic vein, posterior tributary
  [[-96, 12, 92], [-110, -30, 84], 2.6, 0.9], // right hepatic vein, anterior tributary
  [[-50, -42, 84], [-86, -40, 82], 2.4, 0.9], // middle hepatic vein, segment V/VIII tributary
  [[-42, -16, 100], [-84, 2, 84], 2.4, 0.9], // middle hepatic vein, segment VIII tributary
];
const HEPATIC_SEEDS: readonly (readonly [Vec3, Vec3, number, number?])[] = [
  [[-108, 6, 84], [-124, -8, 50], 3], // right, lower course
  [[-52, 30, 108], [-98, 62, 76], 3.2], // right, posterior tributary
  [[-84, 18, 100], [-102, -30, 100], 2.8], // right, anterior tributary
  [[-32, 12, 108], [-8, -40, 98], 2.8], // middle, segment IV tributary
  [[-42, -16, 100], [-84, -42, 74], 3], // middle, segment V tributary
  [[-50, -42, 84], [-56, -66, 56], 2.6], // middle, end
  [[28, -8, 104], [50, -60, 84], 2.8], // left, segment III tributary
  [[52, -26, 98], [92, -40, 88], 2.6], // left, end
  [[-30, 42, 30], [-94, 34, 12], 3], // inferior right hepatic vein (a common variant)
  [[-64, 40, 24], [-100, 6, 22], 2.6], // its anterior tributary
];

/** Side branches of the named intrahepatic stems, every 16 mm, to alternate sides, at every level. */
function sideSeeds(ids: readonly string[]): [Vec3, Vec3, number][] {
  const out: [Vec3, Vec3, number][] = [];
  for (const v of VESSELS.filter((v) => ids.includes(v.id))) {
    const radii = typeof v.radii === 'number' ? v.points.map(() => v.radii as number) : v.radii;
    // Not from a stem's first piece (the hepatic veins' confluence on the IVC, the hilum).
    for (let i = 1; i + 1 < v.points.length; i++) {
      const a = v.points[i]!,
        b = v.points[i + 1]!;
      const d: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
      const len = Math.hypot(d[0], d[1], d[2]);
      for (let t = 6; t < len; t += 11) {
        const f = t / len,
          k = out.length;
        const p: Vec3 = [a[0] + d[0] * f, a[1] + d[1] * f, a[2] + d[2] * f];
        // Across the stem in the axial plane, turned a little up or down, to either side.
        const side = k % 2 === 0 ? 1 : -1;
        const dir: Vec3 = [-d[1] * side, d[0] * side, len * 0.9 * Math.sin(k * 2.1)];
        const r = radii[i]! + (radii[i + 1]! - radii[i]!) * f;
        out.push([p, [p[0] + dir[0], p[1] + dir[1], p[2] + dir[2]], Math.max(1.4, 0.45 * r)]);
      }
    }
  }
  return out;
}

/**
 * Boxes kept clear of grown branches [min x, y, z, max x, y, z]: the gallbladder fossa (x −70…−55,
 * y −45…−25, z 20…45, with 4 mm to spare for the branches' radius), so the gallbladder can lie
 * anywhere in it without a portal twig through it; and the upper caudate lobe beside the IVC,
 * where a segment VIII branch wandering medially crossed another as a small dark "x" (Fig 2A).
 */
const KEEP_OUT = [
  [-74, -49, 16, -51, -21, 49],
  [-18, 4, 62, 14, 44, 104],
];
/**
 * Balls kept clear of grown branches [x, y, z, radius]: the metastases of Fig 9 (centres from
 * bilobar-liver-metastases-mri.yaml, largest radius + 6 to 8 mm: a branch's own radius and a
 * gap), so no enhanced portal or hepatic branch runs through, merges with or hugs a lesion in the
 * portal phase (a bright branch beside met-4 read as a satellite nodule, Fig 9K).
 */
export const LESION_KEEP_OUT = [
  [-58, 0, 104, 19],
  [40, -30, 100, 15],
  [-10, -45, 78, 18],
  [-100, 40, 80, 21],
  [-104, 20, 40, 17],
  [58, -58, 76, 11],
];
const keptOut = (p: Vec3) =>
  KEEP_OUT.some((b) => [0, 1, 2].every((k) => p[k]! > b[k]! && p[k]! < b[k + 3]!)) ||
  LESION_KEEP_OUT.some((b) => Math.hypot(p[0] - b[0]!, p[1] - b[1]!, p[2] - b[2]!) < b[3]!);

/**
 * Calibre of a grown tree's stem relative to its seed radius (model assumption). At 1.45 the
 * peripheral branches cut across on a portal-phase axial were big round bright discs that mimic
 * metastases (blind imaging review 6, Fig 9K); smaller stems give fewer, thinner branches.
 */
const TREE_CALIBRE = 1.3;

function liverTree(
  seeds: readonly (readonly [Vec3, Vec3, number, number?])[],
  tissue: Vessel['tissue'],
  region: string,
) {
  // Inside the liver, clear of the stomach (which the left lobe overlaps in places) and of the boxes above.
  const inside = (p: Vec3) =>
    liverShape.distance(p[0], p[1], p[2]) < -2 && STOMACH.distance(p[0], p[1], p[2]) > 3 && !keptOut(p);
  return seeds.flatMap(([a, b, r, flatten = 0.25], i) =>
    growTree(a, [b[0] - a[0], b[1] - a[1], b[2] - a[2]], r * TREE_CALIBRE, {
      inside,
      minRadius: 1.2,
      lengthPerRadius: 8,
      curl: 0.16,
      flatten,
      seed: 17 + i * 31 + (tissue === 'hepatic-vein' ? 500 : 0),
    }).map((br, k) =>
      // Segmental and smaller branches (under 3 mm radius) are not named on their own: they read as liver.
      structure(
        `${region.replace(' ', '-')}-tree-${i}-${k}`,
        tissue,
        branchTube(br),
        br.radii[0]! < 3 ? 'liver' : region,
      ),
    ),
  );
}

function branchTube(b: Branch): Tube {
  return new Tube(b.points, b.radii);
}

export function vesselStructures(): Structure[] {
  return [...VESSELS.flatMap(vesselStructure), ...LIVER_TREES];
}

const LIVER_TREES: readonly Structure[] = [
  ...liverTree(
    [
      ...PORTAL_SEEDS,
      ...sideSeeds([
        'right-anterior-portal-branch',
        'right-posterior-portal-branch',
        'left-portal-vein',
        'segment-2-portal-branch',
        'segment-3-portal-branch',
      ]),
      ...LOWER_PORTAL_SEEDS,
    ],
    'portal-vein',
    'portal vein',
  ),
  ...liverTree(
    [...HEPATIC_SEEDS, ...sideSeeds(['right-hepatic-vein', 'middle-hepatic-vein', 'left-hepatic-vein']), ...FLAT_SEEDS],
    'hepatic-vein',
    'hepatic vein',
  ),
];

function vesselStructure(v: Vessel): Structure[] {
  const vessel = structure(v.id, v.tissue, new Tube(v.points, v.radii), v.region);
  if (v.id !== 'splenic-vein') return [vessel];
  // The splenic vein runs in a groove on the back of the pancreatic body and tail with a thin
  // fat plane round it (model assumption), so the gland is seen draped over it even when the
  // vein and the pancreas have similar attenuation (late arterial phase).
  const radii = v.radii as readonly number[];
  const plane = structure(
    'splenic-vein-fat-plane',
    'fat',
    new Tube(
      v.points.slice(1),
      radii.slice(1).map((r) => r + 0.5),
    ),
    'mesentery',
  );
  return [plane, vessel];
}

/** Point `k` (0-1) of the way along a polyline. */
function along(points: readonly Vec3[], k: number): Vec3 {
  const f = Math.max(0, Math.min(0.999, k)) * (points.length - 1);
  const i = Math.floor(f),
    t = f - i;
  const a = points[i]!,
    b = points[i + 1]!;
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/**
 * The mesenteric fan: jejunal and ileal branches of the SMA and tributaries of the SMV running
 * out through the mesenteric fat to the loops (`targets`: points on the bowel), with a few small
 * mesenteric nodes along them. Each leaves its trunk at an acute angle, curves out towards its
 * loop and divides into smaller and smaller arcades near the bowel (no straight sticks at right
 * angles to the trunk, which read as a "fishbone"). The SMA and SMV end in ileocolic branches
 * towards the caecum. Painted before the gut, so a branch that would pass behind a loop
 * disappears under it instead of showing as a dot inside the lumen.
 */
export function mesentericStructures(targets: readonly Vec3[]): Structure[] {
  const s: Structure[] = [];
  const fan = (
    id: string,
    tissue: Vessel['tissue'],
    from: Vec3,
    trunk: Vec3,
    target: Vec3,
    r: number,
    seed: number,
  ) => {
    const to: Vec3 = [target[0] - from[0], target[1] - from[1], target[2] - from[2]];
    const reach = Math.hypot(to[0], to[1], to[2]);
    // The first piece runs half-way, leaving along the trunk (downwards) and turning out.
    // The first piece sweeps out sideways (jejunal branches to the left, ileal to the right) before
    // turning forwards to the loop, as the fan is seen on a coronal section.
    const side = Math.sign(to[0]) * 0.8;
    const dir: Vec3 = [
      to[0] / reach + 0.9 * trunk[0] + side,
      0.5 * (to[1] / reach) + 0.9 * trunk[1],
      to[2] / reach + 0.9 * trunk[2],
    ];
    growTree(from, dir, r, {
      inside: (p) => Math.hypot(p[0] - target[0], p[1] - target[1], p[2] - target[2]) < reach + 6,
      minRadius: 0.65,
      lengthPerRadius: (0.55 * reach) / r,
      curl: 0.18,
      towards: target,
      pull: 0.45,
      seed,
    }).forEach((b, k) => s.push(structure(`${id}-${k}`, tissue, branchTube(b), 'mesentery')));
  };
  const down = (path: readonly Vec3[], k: number): Vec3 => {
    const a = along(path, k - 0.05),
      b = along(path, k + 0.05);
    const d: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const l = Math.hypot(d[0], d[1], d[2]) || 1;
    return [d[0] / l, d[1] / l, d[2] / l];
  };
  targets.forEach((target, i) => {
    const k = 0.35 + 0.6 * ((target[2] + 40) / -160);
    const fromA = along(SMA_POINTS.slice(2), k);
    const fromV = along(SMV_POINTS.slice(1), k);
    fan(`mesenteric-artery-${i}`, 'artery', fromA, down(SMA_POINTS.slice(2), k), target, 1.4, 101 + i);
    const offset: Vec3 = [target[0] + 5, target[1] + 2, target[2] - 5];
    fan(`mesenteric-vein-${i}`, 'portal-vein', fromV, down(SMV_POINTS.slice(1), k), offset, 1.7, 301 + i);
    if (i % 3 === 1)
      s.push(
        structure(
          `mesenteric-node-${i}`,
          'muscle',
          new Ellipsoid(
            [(fromA[0] + target[0]) / 2, (fromA[1] + target[1]) / 2 - 4, (fromA[2] + target[2]) / 2],
            [3.5, 2.5, 4.5],
          ),
          'mesenteric lymph node',
          0.3,
        ),
      );
  });
  // Ileocolic branches: the trunks' continuation to the caecum and terminal ileum.
  fan('ileocolic-artery', 'artery', SMA_POINTS[6]!, down(SMA_POINTS.slice(2), 0.98), ILEOCAECAL, 2.2, 907);
  fan('ileocolic-vein', 'portal-vein', SMV_POINTS[5]!, down(SMV_POINTS.slice(1), 0.98), ILEOCAECAL, 3, 909);
  return s;
}

/** Where the ileocolic vessels end, at the caecum and terminal ileum (right iliac fossa). */
const ILEOCAECAL: Vec3 = [-84, -8, -150];
