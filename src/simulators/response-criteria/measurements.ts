/**
 * The learner's measurement table on the response-criteria page: for every candidate lesion and
 * time point, the diameter (mm), mean attenuation (HU) and viable diameter (mm) that go into
 * assessResponse. It starts from the case's reference numbers; the learner overwrites cells by
 * typing or with the caliper and ROI tools. An empty cell is NaN, which assessResponse's
 * validation reports as "must be a number".
 */
import type { Study } from './engine';
import type { CandidateMeasurement, ResponseCase } from './cases';

export type MeasurementField = 'diameterMm' | 'attenuationHu' | 'viableDiameterMm';

/** Lesion id → measurements at [baseline, follow-up 1, …]. */
export type MeasurementTable = Readonly<Record<string, readonly CandidateMeasurement[]>>;

/** Name of a time point: "Baseline" (0) or the follow-up's label. */
export function timePointLabel(responseCase: ResponseCase, timePoint: number): string {
  return timePoint === 0 ? 'Baseline' : (responseCase.followUps[timePoint - 1]?.label ?? `Follow-up ${timePoint}`);
}

/** The case's own numbers, as a starting table. */
export function referenceMeasurements(responseCase: ResponseCase): MeasurementTable {
  return Object.fromEntries(responseCase.candidates.map((c) => [c.id, [c.baseline, ...c.followUps]]));
}

/** Rounds a tool reading the way a report would: diameters to 0.1 mm, attenuation to 1 HU. */
export function roundReading(field: MeasurementField, value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`${field} reading must be a number; got ${value}`);
  return field === 'attenuationHu' ? Math.round(value) : Math.round(value * 10) / 10;
}

/** A copy of `table` with one cell changed (NaN for a cell the learner emptied). */
export function setMeasurement(
  table: MeasurementTable,
  lesionId: string,
  timePoint: number,
  field: MeasurementField,
  value: number,
): MeasurementTable {
  const row = table[lesionId];
  if (!row) throw new RangeError(`no lesion "${lesionId}" in the measurement table`);
  if (!Number.isInteger(timePoint) || timePoint < 0 || timePoint >= row.length)
    throw new RangeError(`timePoint must be 0 to ${row.length - 1}; got ${timePoint}`);
  const next = row.map((m, k) => (k === timePoint ? { ...m, [field]: value } : m));
  return { ...table, [lesionId]: next };
}

/** The study assessResponse reads, from the chosen targets and the table's numbers. */
export function studyFromMeasurements(
  responseCase: ResponseCase,
  targetIds: readonly string[],
  table: MeasurementTable,
): Study {
  const chosen = targetIds.map((id) => responseCase.candidates.find((c) => c.id === id)).filter((c) => c !== undefined);
  const at = (id: string, k: number): CandidateMeasurement => table[id]?.[k] ?? { diameterMm: Number.NaN };
  return {
    baseline: {
      targets: chosen.map((c) => ({ id: c.id, organ: c.organ, nodal: c.nodal, ...at(c.id, 0) })),
      nonTarget: responseCase.baselineNonTarget,
    },
    followUps: responseCase.followUps.map((f, k) => ({
      label: f.label,
      nonTarget: f.nonTarget,
      newLesions: f.newLesions,
      targets: chosen.map((c) => ({ id: c.id, ...at(c.id, k + 1) })),
    })),
  };
}
