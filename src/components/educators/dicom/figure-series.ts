import {
  CT_WINDOW_PRESETS,
  renderSlice,
  sceneFor,
  sliceRequest,
  stackPositions,
  startingWindow,
  type SceneEntry,
  type ViewEntry,
} from '../../../imaging/index';
import type { DicomModality, DicomSeriesInfo, DicomSlice, WindowPreset } from './dicom-file';

/**
 * The DICOM series of a figure case: one series per distinct view of its panels (panels that
 * show the same acquisition, plane and stack share it), one slice per position of the view's
 * stack, rendered with the imaging engine's public API exactly as the case viewer renders it.
 * A PET/CT view gives two series: the CT (HU) and the PET (SUV).
 */
export interface FigureCaseSource {
  readonly slug: string;
  readonly title: string;
  readonly figure: number;
  readonly scene: SceneEntry;
  readonly panels: readonly { readonly letter: string; readonly caption: string; readonly view: ViewEntry }[];
}

export interface PlannedSeries {
  readonly info: DicomSeriesInfo;
  readonly folder: string;
  /** Renders the slices (the expensive part), one call per slice. */
  readonly slices: readonly (() => DicomSlice)[];
}

// model assumption: a single-slice view (no stack) is written as a 3 mm slice.
const SINGLE_SLICE_MM = 3;
const STUDY_DATE = '20260101';

const ctWindows = (first: keyof typeof CT_WINDOW_PRESETS | undefined): WindowPreset[] => {
  const names = Object.keys(CT_WINDOW_PRESETS) as (keyof typeof CT_WINDOW_PRESETS)[];
  const ordered = first ? [first, ...names.filter((n) => n !== first)] : names;
  return ordered.map((n) => ({
    center: CT_WINDOW_PRESETS[n].level,
    width: CT_WINDOW_PRESETS[n].width,
    name: n.toUpperCase(),
  }));
};

function describeView(view: ViewEntry): string {
  const a = view.acquisition;
  const what =
    a.modality === 'ct'
      ? `CT ${a.phase}`
      : a.modality === 'mri'
        ? `MR ${a.sequence}`
        : a.modality === 'pet-ct'
          ? 'PET/CT'
          : a.modality === 'ceus'
            ? `CEUS ${a.timeS} s`
            : 'US';
  return `${what}, ${view.plane}${view.timepoint === 'follow-up' ? ', follow-up' : ''}`;
}

const viewKey = (view: ViewEntry) =>
  JSON.stringify({ ...view, positionMm: view.stack ? 0 : view.positionMm, window: undefined });

export function figureCaseSeries(source: FigureCaseSource, size = 256): PlannedSeries[] {
  const groups = new Map<string, { view: ViewEntry; letters: string[] }>();
  for (const panel of source.panels) {
    const key = viewKey(panel.view);
    const group = groups.get(key);
    if (group) group.letters.push(panel.letter);
    else groups.set(key, { view: panel.view, letters: [panel.letter] });
  }
  const planned: PlannedSeries[] = [];
  let seriesNumber = 0;
  for (const { view, letters } of groups.values()) {
    const positions = stackPositions(view);
    const thickness = view.stack ? view.stack.stepMm : (view.slabMm ?? SINGLE_SLICE_MM);
    const studyKey = `gepnet:figure:${source.slug}:${view.timepoint}`;
    const base = {
      studyKey,
      frameOfReferenceKey: `${studyKey}:frame`,
      studyDescription: `Figure ${source.figure}: ${source.title}${view.timepoint === 'follow-up' ? ' (follow-up)' : ''}`,
      patientId: `SIMULATED-${source.slug}`,
      studyDate: STUDY_DATE,
      sliceThicknessMm: thickness,
      bodyPart: 'ABDOMEN',
    };
    const a = view.acquisition;
    const render = (position: number) =>
      renderSlice(sceneFor(source.scene, view.timepoint), sliceRequest(view, source.scene.seed, position, size, size));
    const seriesFor = (
      modality: DicomModality,
      suffix: string,
      scale: Pick<DicomSeriesInfo, 'rescaleSlope' | 'rescaleIntercept' | 'rescaleType' | 'windows'> & {
        units?: string;
      },
      pick: (s: ReturnType<typeof render>) => Float32Array,
    ) => {
      seriesNumber += 1;
      const description = `${describeView(view)}${suffix} (panel${letters.length > 1 ? 's' : ''} ${letters.join(', ')})`;
      const info: DicomSeriesInfo = {
        ...base,
        ...scale,
        modality,
        seriesKey: `${studyKey}:series:${seriesNumber}`,
        seriesDescription: description,
        seriesNumber,
      };
      planned.push({
        info,
        folder: `S${String(seriesNumber).padStart(2, '0')}-${modality}-${letters.join('')}`,
        slices: positions.map((position, index) => () => {
          const slice = render(position);
          return { values: pick(slice), plane: slice.plane, instanceNumber: index + 1 };
        }),
      });
    };
    if (a.modality === 'ct' || a.modality === 'pet-ct') {
      seriesFor(
        'CT',
        a.modality === 'pet-ct' ? ' CT part' : '',
        { rescaleSlope: 1, rescaleIntercept: -1024, rescaleType: 'HU', windows: ctWindows(view.window) },
        (s) => s.values,
      );
      if (a.modality === 'pet-ct') {
        // model assumption: SUV stored in thousandths; a 0–10 SUV display window.
        seriesFor(
          'PT',
          ' PET part (SUV)',
          {
            rescaleSlope: 0.001,
            rescaleIntercept: 0,
            rescaleType: 'US',
            windows: [{ center: 5, width: 10, name: 'SUV 0-10' }],
            units: 'GML',
          },
          (s) => s.overlay?.values ?? new Float32Array(s.values.length),
        );
      }
    } else {
      const middle = render(positions[Math.floor(positions.length / 2)]!);
      const w = startingWindow(a, middle.values, view.window);
      if (a.modality === 'mri') {
        // ADC in 10⁻³ mm²/s is stored in thousandths; MR signal (arbitrary units) in tenths.
        const slope = a.sequence === 'adc' ? 0.001 : 0.1;
        seriesFor(
          'MR',
          '',
          {
            rescaleSlope: slope,
            rescaleIntercept: 0,
            rescaleType: 'US',
            windows: [{ center: w.level, width: w.width, name: 'AUTO' }],
          },
          (s) => s.values,
        );
      } else {
        seriesFor(
          'US',
          '',
          {
            rescaleSlope: 0.001,
            rescaleIntercept: 0,
            rescaleType: 'US',
            windows: [{ center: w.level, width: w.width, name: 'DEFAULT' }],
          },
          (s) => s.values,
        );
      }
    }
  }
  return planned;
}
