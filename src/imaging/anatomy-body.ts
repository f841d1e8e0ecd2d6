/**
 * The trunk: skin and fat, the muscular wall, lung bases, spine, ribs, psoas and paraspinal
 * muscles, iliac wings. Sizes are those of an average adult (model assumption), in mm.
 * Coordinates: x to the patient's left, y posterior, z superior; z = 0 near the pancreatic body.
 */
import { Ellipsoid, EllipticCylinder, Tube, rotationFromDegrees, type Vec3 } from './shapes';
import { Offset, Union } from './shape-operations';
import { structure, type Structure } from './structures';

export const TRUNK = { cx: 0, cy: 10, rx: 165, ry: 125, zMin: -230, zMax: 190 } as const;
/** Inner surface of the abdominal wall: the peritoneal cavity and retroperitoneum live inside it. */
export const CAVITY = { cx: 0, cy: 8, rx: 140, ry: 100 } as const;

export const cavityShape = new EllipticCylinder(CAVITY.cx, CAVITY.cy, CAVITY.rx, CAVITY.ry, TRUNK.zMin, TRUNK.zMax);

const VERTEBRA = { cx: 0, cy: 74, rx: 24, ry: 20 } as const;
// model assumption: lumbar/lower thoracic levels 34 mm apart, discs 8 mm thick.
const DISC_LEVELS = [-206, -172, -138, -104, -70, -36, -2, 32, 66, 100, 134, 168];

function rib(side: 1 | -1, headZ: number, sweepDeg: number, dropMm: number): Tube {
  const points: Vec3[] = [];
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const theta = ((12 + t * (sweepDeg - 12)) * Math.PI) / 180;
    // Ribs run round just inside the wall, from the spine (theta 0, posterior) forward and down.
    points.push([side * Math.sin(theta) * 146, CAVITY.cy + Math.cos(theta) * 108, headZ - dropMm * t * t]);
  }
  return new Tube(points, 5.5);
}

export function bodyStructures(): Structure[] {
  const s: Structure[] = [];
  s.push(structure('trunk', 'fat', new EllipticCylinder(TRUNK.cx, TRUNK.cy, TRUNK.rx, TRUNK.ry, TRUNK.zMin, TRUNK.zMax), 'subcutaneous fat'));
  s.push(structure('abdominal-wall', 'muscle', new EllipticCylinder(CAVITY.cx, CAVITY.cy, CAVITY.rx + 11, CAVITY.ry + 10, TRUNK.zMin, TRUNK.zMax), 'abdominal wall', 0.2));
  s.push(structure('visceral-fat', 'fat', cavityShape, 'mesentery'));
  // Lung bases behind the liver and spleen domes.
  s.push(structure('right-lung-base', 'air', new Ellipsoid([-78, 40, 205], [72, 78, 100]), 'lung base'));
  s.push(structure('left-lung-base', 'air', new Ellipsoid([78, 40, 200], [72, 78, 100]), 'lung base'));
  for (const side of [-1, 1] as const) {
    const tag = side < 0 ? 'right' : 'left';
    s.push(structure(`${tag}-paraspinal-muscle`, 'muscle', new EllipticCylinder(side * 42, 106, 28, 19, TRUNK.zMin, TRUNK.zMax), 'paraspinal muscle', 0.2));
    s.push(structure(`${tag}-psoas`, 'muscle', new Tube([[side * 26, 64, 40], [side * 37, 60, -60], [side * 52, 52, -180], [side * 62, 40, -230]], [5, 17, 24, 24]), 'psoas muscle', 0.2));
  }
  // Vertebral column: cortex, marrow, discs, the ring around the canal, the spinous process.
  s.push(structure('vertebral-cortex', 'bone-cortex', new EllipticCylinder(VERTEBRA.cx, VERTEBRA.cy, VERTEBRA.rx, VERTEBRA.ry, TRUNK.zMin, TRUNK.zMax), 'spine'));
  s.push(structure('vertebral-marrow', 'bone-marrow', new EllipticCylinder(VERTEBRA.cx, VERTEBRA.cy, VERTEBRA.rx - 2.5, VERTEBRA.ry - 2.5, TRUNK.zMin, TRUNK.zMax), 'spine', 0.6));
  for (const z of DISC_LEVELS) {
    s.push(structure(`disc-${z}`, 'disc', new EllipticCylinder(VERTEBRA.cx, VERTEBRA.cy, VERTEBRA.rx + 0.5, VERTEBRA.ry + 0.5, z - 4, z + 4), 'spine'));
  }
  s.push(structure('neural-arch', 'bone-cortex', new EllipticCylinder(0, 104, 15, 12, TRUNK.zMin, TRUNK.zMax), 'spine'));
  s.push(structure('spinal-canal', 'csf', new EllipticCylinder(0, 103, 9.5, 8.5, TRUNK.zMin, TRUNK.zMax), 'spine'));
  s.push(structure('spinous-process', 'bone-cortex', new EllipticCylinder(0, 119, 4, 9, TRUNK.zMin, TRUNK.zMax), 'spine'));
  // Ribs 7 to 12 (lower ones shorter: 11 and 12 float).
  const ribs: [number, number, number][] = [[175, 175, 95], [150, 165, 95], [125, 155, 90], [100, 140, 80], [72, 105, 55], [45, 75, 35]];
  ribs.forEach(([headZ, sweep, drop], i) => {
    for (const side of [-1, 1] as const) {
      const shaft = rib(side, headZ, sweep, drop);
      const tag = `${side < 0 ? 'right' : 'left'}-rib-${7 + i}`;
      s.push(structure(tag, 'bone-cortex', shaft, 'rib'));
      s.push(structure(`${tag}-marrow`, 'bone-marrow', new Offset(shaft, -2.5), 'rib'));
    }
  });
  // Iliac wings at the bottom of the stack.
  for (const side of [-1, 1] as const) {
    const wing = new Ellipsoid([side * 112, 58, -190], [11, 48, 60], rotationFromDegrees(0, side * 8, side * 28));
    s.push(structure(`${side < 0 ? 'right' : 'left'}-iliac-wing`, 'bone-cortex', wing, 'pelvic bone'));
    s.push(structure(`${side < 0 ? 'right' : 'left'}-iliac-marrow`, 'bone-marrow', new Offset(wing, -3), 'pelvic bone', 0.6));
    s.push(structure(`${side < 0 ? 'right' : 'left'}-iliacus`, 'muscle', new Union([new Ellipsoid([side * 92, 40, -185], [14, 40, 50], rotationFromDegrees(0, 0, side * 28))]), 'iliacus muscle', 0.2));
  }
  return s;
}
