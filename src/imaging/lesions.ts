/**
 * Lesions as parameters: a focal lesion is described by where it is, how big, its margin, its
 * tissue, and optional internal parts (necrotic or cystic areas, calcifications, an enhancing
 * rim, a fibrous "target" core, spicules of desmoplastic reaction). `lesionStructures` turns the
 * description into solids painted over the normal anatomy, outer parts first.
 */
import { Ellipsoid, Tube, rotationFromDegrees, type Shape, type Vec3 } from './shapes';
import { Intersection, Lobulated, Offset, Translated, Union } from './shape-operations';
import { Warped } from './shapes-organic';
import { structure, type Structure } from './structures';
import { STRAND_TISSUE, type TissueId } from './tissues';

export type LesionMargin = 'smooth' | 'lobulated' | 'spiculated';

export interface LesionPart {
  /** Offset from the lesion centre, mm. */
  readonly offsetMm: Vec3;
  readonly radiusMm: number;
}

export interface LesionSpec {
  readonly id: string;
  /** What a learner would call it: "pancreatic tail NET", "node"… (used in labels). */
  readonly label: string;
  /** The region it sits in, as named in the region list ("pancreas", "liver", "mesentery"…). */
  readonly region: string;
  readonly centreMm: Vec3;
  /** Semi-axes, mm (one number = a sphere). */
  readonly radiiMm: number | Vec3;
  /** Rotation of the semi-axes, degrees about x, y, z. */
  readonly rotationDeg?: Vec3;
  readonly tissue: TissueId;
  readonly margin?: LesionMargin;
  /** Central necrosis, as a fraction of the radius. */
  readonly necroticCore?: number;
  /** Central fibrous core that retains extracellular contrast (a "target"), fraction of radius. */
  readonly targetCore?: number;
  /** An enhancing rim of another tissue, mm thick. */
  readonly rim?: { readonly tissue: TissueId; readonly thicknessMm: number };
  readonly cysticParts?: readonly LesionPart[];
  readonly calcifications?: readonly LesionPart[];
  /** Texture amplitude relative to normal parenchyma (1 by default). */
  readonly heterogeneity?: number;
  /** Irregularity of the outline as a fraction of the radius (0 = a perfect ellipsoid). */
  readonly irregularity?: number;
  /** Strands radiating into the fat: the desmoplastic reaction of a mesenteric metastasis. */
  readonly spicules?: { readonly count: number; readonly lengthMm: number };
}

function radii(spec: LesionSpec): Vec3 {
  return typeof spec.radiiMm === 'number' ? [spec.radiiMm, spec.radiiMm, spec.radiiMm] : spec.radiiMm;
}

function validate(spec: LesionSpec): void {
  const r = radii(spec);
  if (r.some((v) => !(v > 0 && v < 200)))
    throw new RangeError(`lesion "${spec.id}": radii must be between 0 and 200 mm`);
  for (const key of ['necroticCore', 'targetCore'] as const) {
    const f = spec[key];
    if (f !== undefined && !(f > 0 && f < 1))
      throw new RangeError(`lesion "${spec.id}": ${key} must be a fraction between 0 and 1`);
  }
}

/** The lesion's outer solid (what an outline or a hit test should use). */
export function lesionOutline(spec: LesionSpec): Shape {
  validate(spec);
  const r = radii(spec);
  const rot = spec.rotationDeg ? rotationFromDegrees(...spec.rotationDeg) : null;
  const body = new Ellipsoid(spec.centreMm, r, rot);
  const mean = (r[0] + r[1] + r[2]) / 3;
  // An optional gentle irregularity (a fraction of the radius), different for each lesion, on top
  // of its named margin: no real tumour is a perfect ellipsoid. Off by default so measured sizes
  // stay exact where a simulator needs them.
  // The irregularity is two scales: two or three broad lobes, and finer bumps over them.
  const amount = spec.irregularity ?? 0;
  const phase = idPhase(spec.id);
  const irregular = (shape: Shape) =>
    amount > 0
      ? new Warped(
          new Lobulated(shape, spec.centreMm, mean * amount, 2.5, phase),
          mean * amount * 0.6,
          Math.max(6, mean * 0.9),
          phase,
        )
      : shape;
  // model assumption: a lobulated margin is two or three broad, rounded lobes (10 % of the radius); finer
  // angular bumps left flat facets between them, which read as a polygon rather than a tumour.
  if (spec.margin === 'lobulated')
    return irregular(new Lobulated(body, spec.centreMm, mean * 0.1, 2.6, spec.id.length));
  if (spec.margin === 'spiculated')
    return irregular(new Lobulated(body, spec.centreMm, mean * 0.08, 6, spec.id.length));
  return irregular(body);
}

/** A small deterministic random sequence in [0, 1) (mulberry32), seeded from a phase. */
function seeded(phase: number): () => number {
  let a = Math.floor(phase * 1e6) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function idPhase(id: string): number {
  let h = 7;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) % 10007;
  return (h / 10007) * 6.283;
}

export function lesionStructures(spec: LesionSpec): Structure[] {
  const LESION_TEXTURE = spec.heterogeneity ?? 1;
  const outline = lesionOutline(spec);
  const r = radii(spec);
  const rot = spec.rotationDeg ? rotationFromDegrees(...spec.rotationDeg) : null;
  const c = spec.centreMm;
  const amount = spec.irregularity ?? 0;
  const phase = idPhase(spec.id);
  const mean = (r[0] + r[1] + r[2]) / 3;
  /**
   * An inner part (core, necrosis): with an irregular lesion, off-centre by up to a sixth of the
   * radius and with its own uneven outline, so a rim round it is thicker on one side than the
   * other (no perfect doughnut); otherwise a plain concentric ellipsoid.
   */
  const core = (f: number): Shape => {
    if (amount <= 0) return new Ellipsoid(c, [r[0] * f, r[1] * f, r[2] * f], rot);
    const k = mean * (1 - f) * 0.5;
    const shifted: Vec3 = [
      c[0] + k * Math.cos(phase),
      c[1] + k * Math.sin(phase),
      c[2] + 0.5 * k * Math.sin(2 * phase),
    ];
    return new Warped(
      new Ellipsoid(shifted, [r[0] * f, r[1] * f, r[2] * f], rot),
      mean * f * amount * 1.4,
      Math.max(6, mean * f * 1.4),
      phase + 1,
    );
  };
  const out: Structure[] = [];
  const push = (suffix: string, tissue: TissueId, shape: Shape, texture: number) =>
    out.push(structure(`lesion:${spec.id}${suffix}`, tissue, shape, spec.region, texture, spec.id));

  if (spec.spicules) {
    // model assumption: the desmoplastic reaction is a few fibrous bands, not a sunburst: thick
    // and thin, long and short, each kinking once or twice on its way through the fat to a loop it
    // tethers (scene.ts cuts them at the bowel wall), some forking. The thickest run caudally
    // along the vessels leaving the root, sheathing them (encasement). Directions are drawn at
    // random but kept near the horizontal or the frontal plane, so axial and coronal sections
    // both catch lengths of strand; the rest of a strand leaves the section as a dot or a stub.
    const rand = seeded(phase);
    const strands: Shape[] = [];
    const L = spec.spicules.lengthMm;
    const count = spec.spicules.count;
    const unit = (v: Vec3): Vec3 => {
      const l = Math.hypot(...v) || 1;
      return [v[0] / l, v[1] / l, v[2] / l];
    };
    const strand = (from: Vec3, dir: Vec3, len: number, r0: number, forks: boolean, flat: number, caudal: boolean) => {
      const pts: Vec3[] = [from];
      let d = dir;
      const n = 4;
      for (let k = 1; k <= n; k++) {
        const q = pts[k - 1]!;
        const step = (len / n) * (0.7 + 0.6 * rand());
        pts.push([q[0] + d[0] * step, q[1] + d[1] * step, q[2] + d[2] * step]);
        // A kink: the next piece turns by up to ~40°, staying near its plane.
        const t = [rand() - 0.5, rand() - 0.5, rand() - 0.5].map((v, j) =>
          j === flat ? 0.06 * v : caudal ? 0.5 * v : v,
        ) as [number, number, number];
        d = unit([d[0] + 0.8 * t[0], d[1] + 0.8 * t[1], d[2] + 0.8 * t[2]]);
      }
      const radii = pts.map((_, k) => Math.max(0.45, r0 * (1 - (caudal ? 0.14 : 0.22) * k) * (0.8 + 0.4 * rand())));
      strands.push(new Tube(pts, radii));
      // A band is wider across its plane than it is thick: a second cord beside the first.
      if (!caudal) {
        const o = (rand() < 0.5 ? -1 : 1) * (1.5 + 1.5 * rand());
        strands.push(
          new Tube(
            pts.map((p): Vec3 => [p[0], p[1] + (flat === 1 ? o : 0), p[2] + (flat === 2 ? o : 0)]),
            radii.map((v) => 0.8 * v),
          ),
        );
      }
      if (forks) {
        const at = pts[2]!;
        const side = unit([d[0] + (rand() - 0.5) * 1.6, d[1] + (rand() - 0.5) * 1.6, d[2] + (rand() - 0.5) * 1.6]);
        const bl = len * (0.25 + 0.2 * rand());
        strands.push(
          new Tube([at, [at[0] + side[0] * bl, at[1] + side[1] * bl, at[2] + side[2] * bl]], [radii[2]! * 0.8, 0.4]),
        );
      }
    };
    for (let i = 0; i < count; i++) {
      // Two caudal sheaths along the root vessels, then the rest near the axial (z flat) or the
      // frontal (y flat) plane, at uneven angles.
      const caudal = i < 2;
      const flat = caudal ? 1 : i % 2 === 0 ? 2 : 1;
      const a = 2 * Math.PI * rand();
      const raw: Vec3 = caudal
        ? [(i === 0 ? -0.55 : 0.05) + 0.1 * (rand() - 0.5), -0.2, -1]
        : flat === 2
          ? [Math.cos(a), Math.sin(a), 0.06 * (rand() - 0.5)]
          : [Math.cos(a), 0.06 * (rand() - 0.5), Math.sin(a)];
      const d = unit(raw);
      const reach = 0.8 / Math.hypot(d[0] / r[0], d[1] / r[1], d[2] / r[2]);
      // model assumption: the strands lie in two sheets: one through the middle of the mass
      // (horizontal) and the mesenteric sheet a little in front of its mid-plane (frontal), each
      // a few mm thick, so the strands are long in-plane on axial and coronal sections alike.
      const sheet = (k: 1 | 2, at: number) => c[k] + (at + 0.08 * (rand() - 0.5)) * r[k];
      const from: Vec3 = [
        c[0] + d[0] * reach,
        caudal || flat === 2 ? c[1] + d[1] * reach : sheet(1, -0.3),
        caudal || flat === 1 ? c[2] + d[2] * reach : sheet(2, 0),
      ];
      const len = caudal ? L * (0.7 + 0.2 * rand()) : L * (0.35 + 0.85 * rand());
      const r0 = caudal ? 5 + rand() : 0.8 + 2.2 * rand() * rand();
      strand(from, d, len, r0, !caudal && rand() < 0.4, flat, caudal);
    }
    push(':spicules', STRAND_TISSUE[spec.tissue] ?? spec.tissue, new Union(strands), 0.3);
  }
  if (spec.rim) {
    push(':rim', spec.rim.tissue, outline, 0.6);
    const t = spec.rim.thicknessMm;
    // An irregular lesion's rim is eccentric and uneven: the inner part is shifted in the axial
    // plane by 0.6 of the rim's thickness (thick on one side, thin, at least 0.6 mm, on the other)
    // and its outline warped by about ±45 % of the thickness on top.
    const s = 0.6 * t;
    const inner =
      amount > 0
        ? new Intersection([
            new Warped(
              new Offset(new Translated(outline, [s * Math.cos(phase + 2), s * Math.sin(phase + 2), 0]), -t),
              t * 0.45,
              Math.max(5, mean * 0.5),
              phase + 2,
            ),
            new Offset(outline, -0.6),
          ])
        : new Offset(outline, -t);
    push('', spec.tissue, inner, LESION_TEXTURE);
  } else {
    push('', spec.tissue, outline, LESION_TEXTURE);
  }
  if (spec.targetCore) {
    const f = spec.targetCore;
    push(':target-core', 'fibrous-core', core(f), 0.5);
  }
  if (spec.necroticCore) {
    const f = spec.necroticCore;
    push(':necrosis', 'necrosis', new Lobulated(core(f), c, Math.min(...r) * f * 0.18, 3, 2), 0.6);
  }
  spec.cysticParts?.forEach((part, i) => {
    push(
      `:cyst-${i}`,
      'cyst-fluid',
      new Ellipsoid(
        [c[0] + part.offsetMm[0], c[1] + part.offsetMm[1], c[2] + part.offsetMm[2]],
        [part.radiusMm, part.radiusMm, part.radiusMm],
      ),
      0,
    );
  });
  spec.calcifications?.forEach((part, i) => {
    push(
      `:calcification-${i}`,
      'calcification',
      new Ellipsoid(
        [c[0] + part.offsetMm[0], c[1] + part.offsetMm[1], c[2] + part.offsetMm[2]],
        [part.radiusMm, part.radiusMm, part.radiusMm],
      ),
      0,
    );
  });
  return out;
}
