/**
 * The study a response assessment reads (baseline and follow-up target measurements), and the
 * checks that make a target selection valid under RECIST 1.1 before any category is given.
 *
 * Selection rules (Eisenhauer et al., Eur J Cancer 2009;45:228-247, RECIST 1.1): at most 5 target
 * lesions and at most 2 per organ, all lymph nodes counting as one organ; a non-nodal target
 * measures at least 10 mm (longest diameter) and a nodal target at least 15 mm (short axis) at
 * baseline; every follow-up measures exactly the baseline targets.
 *
 * Measurements are held as whole hundredths (of a mm, of a HU) so that sums and threshold
 * comparisons are exact integer arithmetic: 12.3 + 17.7 is exactly 30.
 */
import { isRecord } from '../../lib/is-record';

export type NonTargetStatus = 'absent' | 'present' | 'progression';

export interface Lesion {
  readonly id: string;
  /** Organ at baseline ("liver", "pancreas", …). Nodes are grouped whatever this says. */
  readonly organ?: string;
  readonly nodal?: boolean;
  /** Longest diameter; short axis for a nodal lesion; 0 = gone. */
  readonly diameterMm: number;
  /** Mean attenuation on portal-venous CT, for Choi. */
  readonly attenuationHu?: number;
  /** Longest diameter of arterially enhancing (viable) tumour, for mRECIST. */
  readonly viableDiameterMm?: number;
}

export interface Study {
  readonly baseline: { readonly targets: readonly Lesion[]; readonly nonTarget?: 'absent' | 'present' };
  readonly followUps: readonly {
    readonly label?: string;
    readonly targets: readonly Lesion[];
    readonly nonTarget?: NonTargetStatus;
    readonly newLesions?: boolean;
  }[];
}

/** One target at one time point, in hundredths. `null` = not given. */
export interface Measurement {
  readonly diameter: number;
  readonly attenuation: number | null;
  readonly viable: number | null;
}

export interface TimePoint {
  readonly label: string;
  /** In baseline target order. */
  readonly measurements: readonly Measurement[];
  readonly nonTarget: NonTargetStatus;
  readonly newLesions: boolean;
}

export interface CheckedStudy {
  readonly targets: readonly { readonly id: string; readonly organ: string; readonly nodal: boolean }[];
  /** Index 0 is the baseline; then the follow-ups in order. */
  readonly timePoints: readonly TimePoint[];
}

export const MAX_TARGETS = 5;
export const MAX_TARGETS_PER_ORGAN = 2;
/** Hundredths of a millimetre. */
export const MIN_NON_NODAL_TARGET = 1000;
export const MIN_NODAL_TARGET = 1500;

export const toHundredths = (value: number): number => Math.round(value * 100);

const describe = (value: unknown): string => {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/** A non-negative finite number, or an error sentence. */
function readMeasure(value: unknown, where: string, field: string, required: boolean, errors: string[]): number | null {
  if (value === undefined && !required) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push(`${where}: ${field} must be a number; got ${describe(value)}.`);
    return null;
  }
  if (value < 0) {
    errors.push(`${where}: ${field} cannot be negative; got ${value}.`);
    return null;
  }
  return toHundredths(value);
}

interface ReadLesion {
  readonly id: string | null;
  readonly organ: string | null;
  readonly nodal: boolean;
  readonly measurement: Measurement | null;
}

function readLesion(raw: unknown, where: string, atBaseline: boolean, errors: string[]): ReadLesion {
  if (!isRecord(raw)) {
    errors.push(`${where} must be an object with id and diameterMm; got ${describe(raw)}.`);
    return { id: null, organ: null, nodal: false, measurement: null };
  }
  const id = typeof raw.id === 'string' && raw.id.trim() !== '' ? raw.id : null;
  if (id === null) errors.push(`${where}: id must be a non-empty text; got ${describe(raw.id)}.`);
  const named = id === null ? where : `${where} ("${id}")`;
  let organ: string | null = null;
  if (atBaseline) {
    if (typeof raw.organ === 'string' && raw.organ.trim() !== '') organ = raw.organ.trim().toLowerCase();
    else errors.push(`${named}: organ must be a non-empty text at baseline; got ${describe(raw.organ)}.`);
  }
  if (raw.nodal !== undefined && typeof raw.nodal !== 'boolean') {
    errors.push(`${named}: nodal must be true or false; got ${describe(raw.nodal)}.`);
  }
  const diameter = readMeasure(raw.diameterMm, named, 'diameterMm', true, errors);
  const attenuation = readMeasure(raw.attenuationHu, named, 'attenuationHu', false, errors);
  const viable = readMeasure(raw.viableDiameterMm, named, 'viableDiameterMm', false, errors);
  return {
    id,
    organ,
    nodal: raw.nodal === true,
    measurement: diameter === null ? null : { diameter, attenuation, viable },
  };
}

function readTargets(raw: unknown, where: string, errors: string[]): unknown[] {
  if (!Array.isArray(raw)) {
    errors.push(`${where} must be a list of lesions; got ${describe(raw)}.`);
    return [];
  }
  return raw;
}

/** Check the baseline selection rules; push one sentence per broken rule. */
function checkSelection(lesions: readonly ReadLesion[], errors: string[]): void {
  if (lesions.length === 0) errors.push('baseline.targets: choose at least one target lesion.');
  if (lesions.length > MAX_TARGETS) {
    errors.push(
      `baseline.targets: RECIST 1.1 allows at most ${MAX_TARGETS} target lesions; ${lesions.length} were given.`,
    );
  }
  const perOrgan = new Map<string, string[]>();
  lesions.forEach((lesion, i) => {
    const name = lesion.id ?? `#${i + 1}`;
    if (lesion.organ !== null) {
      const organ = lesion.nodal ? 'lymph nodes' : lesion.organ;
      perOrgan.set(organ, [...(perOrgan.get(organ) ?? []), name]);
    }
    const diameter = lesion.measurement?.diameter;
    if (diameter === undefined) return;
    if (lesion.nodal && diameter < MIN_NODAL_TARGET) {
      errors.push(
        `baseline.targets[${i}] ("${name}"): a nodal target needs a short axis of at least 15 mm at baseline; it measures ${diameter / 100} mm.`,
      );
    } else if (!lesion.nodal && diameter < MIN_NON_NODAL_TARGET) {
      errors.push(
        `baseline.targets[${i}] ("${name}"): a non-nodal target needs a longest diameter of at least 10 mm at baseline; it measures ${diameter / 100} mm.`,
      );
    }
  });
  for (const [organ, names] of perOrgan) {
    if (names.length > MAX_TARGETS_PER_ORGAN) {
      const note = organ === 'lymph nodes' ? ' (all lymph nodes count as one organ)' : '';
      errors.push(
        `baseline.targets: at most ${MAX_TARGETS_PER_ORGAN} targets per organ; ${organ}${note} has ${names.length} (${names.join(', ')}).`,
      );
    }
  }
}

const NON_TARGET_VALUES: readonly NonTargetStatus[] = ['absent', 'present', 'progression'];

/**
 * Read and check a study. Returns every problem found as a sentence naming where it is; the
 * checked study only when there are none.
 */
export function checkStudy(raw: unknown): { errors: string[]; study: CheckedStudy | null } {
  const errors: string[] = [];
  if (!isRecord(raw)) return { errors: ['The study must be an object with baseline and followUps.'], study: null };
  if (!isRecord(raw.baseline)) {
    errors.push(`baseline must be an object with targets; got ${describe(raw.baseline)}.`);
  }
  const baselineRaw = isRecord(raw.baseline) ? raw.baseline : {};
  const baselineLesions = readTargets(baselineRaw.targets, 'baseline.targets', errors).map((l, i) =>
    readLesion(l, `baseline.targets[${i}]`, true, errors),
  );
  checkSelection(baselineLesions, errors);
  const ids = baselineLesions.map((l) => l.id);
  const duplicates = ids.filter((id, i) => id !== null && ids.indexOf(id) !== i);
  if (duplicates.length > 0)
    errors.push(`baseline.targets: each id must be unique; repeated: ${[...new Set(duplicates)].join(', ')}.`);
  const baselineNonTarget = baselineRaw.nonTarget ?? 'absent';
  if (baselineNonTarget !== 'absent' && baselineNonTarget !== 'present') {
    errors.push(`baseline.nonTarget must be "absent" or "present"; got ${describe(baselineRaw.nonTarget)}.`);
  }

  const followUpsRaw = Array.isArray(raw.followUps) ? raw.followUps : [];
  if (!Array.isArray(raw.followUps)) errors.push(`followUps must be a list; got ${describe(raw.followUps)}.`);
  const timePoints: TimePoint[] = [];
  timePoints.push({
    label: 'Baseline',
    measurements: baselineLesions.map((l) => l.measurement ?? { diameter: 0, attenuation: null, viable: null }),
    nonTarget: baselineNonTarget === 'present' ? 'present' : 'absent',
    newLesions: false,
  });

  followUpsRaw.forEach((f: unknown, k: number) => {
    const where = `followUps[${k}]`;
    if (!isRecord(f)) {
      errors.push(`${where} must be an object with targets; got ${describe(f)}.`);
      return;
    }
    const label = typeof f.label === 'string' && f.label.trim() !== '' ? f.label : `Follow-up ${k + 1}`;
    if (f.label !== undefined && typeof f.label !== 'string') errors.push(`${where}: label must be text.`);
    const lesions = readTargets(f.targets, `${where}.targets`, errors).map((l, i) =>
      readLesion(l, `${where}.targets[${i}]`, false, errors),
    );
    const byId = new Map<string, Measurement | null>();
    for (const lesion of lesions) {
      if (lesion.id === null) continue;
      if (byId.has(lesion.id)) errors.push(`${where} (${label}): target "${lesion.id}" is measured twice.`);
      else if (!ids.includes(lesion.id)) {
        errors.push(
          `${where} (${label}): "${lesion.id}" is not a baseline target; follow-ups measure exactly the baseline targets.`,
        );
      }
      byId.set(lesion.id, lesion.measurement);
    }
    const missing = ids.filter((id): id is string => id !== null && !byId.has(id));
    if (missing.length > 0) {
      errors.push(
        `${where} (${label}): baseline target${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} not measured.`,
      );
    }
    const nonTarget = f.nonTarget ?? timePoints[0]?.nonTarget ?? 'absent';
    if (!NON_TARGET_VALUES.includes(nonTarget as NonTargetStatus)) {
      errors.push(
        `${where} (${label}): nonTarget must be "absent", "present" or "progression"; got ${describe(f.nonTarget)}.`,
      );
    }
    if (f.newLesions !== undefined && typeof f.newLesions !== 'boolean') {
      errors.push(`${where} (${label}): newLesions must be true or false; got ${describe(f.newLesions)}.`);
    }
    timePoints.push({
      label,
      measurements: ids.map(
        (id) => (id === null ? null : byId.get(id)) ?? { diameter: 0, attenuation: null, viable: null },
      ),
      nonTarget: nonTarget as NonTargetStatus,
      newLesions: f.newLesions === true,
    });
  });

  if (errors.length > 0) return { errors, study: null };
  return {
    errors,
    study: {
      targets: baselineLesions.map((l) => ({ id: l.id ?? '', organ: l.organ ?? '', nodal: l.nodal })),
      timePoints,
    },
  };
}
