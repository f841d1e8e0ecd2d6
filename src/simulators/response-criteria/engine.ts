/**
 * Tumour response by three sets of criteria, side by side, for every follow-up of a study:
 *
 * - RECIST 1.1 (Eisenhauer et al., Eur J Cancer 2009;45:228-247): sum of diameters (longest for
 *   non-nodal targets, short axis for nodes). PR ≥ 30 % below baseline; PD ≥ 20 % above the nadir
 *   and ≥ 5 mm; CR when non-nodal targets are gone and nodes are < 10 mm.
 * - Choi (Choi et al., J Clin Oncol 2007;25:1753-1759): size (the same sum, a simplification: the
 *   original measured nodes by long axis under RECIST 1.0) and mean attenuation on portal-venous
 *   CT. PR: size ≥ 10 % below baseline or attenuation ≥ 15 % below baseline. PD: size ≥ 10 %
 *   above the nadir unless attenuation has fallen ≥ 15 %.
 * - mRECIST (Lencioni & Llovet, Semin Liver Dis 2010;30:52-60): sum of viable (arterially
 *   enhancing) diameters. PR ≥ 30 % below baseline; PD ≥ 20 % above the nadir (no 5 mm rule).
 *   Built for hepatocellular carcinoma: using it for NET liver metastases is an extrapolation.
 *
 * Thresholds are inclusive and compared exactly (percent-change.ts). The nadir is the smallest sum
 * at any earlier time point, baseline included. A percentage that cannot be computed is null.
 * Public: assessResponse(study).
 */
import { meanReachesDecrease, percentChange, reachesChange } from './percent-change';
import { checkStudy, type CheckedStudy, type Measurement, type Study, type TimePoint } from './study';

export type { Lesion, NonTargetStatus, Study } from './study';

export type ResponseCategory = 'CR' | 'PR' | 'SD' | 'PD' | 'NE';

export interface CriterionVerdict {
  /** Overall time-point response (targets, non-targets and new lesions). */
  readonly category: ResponseCategory;
  /** Target-lesion response alone. */
  readonly targetCategory: ResponseCategory;
  /** Sentences explaining the verdict, with the arithmetic. */
  readonly reasons: string[];
  /** The sum this criterion uses (mRECIST: the viable sum), in mm; null if it cannot be formed. */
  readonly sumMm: number | null;
  readonly baselineSumMm: number | null;
  readonly nadirSumMm: number | null;
  readonly changeFromBaselinePercent: number | null;
  readonly changeFromNadirPercent: number | null;
  readonly changeFromNadirMm: number | null;
}

export interface ChoiVerdict extends CriterionVerdict {
  readonly meanAttenuationHu: number | null;
  readonly baselineMeanAttenuationHu: number | null;
  readonly attenuationChangePercent: number | null;
}

export interface FollowUpAssessment {
  readonly label: string;
  readonly recist: CriterionVerdict;
  readonly choi: ChoiVerdict;
  readonly mrecist: CriterionVerdict;
}

export interface ResponseAssessment {
  readonly errors: string[];
  readonly followUps: FollowUpAssessment[];
}

// Published thresholds (percent), cited in the header.
const RECIST_PR = -30;
const RECIST_PD = 20;
const RECIST_PD_MIN_INCREASE = 500; // 5 mm in hundredths
const RECIST_NODE_NORMAL = 1000; // 10 mm short axis in hundredths
const CHOI_SIZE_PR = -10;
const CHOI_SIZE_PD = 10;
const CHOI_DENSITY_PR = 15;
const MRECIST_PR = -30;
const MRECIST_PD = 20;

const mm = (hundredths: number): string => `${hundredths / 100} mm`;
const hu = (hundredths: number): string => `${Math.round(hundredths) / 100} HU`;
const pct = (value: number | null): string => (value === null ? 'not computable' : `${value > 0 ? '+' : ''}${value} %`);
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

interface SizeSeries {
  readonly value: number;
  readonly baseline: number;
  readonly nadir: number;
}

function sizeArithmetic(s: SizeSeries | null): Omit<CriterionVerdict, 'category' | 'targetCategory' | 'reasons'> {
  if (s === null) {
    return {
      sumMm: null,
      baselineSumMm: null,
      nadirSumMm: null,
      changeFromBaselinePercent: null,
      changeFromNadirPercent: null,
      changeFromNadirMm: null,
    };
  }
  return {
    sumMm: s.value / 100,
    baselineSumMm: s.baseline / 100,
    nadirSumMm: s.nadir / 100,
    changeFromBaselinePercent: percentChange(s.value, 1, s.baseline),
    changeFromNadirPercent: percentChange(s.value, 1, s.nadir),
    changeFromNadirMm: (s.value - s.nadir) / 100,
  };
}

function describeSums(s: SizeSeries, what: string): string {
  return `${what} ${mm(s.value)}: ${pct(percentChange(s.value, 1, s.baseline))} from baseline ${mm(s.baseline)}, ${pct(
    percentChange(s.value, 1, s.nadir),
  )} from nadir ${mm(s.nadir)}.`;
}

/** Target CR under RECIST 1.1: non-nodal targets gone, nodal targets below 10 mm short axis. */
function isTargetCompleteResponse(study: CheckedStudy, measurements: readonly Measurement[]): boolean {
  return measurements.every((m, i) => (study.targets[i]?.nodal ? m.diameter < RECIST_NODE_NORMAL : m.diameter === 0));
}

/** New lesions and unequivocal non-target progression make any criterion PD. */
function overallProgression(point: TimePoint): string[] {
  const reasons: string[] = [];
  if (point.newLesions) reasons.push('A new lesion means progression whatever the targets do.');
  if (point.nonTarget === 'progression')
    reasons.push('Unequivocal progression of non-target disease means progression.');
  return reasons;
}

/** Combine a target response with non-target disease and new lesions (RECIST 1.1 Table 1). */
function combineOverall(target: ResponseCategory, point: TimePoint, reasons: string[]): ResponseCategory {
  const progression = overallProgression(point);
  if (progression.length > 0) {
    reasons.push(...progression);
    return 'PD';
  }
  if (target === 'CR' && point.nonTarget === 'present') {
    reasons.push(
      'Targets have responded completely but non-target disease is still present, so the overall response is PR.',
    );
    return 'PR';
  }
  return target;
}

function assessRecist(study: CheckedStudy, k: number): CriterionVerdict {
  const sums = study.timePoints.map((p) => sum(p.measurements.map((m) => m.diameter)));
  const point = study.timePoints[k] as TimePoint;
  const series: SizeSeries = { value: sums[k] ?? 0, baseline: sums[0] ?? 0, nadir: Math.min(...sums.slice(0, k)) };
  const reasons = [describeSums(series, 'Sum of diameters')];
  let target: ResponseCategory;
  const increase = series.value - series.nadir;
  if (isTargetCompleteResponse(study, point.measurements)) {
    target = 'CR';
    reasons.push('Every non-nodal target has gone and every nodal target is below 10 mm short axis: target CR.');
  } else if (
    increase > 0 &&
    reachesChange(series.value, series.nadir, RECIST_PD) &&
    increase >= RECIST_PD_MIN_INCREASE
  ) {
    target = 'PD';
    reasons.push(
      `The sum is at least 20 % above the nadir and has grown by ${mm(increase)} (at least 5 mm): target PD.`,
    );
  } else if (reachesChange(series.value, series.baseline, RECIST_PR)) {
    target = 'PR';
    reasons.push('The sum is at least 30 % below baseline: target PR.');
  } else {
    target = 'SD';
    if (increase > 0 && reachesChange(series.value, series.nadir, RECIST_PD)) {
      reasons.push(
        `The sum is at least 20 % above the nadir but has grown by only ${mm(increase)}, under the 5 mm minimum: not PD.`,
      );
    }
    reasons.push('Neither 30 % below baseline nor progression from the nadir: target SD.');
  }
  const category = combineOverall(target, point, reasons);
  return { category, targetCategory: target, reasons, ...sizeArithmetic(series) };
}

/** Mean attenuation (hundredths of HU) of the lesions still measurable, as numerator/denominator. */
function meanAttenuation(measurements: readonly Measurement[]): { total: number; count: number } | null {
  const present = measurements.filter((m) => m.diameter > 0);
  if (present.length === 0 || present.some((m) => m.attenuation === null)) return null;
  return { total: sum(present.map((m) => m.attenuation ?? 0)), count: present.length };
}

function assessChoi(study: CheckedStudy, k: number): ChoiVerdict {
  const sums = study.timePoints.map((p) => sum(p.measurements.map((m) => m.diameter)));
  const point = study.timePoints[k] as TimePoint;
  const series: SizeSeries = { value: sums[k] ?? 0, baseline: sums[0] ?? 0, nadir: Math.min(...sums.slice(0, k)) };
  const baselineDensity = meanAttenuation(study.timePoints[0]?.measurements ?? []);
  const density = meanAttenuation(point.measurements);
  const densityChange =
    baselineDensity && density
      ? percentChange(density.total, density.count, baselineDensity.total, baselineDensity.count)
      : null;
  const densityFell =
    baselineDensity && density && baselineDensity.total > 0
      ? meanReachesDecrease(density.total, density.count, baselineDensity.total, baselineDensity.count, CHOI_DENSITY_PR)
      : null;
  const reasons = [describeSums(series, 'Size (sum of diameters)')];
  if (baselineDensity && density) {
    reasons.push(
      `Mean attenuation ${hu(density.total / density.count)}: ${pct(densityChange)} from baseline ${hu(baselineDensity.total / baselineDensity.count)}.`,
    );
  }
  const needsDensity = (why: string): ResponseCategory => {
    reasons.push(`${why}, but an attenuation is missing (baseline or this follow-up): not evaluable.`);
    return 'NE';
  };

  let sizeDensity: ResponseCategory;
  const increase = series.value - series.nadir;
  if (increase > 0 && reachesChange(series.value, series.nadir, CHOI_SIZE_PD)) {
    if (densityFell === null)
      sizeDensity = needsDensity('Size is at least 10 % above the nadir; PD unless attenuation fell by 15 %');
    else if (densityFell) {
      sizeDensity = 'PR';
      reasons.push(
        'Size is at least 10 % above the nadir, but attenuation is at least 15 % below baseline: PR by density, not PD.',
      );
    } else {
      sizeDensity = 'PD';
      reasons.push('Size is at least 10 % above the nadir and attenuation has not fallen by 15 %: PD.');
    }
  } else if (reachesChange(series.value, series.baseline, CHOI_SIZE_PR)) {
    sizeDensity = 'PR';
    reasons.push('Size is at least 10 % below baseline: PR.');
  } else if (densityFell === null) {
    sizeDensity = needsDensity('Size alone does not decide (less than 10 % smaller)');
  } else if (densityFell) {
    sizeDensity = 'PR';
    reasons.push('Attenuation is at least 15 % below baseline: PR even though size changed little.');
  } else {
    sizeDensity = 'SD';
    reasons.push('Size not 10 % smaller and attenuation not 15 % lower, and no progression: SD.');
  }

  const targetComplete = isTargetCompleteResponse(study, point.measurements);
  const targetCategory: ResponseCategory = targetComplete ? 'CR' : sizeDensity;
  let category: ResponseCategory;
  const progression = overallProgression(point);
  if (progression.length > 0) {
    reasons.push(...progression);
    category = 'PD';
  } else if (targetComplete && point.nonTarget === 'absent') {
    reasons.push('All target lesions have gone (nodes below 10 mm), no new lesions and no non-target disease: CR.');
    category = 'CR';
  } else {
    if (targetComplete) reasons.push('Targets have gone but non-target disease remains, so not CR.');
    category = sizeDensity;
  }
  return {
    category,
    targetCategory,
    reasons,
    ...sizeArithmetic(series),
    meanAttenuationHu: density ? Math.round(density.total / density.count) / 100 : null,
    baselineMeanAttenuationHu: baselineDensity ? Math.round(baselineDensity.total / baselineDensity.count) / 100 : null,
    attenuationChangePercent: densityChange,
  };
}

function viableSum(point: TimePoint | undefined): number | null {
  if (!point || point.measurements.some((m) => m.viable === null)) return null;
  return sum(point.measurements.map((m) => m.viable ?? 0));
}

function assessMrecist(study: CheckedStudy, k: number): CriterionVerdict {
  const point = study.timePoints[k] as TimePoint;
  const reasons: string[] = [];
  const baseline = viableSum(study.timePoints[0]);
  const value = viableSum(point);
  const earlier = study.timePoints
    .slice(0, k)
    .map(viableSum)
    .filter((s): s is number => s !== null);
  let target: ResponseCategory;
  let series: SizeSeries | null = null;
  if (baseline === null || value === null) {
    target = 'NE';
    const where = baseline === null ? 'baseline' : point.label;
    reasons.push(`A viable (arterially enhancing) diameter is missing at ${where}: not evaluable.`);
  } else if (baseline === 0) {
    target = 'NE';
    reasons.push('No target enhances arterially at baseline (viable sum 0), so mRECIST cannot be applied.');
  } else {
    series = { value, baseline, nadir: Math.min(...earlier) };
    reasons.push(describeSums(series, 'Sum of viable diameters'));
    const increase = value - series.nadir;
    if (value === 0) {
      target = 'CR';
      reasons.push('No target shows arterial enhancement any more: target CR.');
    } else if (increase > 0 && reachesChange(value, series.nadir, MRECIST_PD)) {
      target = 'PD';
      reasons.push('The viable sum is at least 20 % above its nadir (mRECIST has no 5 mm minimum): target PD.');
    } else if (reachesChange(value, baseline, MRECIST_PR)) {
      target = 'PR';
      reasons.push('The viable sum is at least 30 % below baseline: target PR.');
    } else {
      target = 'SD';
      reasons.push('Neither 30 % below baseline nor 20 % above the nadir: target SD.');
    }
  }
  let category: ResponseCategory;
  const progression = overallProgression(point);
  if (target === 'NE' && progression.length === 0) category = 'NE';
  else category = combineOverall(target, point, reasons);
  return { category, targetCategory: target, reasons, ...sizeArithmetic(series) };
}

/**
 * Assess every follow-up of a study by RECIST 1.1, Choi and mRECIST. Each follow-up is judged
 * against the baseline and every earlier follow-up (the nadir). A study that breaks the selection
 * rules, or holds non-numeric or negative values, returns errors and no categories.
 */
export function assessResponse(study: Study): ResponseAssessment {
  const checked = checkStudy(study as unknown);
  if (checked.study === null) return { errors: checked.errors, followUps: [] };
  const valid = checked.study;
  const followUps = valid.timePoints.slice(1).map((point, i) => ({
    label: point.label,
    recist: assessRecist(valid, i + 1),
    choi: assessChoi(valid, i + 1),
    mrecist: assessMrecist(valid, i + 1),
  }));
  return { errors: [], followUps };
}
