/**
 * Solid organs and the ducts: liver (with Couinaud segments), gallbladder and bile ducts,
 * pancreas and its duct, spleen, kidneys, adrenals. Positions and sizes are those of an average
 * adult (model assumption), in mm, patient coordinates (x left, y posterior, z superior).
 */
import { Ellipsoid, Tube, rotationFromDegrees, type Shape, type Vec3 } from './shapes';
import { Difference, Gated, Intersection, Offset, Union } from './shape-operations';
import { structure, type Structure } from './structures';
import { belowDiaphragm, cavityShape, retroperitonealColumn } from './anatomy-body';
import { GridBounded, Warped } from './shapes-organic';
import { ductTube } from './anatomy-ducts';

export interface DuctCalibres {
  /** Radius of the main pancreatic duct, mm (normal ≈ 1.5). */
  readonly pancreaticDuctRadiusMm: number;
  /** Radius of the common bile duct, mm (normal ≈ 3). */
  readonly commonBileDuctRadiusMm: number;
  /** Calibre of the intrahepatic ducts relative to normal (e.g. 2 upstream of an obstructing hilar mass). */
  readonly intrahepaticDuctScale?: number;
}

/** Solid organs of the upper abdomen stay under the diaphragm (its 5 mm of muscle). */
const gatedColumn = new Gated(retroperitonealColumn);
const underDiaphragm = (shape: Shape): Shape =>
  new Difference(new Intersection([shape, new Offset(cavityShape, -1.5), belowDiaphragm(5)]), gatedColumn);

// model assumption: the liver is blended ellipsoids with a low-frequency warp (no two sections
// alike), the fissure of the ligamentum teres cut into its anterior-inferior surface, and the
// gallbladder fossa and the groove of the IVC pressed into it.
const liverBody: Shape = new Warped(
  new Union(
    [
      new Ellipsoid([-62, 15, 82], [76, 86, 68]), // right lobe
      new Ellipsoid([-100, 18, 22], [34, 48, 42]), // inferior tip of the right lobe
      new Ellipsoid([24, -40, 80], [68, 29, 40], rotationFromDegrees(0, 0, -12)), // left lobe
      new Ellipsoid([-22, -30, 52], [28, 28, 30]), // segment IV (quadrate) down to the gallbladder fossa
      new Ellipsoid([-4, 24, 72], [16, 17, 27]), // caudate lobe, in front of the IVC
    ],
    28,
  ),
  4,
  110,
  0.7,
);
const ligamentumTeres = new Tube(
  [
    [6, -78, 30],
    [8, -58, 52],
    [4, -30, 62],
  ],
  [6, 4.5, 3],
);
// model assumption: the gallbladder lies in its fossa on the under-surface of the right lobe, at the
// segment IV/V junction, lateral to the common bile duct (so a coronal MRCP shows it beside the
// duct, joined by the cystic duct) and in front of and lateral to the duodenal bulb; its neck
// points up and back towards the hilum, its fundus down and forward to the liver edge.
// model assumption: its neck reaches up to about z 48 mm, just below the hilum, and the fossa fits
// the wall closely (no rim of fat): an axial slice at the hilum (Fig 3B, z 50) cut the neck's tip
// as a black ring with a bright wall inside the right lobe, which read as gas or an abscess.
const GALLBLADDER_CENTRE: Vec3 = [-67, -38, 29.5];
const GALLBLADDER_ROT = rotationFromDegrees(-35, 20, 0);
const gallbladderFossa = new Ellipsoid(GALLBLADDER_CENTRE, [13, 14, 25], GALLBLADDER_ROT);
// model assumption: the falciform ligament leaves a shallow fat-filled notch along the anterior
// surface, in line with the umbilical fissure, from the fissure up to the dome: the landmark
// between segment IV and segments II/III on an axial section above the hilum.
const falciformNotch = new Tube(
  [
    [18, -64, 60],
    [20, -66.5, 70],
    [20, -67.5, 82],
    [19, -65.5, 94],
    [17, -57, 106],
    [14, -32, 118],
  ],
  [3, 4, 4, 4, 3, 2.5],
);
/** Centre, semi-axes and rotation of a kidney (side -1 right, +1 left). */
// model assumption: the right kidney lies lower than the left (under the liver); its upper
// pole reaches the lower liver (segment VI level), behind it.
function kidneyFrame(side: 1 | -1) {
  const centre: Vec3 = [side * 80, 61, side < 0 ? -6 : 8];
  return { centre, radii: [30, 21, 52] as Vec3, rot: rotationFromDegrees(-12, side * -10, side * 28) };
}
const rightKidney = kidneyFrame(-1);
/**
 * The renal impression: the right lobe is hollowed round the upper pole of the right kidney and
 * its perirenal fat, and the hollow opens backwards to the posterior wall (the bare area lies
 * above it), so the kidney never shows as a ring inside the liver outline.
 */
const renalImpression = new Union(
  [
    new Offset(new Ellipsoid(rightKidney.centre, rightKidney.radii, rightKidney.rot), 4),
    new Ellipsoid([-80, 98, 12], [32, 32, 40]),
  ],
  8,
);
// The liver is the costliest solid to paint; a precomputed 4 mm distance grid answers the
// rasteriser's block tests (GridBounded), the exact distance still draws its edge.
export const liverShape: Shape = new GridBounded(
  underDiaphragm(
    new Difference(
      liverBody,
      new Union(
        [
          new Gated(ligamentumTeres),
          new Gated(falciformNotch),
          new Gated(gallbladderFossa),
          new Gated(renalImpression),
          // model assumption: beside the IVC and the aorta the medial edge is the caudate lobe's
          // bulge (papillary process at mid-height); above and below it the edge falls back to
          // the left wall of the IVC, and the crura leave a gently wavy line, not a vertical cut.
          new Gated(
            new Union(
              [
                new Warped(new Offset(retroperitonealColumn, 1.5), 3, 45, 1.3),
                new Ellipsoid([12, 32, 128], [30, 22, 38]),
                new Ellipsoid([10, 32, 16], [28, 22, 32]),
              ],
              10,
            ),
          ),
          // The inferior surface slopes up from the lateral tip of the right lobe towards the
          // hilum and the IVC, over the right kidney and the hepatic flexure, so a coronal section
          // shows a tapering inferior edge rather than a flat-bottomed block.
          new Gated(new Ellipsoid([-20, 42, -40], [70, 62, 80])),
        ],
        4,
      ),
    ),
  ),
);

/** Centreline of the pancreas from head to tail, with its radius at each point. */
// model assumption: the gland rises from head to tail, so one axial slice through the body shows
// the upper head beside the portal vein, the neck in front of the SMV-splenic confluence and the
// body and tail in front of the splenic vein (which grooves their back), reaching the splenic hilum.
export const PANCREAS_AXIS: readonly Vec3[] = [
  [-40, 12, -12],
  [-33, 6, 0],
  [-12, -10, 8],
  [15, -10, 13],
  [45, 4, 18],
  [74, 22, 19],
  [89, 33, 21],
];
const PANCREAS_RADII = [16, 15, 11, 11, 10.5, 9.5, 8];

export function pancreasPart(x: number): 'head' | 'neck' | 'body' | 'tail' {
  if (x < -22) return 'head';
  if (x < 2) return 'neck';
  if (x < 55) return 'body';
  return 'tail';
}

type DuctPath = readonly [readonly Vec3[], readonly number[]];
// model assumption: the intrahepatic ducts form one tree that runs beside the portal branches
// (a few mm in front of and above them, as in the portal triads) and tapers to the periphery:
// right and left hepatic ducts, right anterior and posterior sectoral ducts, and segmental ducts
// for segments 2–8. Each branch starts on one of its parent's points, so branches stay joined.
// Radii are normal calibres (mm; segmental ducts about 2-3 mm across, so the bile they carry in
// the hepatobiliary phase shows as bright dots beside the portal branches), scaled by
// intrahepaticDuctScale when dilated.
const INTRAHEPATIC_DUCTS: readonly DuctPath[] = [
  // right hepatic duct
  [
    [
      [-40, 2, 56],
      [-57, 3, 61],
      [-72, 8, 62],
    ],
    [2, 1.9, 1.7],
  ],
  // right posterior sectoral duct, behind and lateral; it joins the confluence itself (the
  // common "triple confluence" variant), running level at the hilum below the right hepatic duct
  [
    [
      [-40, 2, 56],
      [-58, 6, 55],
      [-74, 14, 55],
      [-86, 22, 56],
      [-98, 40, 54],
      [-105, 62, 50],
    ],
    [1.7, 1.6, 1.5, 1.3, 1.1, 0.6],
  ],
  // right anterior sectoral duct, forward and down
  [
    [
      [-72, 8, 62],
      [-80, -8, 56],
      [-86, -24, 54],
      [-92, -40, 53],
    ],
    [1.5, 1.3, 1.1, 0.6],
  ],
  // segment 8, up
  [
    [
      [-80, -8, 56],
      [-79, -13, 80],
      [-71, -22, 102],
    ],
    [1.3, 1.1, 0.6],
  ],
  // segment 5, down and forward (lateral to the gallbladder)
  [
    [
      [-86, -24, 54],
      [-89, -32, 42],
      [-85, -44, 30],
    ],
    [1.3, 1.1, 0.6],
  ],
  // segment 7, up at the back
  [
    [
      [-98, 40, 54],
      [-106, 48, 70],
      [-101, 46, 92],
    ],
    [1.3, 1.1, 0.6],
  ],
  // segment 6, down at the back
  [
    [
      [-98, 40, 54],
      [-114, 36, 38],
      [-120, 26, 26],
    ],
    [1.3, 1.1, 0.6],
  ],
  // left hepatic duct, along the left portal vein to the umbilical portion
  [
    [
      [-40, 2, 56],
      [-20, -4, 57],
      [2, -20, 60],
      [10, -40, 62],
    ],
    [2, 1.8, 1.6, 1.3],
  ],
  // segment 2
  [
    [
      [10, -40, 62],
      [38, -32, 83],
      [62, -34, 92],
    ],
    [1.3, 1.1, 0.6],
  ],
  // segment 3
  [
    [
      [10, -40, 62],
      [40, -55, 73],
      [62, -57, 77],
    ],
    [1.3, 1.1, 0.6],
  ],
  // segment 4a, up
  [
    [
      [2, -20, 60],
      [-12, -34, 82],
      [-18, -40, 98],
    ],
    [1.3, 1.1, 0.6],
  ],
  // segment 4b, forward
  [
    [
      [2, -20, 60],
      [-14, -40, 64],
      [-24, -56, 60],
    ],
    [1.3, 1.1, 0.6],
  ],
];
const DILATED_DUCT_TWIGS: readonly DuctPath[] = (
  [
    [
      [-86, -24, 54],
      [-98, -26, 60],
      [-110, -28, 68],
    ],
    [
      [-86, 22, 56],
      [-100, 16, 62],
      [-112, 10, 76],
    ],
    [
      [-79, -13, 80],
      [-92, -6, 88],
      [-102, 0, 96],
    ],
    [
      [-20, -4, 57],
      [-12, 10, 64],
      [-4, 20, 70],
    ],
    [
      [38, -32, 83],
      [48, -18, 88],
      [56, -8, 92],
    ],
    [
      [40, -55, 73],
      [50, -66, 74],
      [58, -72, 75],
    ],
    [
      [-114, 36, 38],
      [-108, 24, 30],
      [-102, 16, 22],
    ],
  ] as const
).map((points) => [points, [1, 0.75, 0.5]]);

export function organStructures(ducts: DuctCalibres): Structure[] {
  const s: Structure[] = [];
  s.push(structure('liver', 'liver', liverShape, 'liver', 0.35));
  s.push(structure('ligamentum-teres', 'fat', new Intersection([ligamentumTeres, new Offset(liverBody, -1)]), 'liver'));
  // Gallbladder in its fossa, fundus pointing down and forward.
  const gallbladder = new Ellipsoid(GALLBLADDER_CENTRE, [11.5, 12.5, 24.5], GALLBLADDER_ROT);
  // The wall thins to nothing at the neck, where the lumen runs on into the cystic duct, so a
  // slice through the neck shows bile, never a solid ring of wall.
  s.push(
    structure(
      'gallbladder-wall',
      'gut-wall',
      new Offset(new Ellipsoid(GALLBLADDER_CENTRE, [11.5, 12.5, 22.5], GALLBLADDER_ROT), 1.8),
      'gallbladder',
    ),
  );
  s.push(structure('gallbladder', 'gallbladder-bile', gallbladder, 'gallbladder'));
  // Bile ducts: hepatic ducts, intrahepatic branches, cystic duct and common bile duct.
  const cbd = ducts.commonBileDuctRadiusMm;
  // Intrahepatic ducts run beside the portal branches and taper towards the periphery; when
  // dilated (upstream of an obstruction) they become the tortuous "too many tubes" a resident
  // is taught to look for.
  const k = ducts.intrahepaticDuctScale ?? 1;
  const bile: Tube[] = [
    ductTube(
      [
        [-40, 2, 56],
        [-45, 4, 40],
        [-46, 8, 15],
        [-49, 19, -5],
        [-57, 22, -22],
      ],
      [cbd * 0.85, cbd, cbd, cbd * 0.9, cbd * 0.6],
    ),
    // Cystic duct: from the gallbladder neck, tortuous (spiral valves), down and medially to join
    // the hepatic duct to form the common bile duct.
    ductTube(
      [
        [-58, -24, 45],
        [-55, -12, 43],
        [-51, -5, 40],
        [-47, 0, 36],
        [-45.5, 3, 32],
      ],
      [1.6, 1.4, 1.4, 1.4, 1.5],
      2,
    ),
    ...INTRAHEPATIC_DUCTS.map(([points, radii]) =>
      ductTube(
        points,
        radii.map((r) => r * k),
      ),
    ),
  ];
  // Dilated (upstream of an obstruction): third-order branches become visible too, each leaving
  // its parent at one of the parent's points, so the tree stays joined and never crosses itself.
  if (k > 1.2)
    bile.push(
      ...DILATED_DUCT_TWIGS.map(([points, radii]) =>
        ductTube(
          points,
          radii.map((r) => r * k),
        ),
      ),
    );
  bile.forEach((t, i) => s.push(structure(`bile-duct-${i}`, 'bile', t, i === 0 ? 'common bile duct' : 'bile ducts')));

  // Kidneys before the pancreas and spleen: the pancreatic tail lies on the perirenal fat, and the
  // spleen is hollowed round it (below).
  for (const side of [-1, 1] as const) {
    const tag = side < 0 ? 'right' : 'left';
    const { centre, radii, rot } = kidneyFrame(side);
    // A point of the kidney in its own axes: `lat` towards the convex lateral border (away from
    // the hilum), `post` across its thickness (backwards), `up` along its long axis.
    const at = (lat: number, post: number, up: number): Vec3 =>
      [0, 1, 2].map(
        (k) => centre[k]! + side * lat * rot[0][k]! + post * rot[1][k]! + up * rot[2][k]!,
      ) as unknown as Vec3;
    // model assumption: a bean 6 x 4 x 10.5 cm whose hilum opens anteromedially (the kidney turned
    // about 30 degrees about its long axis), so an axial section is an oval with its convex border
    // posterolateral and, at the hilum, two lips round the notch of sinus fat, never a disc.
    const outer = new Ellipsoid(centre, radii, rot);
    const bean = new Difference(outer, new Ellipsoid(at(-radii[0] - 1, 1, -2), [14, 7.5, 22], rot));
    // Perirenal fat round the kidney's convex outline (none left in the hilar notch), thicker
    // behind and at the poles; it stays inside the abdominal wall and off the spine, crura and
    // aorta. (Gerota's fascia is not drawn: a thin ring round each kidney read as a drawn line.)
    const cone = (shape: Shape) => new Difference(new Intersection([shape, cavityShape]), gatedColumn);
    const perirenal = new Union(
      [new Offset(outer, 5), new Ellipsoid(at(4, 6, 0), [radii[0] + 3, radii[1] + 4, radii[2] + 9], rot)],
      6,
    );
    s.push(structure(`${tag}-perirenal-fat`, 'fat', cone(perirenal), 'perirenal fat'));
    s.push(structure(`${tag}-kidney`, 'kidney-cortex', bean, `${tag} kidney`, 0.15));
    // Medullary pyramids: cones with their papillae at the sinus and their bases under a cortex
    // about 5.5 mm thick, in rows that fan round the sinus from pole to pole, with bright columns
    // of cortex (Bertin) between them: dark triangles with the apex at the sinus, not round
    // bubbles, in the corticomedullary phase.
    const sinusAt: Vec3 = [-12, 0, 0];
    const sinusRadii: Vec3 = [11, 8, 22];
    const pyramids: { a: Vec3; b: Vec3; ra: number; rb: number; box: { min: Vec3; max: Vec3 } }[] = [];
    [-54, -28, 0, 28, 54].forEach((elevation, row) => {
      const pole = row % 4 === 0;
      for (let i = 0; i < (pole ? 6 : 7); i++) {
        const theta = ((pole ? -115 + 46 * i : -108 + 36 * i + (row % 2) * 9) * Math.PI) / 180;
        const phi = ((elevation + ((i * 7 + row * 3) % 9) - 4) * Math.PI) / 180;
        const d: Vec3 = [Math.cos(phi) * Math.cos(theta), Math.cos(phi) * Math.sin(theta), Math.sin(phi)];
        // where the ray from the sinus centre leaves the sinus and the kidney
        const exit = (c: Vec3, r: readonly number[]) => {
          const A = d.reduce((sum, v, k) => sum + (v / r[k]!) ** 2, 0);
          const B = d.reduce((sum, v, k) => sum + (2 * v * c[k]!) / r[k]! ** 2, 0);
          const C = c.reduce((sum, v, k) => sum + (v / r[k]!) ** 2, 0) - 1;
          return (-B + Math.sqrt(B * B - 4 * A * C)) / (2 * A);
        };
        const tIn = exit([0, 0, 0], sinusRadii) + 0.5;
        const tOut = exit(sinusAt, radii);
        if (tOut - tIn < 12) continue;
        const local = (t: number) => at(sinusAt[0] + t * d[0], t * d[1], t * d[2]);
        const a = local(tIn);
        const b = local(tOut);
        const rb = (pole ? 0.17 : 0.26) * tOut * (0.88 + 0.08 * ((i + row) % 3));
        pyramids.push({
          a,
          b,
          ra: 1.5,
          rb,
          box: {
            min: [0, 1, 2].map((k) => Math.min(a[k]!, b[k]!) - rb) as unknown as Vec3,
            max: [0, 1, 2].map((k) => Math.max(a[k]!, b[k]!) + rb) as unknown as Vec3,
          },
        });
      }
    });
    const medulla = new Intersection([new Tube([], 0, pyramids), new Offset(outer, -5.5)]);
    s.push(structure(`${tag}-renal-pyramids`, 'kidney-medulla', medulla, `${tag} kidney`));
    s.push(
      structure(
        `${tag}-renal-sinus`,
        'fat',
        // (no taller than the hilum: an island of sinus fat closed off above or below it read as
        // an air-dark hole in the kidney, blind imaging review 6, Fig 1B)
        new Ellipsoid(at(...sinusAt), sinusRadii, rot),
        `${tag} kidney`,
      ),
    );
    // Collecting system: a funnel-shaped pelvis at the back of the sinus, fed by upper- and
    // lower-pole infundibula, leaving through the hilum into a thin ureter that runs down on the
    // psoas (model assumption: non-dilated, so a thick-slab MRCP shows a faint tapering pelvis).
    const w = (dx: number, dy: number, dz: number): Vec3 => [centre[0] - side * dx, centre[1] + dy, centre[2] + dz];
    const collecting = new Union(
      [
        ductTube([at(-6, 2, 2), at(-20, 3, -3), at(-33, 4, -12)], [4.5, 3.2, 1.6], 1),
        ductTube([at(-33, 4, -12), w(30, -5, -40), w(31, -2, -72)], [1.6, 1.3, 1.2], 2),
        ductTube([at(-8, 1, 4), at(-5, 1, 16), at(-3, 0, 28)], [2.2, 1.6, 1.1], 1),
        ductTube([at(-8, 1, 0), at(-5, 1, -12), at(-3, 0, -26)], [2.2, 1.6, 1.1], 1),
      ],
      1.5,
    );
    s.push(structure(`${tag}-renal-pelvis`, 'cyst-fluid', collecting, `${tag} kidney`));
  }

  // model assumption: a lobulated surface (fine lobules, 2 mm) on a tube from head to tail, with
  // the uncinate process hooking behind the superior mesenteric vein: its tip reaches left behind
  // the SMV to the right side of the SMA, so an axial slice at the head level shows pancreas on
  // the SMV's right and behind it, the SMV sitting in the gland's notch.
  const uncinateHook = new Ellipsoid([-10, 11, -18], [9, 5, 8]);
  const pancreas = new Warped(
    new Union(
      [
        new Tube(PANCREAS_AXIS, PANCREAS_RADII),
        // The head: the bulkiest part, from the duodenal bulb down to the third part of the
        // duodenum, between the C-loop (right) and the SMV/portal vein (left), the CBD at its back.
        new Ellipsoid([-38, 9, 0], [15, 13, 23]),
        new Ellipsoid([-26, 15, -22], [15, 10, 11]),
        uncinateHook,
      ],
      8,
    ),
    1.8,
    14,
    0.3,
  );
  s.push(structure('pancreas', 'pancreas', pancreas, 'pancreas', 0.45));
  s.push(
    structure(
      'pancreas-uncinate',
      'pancreas-uncinate',
      new Intersection([pancreas, new Union([new Ellipsoid([-26, 16, -24], [14, 11, 10]), uncinateHook])]),
      'pancreas',
      0.45,
    ),
  );
  const pd = ducts.pancreaticDuctRadiusMm;
  // Side branches of the main pancreatic duct: fine twigs, visible on a thick-slab MRCP.
  const sideBranches: [Vec3, Vec3][] = [
    [
      [-36, 9, -5],
      [-44, -2, -2],
    ],
    [
      [-20, -4, 3],
      [-22, -14, 12],
    ],
    [
      [0, -9, 8],
      [4, -5, 18],
    ],
    [
      [25, -7, 13],
      [28, -18, 18],
    ],
    [
      [50, 8, 18],
      [55, 3, 26],
    ],
    [
      [66, 18, 21],
      [64, 28, 12],
    ],
    [
      [80, 27, 19],
      [86, 24, 25],
    ],
  ];
  sideBranches.forEach(([a, b], i) =>
    s.push(
      structure(`pancreatic-duct-branch-${i}`, 'pancreatic-juice', ductTube([a, b], [0.7, 0.45]), 'pancreatic duct'),
    ),
  );
  s.push(
    structure(
      'pancreatic-duct',
      'pancreatic-juice',
      ductTube(
        [
          [-57, 22, -22],
          [-42, 14, -10],
          [-33, 7, 0],
          [-12, -9, 8],
          // A gentle caudal bow through the body; in the tail it runs along the lower (caudal)
          // side of the gland, so a tail mass sits beside the duct rather than at its end.
          [15, -9, 11],
          [45, 4, 15],
          [72, 22, 14],
          [89, 34, 17],
        ],
        [pd * 0.8, pd, pd, pd, pd, pd * 0.9, pd * 0.75, pd * 0.6],
        2,
      ),
      'pancreatic duct',
    ),
  );

  // Crescentic spleen: its visceral surface is hollowed by the stomach and kidney; a notch in front.
  // model assumption: its long axis runs along the 10th rib, so the upper pole lies posteromedial,
  // curving in behind the gastric fundus towards the crus above the kidney and adrenal (an axial
  // slice there shows spleen, not an empty space, behind the stomach).
  const spleen = underDiaphragm(
    new Warped(
      new Union(
        [
          new Difference(
            new Ellipsoid([100, 58, 58], [30, 60, 52], rotationFromDegrees(0, 0, 30)),
            new Ellipsoid([62, 40, 58], [30, 46, 60], rotationFromDegrees(0, 0, 30)),
          ),
          new Ellipsoid([70, 72, 84], [26, 12, 16], rotationFromDegrees(0, 0, -8)),
        ],
        10,
      ),
      3,
      70,
      2.1,
    ),
  );
  // model assumption: the spleen's renal surface is hollowed round the upper pole of the left
  // kidney and its perirenal fat, so a fat plane always separates the two (no kidney disc inside
  // the splenic outline).
  const leftKidney = kidneyFrame(1);
  // (and kept out from behind it: the posterior pararenal fat and the diaphragm lie there, so the
  // spleen meets the kidney only posterolaterally instead of cupping it)
  const [kx, ky, kz] = leftKidney.centre;
  const spleenShape = new Difference(
    spleen,
    new Gated(
      new Offset(
        new Union([
          new Ellipsoid(leftKidney.centre, leftKidney.radii, leftKidney.rot),
          new Ellipsoid([kx - 4, ky + 18, kz], leftKidney.radii, leftKidney.rot),
        ]),
        9,
      ),
    ),
  );
  s.push(structure('spleen', 'spleen', spleenShape, 'spleen', 0.3));

  // Adrenals: thin plates (limbs about 5 mm thick) whose axial section is an inverted Y or
  // lambda: a body pointing forward and a medial and a lateral limb running back from it, all
  // three meeting at one point (never crossing as an X). The left one lies in front of and medial
  // to the upper pole of the kidney, beside the crus; the right one behind the IVC.
  // Each limb: [angle in the axial plane from lateral (degrees, + backwards), half-length, height
  // (semi-axis, mm), z shift, half-thickness].
  const LIMBS = [
    [-100, 6, 14, 1, 2.6],
    [62, 10, 15, 2, 2.2],
    [112, 8.5, 12, -2, 2],
  ] as const;
  for (const [side, junction] of [
    [-1, [-36, 50, 60]],
    [1, [39, 47, 52]],
  ] as const) {
    const limbs = LIMBS.map(([deg, half, height, dz, thick]) => {
      const a = (deg * Math.PI) / 180;
      const centre: Vec3 = [
        junction[0] + side * Math.cos(a) * half,
        junction[1] + Math.sin(a) * half,
        junction[2] + dz,
      ];
      return new Ellipsoid(centre, [half + 1, thick, height], rotationFromDegrees(0, 0, side > 0 ? deg : 180 - deg));
    });
    const tag = side < 0 ? 'right' : 'left';
    s.push(structure(`${tag}-adrenal`, 'adrenal', new Union(limbs, 2), `${tag} adrenal`));
  }
  return s;
}

/** Couinaud segment (1–8) of a point assumed to lie in the liver, from the hepatic-vein planes. */
export function liverSegment(p: Vec3): number {
  const [x, y, z] = p;
  // Caudate lobe: between the IVC and the portal bifurcation, posteriorly.
  const dc = ((x + 4) / 16) ** 2 + ((y - 24) / 17) ** 2 + ((z - 72) / 27) ** 2;
  if (dc < 1) return 1;
  const superior = z >= 62; // the portal plane
  // Signed side of the vertical plane through two points (x1,y1) → (x2,y2).
  const side = (x1: number, y1: number, x2: number, y2: number) => (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1);
  const leftOfUmbilicalFissure = side(-8, 40, 18, -60) > 0;
  // Left lateral section: segment II lies posterior-superior, III anterior-inferior.
  if (leftOfUmbilicalFissure) return y + 0.5 * (z - 85) >= -42 ? 2 : 3;
  const leftOfMiddleVein = side(-12, 40, -52, -60) > 0;
  if (leftOfMiddleVein) return 4;
  const anteriorToRightVein = side(-14, 42, -120, 0) > 0;
  if (anteriorToRightVein) return superior ? 8 : 5;
  return superior ? 7 : 6;
}
