import { CT_WINDOW_PRESETS } from '../../../imaging/index';
import type { ResponseCase } from '../../../simulators/response-criteria/cases';
import { portalVenousAttenuation, type KeyImagePhase } from '../../../simulators/response-criteria/case-scenes';
import { timePointLabel } from '../../../simulators/response-criteria/measurements';
import { renderKeyImage } from '../../../simulators/response-criteria/image-runtime';
import type { PlannedSeries } from './figure-series';

/**
 * The DICOM studies of a response-criteria case: one study per time point (baseline and each
 * follow-up), each with a portal-venous series (the lesion bodies at the case's attenuation,
 * for RECIST and Choi) and a late-arterial series (the enhancing part, for mRECIST). A series
 * holds one key image per lesion present, centred on it, as the simulator shows them; every
 * image carries its own position, so a viewer places each lesion where it lies.
 */
const windows = [
  { center: CT_WINDOW_PRESETS.abdomen.level, width: CT_WINDOW_PRESETS.abdomen.width, name: 'ABDOMEN' },
  { center: CT_WINDOW_PRESETS.liver.level, width: CT_WINDOW_PRESETS.liver.width, name: 'LIVER' },
];

export function responseCaseSeries(responseCase: ResponseCase, size = 256): PlannedSeries[] {
  const planned: PlannedSeries[] = [];
  const timePoints = [0, ...responseCase.followUps.map((_, i) => i + 1)];
  for (const timePoint of timePoints) {
    const lesions = [...portalVenousAttenuation(responseCase, timePoint).keys()];
    const studyKey = `gepnet:response:${responseCase.id}:${timePoint}`;
    const phases: KeyImagePhase[] = ['portal-venous', 'late-arterial'];
    phases.forEach((phase, p) => {
      const seriesNumber = p + 1;
      planned.push({
        info: {
          studyKey,
          seriesKey: `${studyKey}:${phase}`,
          frameOfReferenceKey: `${studyKey}:frame`,
          modality: 'CT',
          studyDescription: `Response case: ${responseCase.title}, ${timePointLabel(responseCase, timePoint)}`,
          seriesDescription: `CT ${phase}, key images of ${lesions.length} lesion${lesions.length === 1 ? '' : 's'}`,
          seriesNumber,
          patientId: `SIMULATED-response-${responseCase.id}`,
          // One examination date per time point, three months apart (fictitious).
          studyDate: new Date(Date.UTC(2026, 0, 1 + 91 * timePoint)).toISOString().slice(0, 10).replace(/-/g, ''),
          // model assumption: key images written as 5 mm slices.
          sliceThicknessMm: 5,
          rescaleSlope: 1,
          rescaleIntercept: -1024,
          rescaleType: 'HU',
          windows,
          bodyPart: 'ABDOMEN',
        },
        folder: `T${timePoint}-S${seriesNumber}-${phase}`,
        slices: lesions.map((lesionId, index) => () => {
          const image = renderKeyImage(responseCase, lesionId, timePoint, phase, size);
          return { values: image.values, plane: image.plane, instanceNumber: index + 1 };
        }),
      });
    });
  }
  return planned;
}
