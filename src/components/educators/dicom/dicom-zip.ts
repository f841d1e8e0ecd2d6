import { strToU8, zipSync, type Zippable } from 'fflate';
import { dicomSliceFile, SIMULATED_NOTE } from './dicom-file';
import type { PlannedSeries } from './figure-series';

/**
 * A case's DICOM series as one zip: `<name>/<series folder>/IM0001.dcm …` and a README that
 * says the images are simulated and how to open them. DICOM files are stored, not compressed
 * (noise does not compress), which also lets a viewer read them straight from some zip tools.
 * Slices render one at a time, yielding between them, so the page stays responsive.
 */
export interface DicomZip {
  readonly bytes: Uint8Array;
  readonly series: number;
  readonly slices: number;
  readonly files: Readonly<Record<string, Uint8Array>>;
}

export const dicomReadme = (title: string, series: readonly PlannedSeries[]) =>
  [
    title,
    '',
    SIMULATED_NOTE,
    '',
    'Series:',
    ...series.map(
      (s) =>
        `  ${s.folder}: ${s.info.modality}, ${s.info.seriesDescription}, ${s.slices.length} image${s.slices.length === 1 ? '' : 's'}`,
    ),
    '',
    'To open: unzip, then open the folder in a free DICOM viewer, e.g. Weasis (File > Import > DICOM folder),',
    '3D Slicer (Add DICOM Data > Import), Horos on macOS (Import), or MicroDicom on Windows (File > Scan for DICOM files).',
    'CT values read in Hounsfield units; the window presets (abdomen, liver, bone, lung) are in each file.',
    '',
  ].join('\n');

export async function dicomZip(
  name: string,
  title: string,
  series: readonly PlannedSeries[],
  onProgress: (done: number, total: number) => void = () => {},
  modified = new Date(Date.UTC(2026, 0, 1)),
): Promise<DicomZip> {
  const files: Record<string, Uint8Array> = {};
  const total = series.reduce((n, s) => n + s.slices.length, 0);
  let done = 0;
  for (const s of series) {
    for (const render of s.slices) {
      const slice = render();
      files[`${name}/${s.folder}/IM${String(slice.instanceNumber).padStart(4, '0')}.dcm`] = new Uint8Array(
        dicomSliceFile(s.info, slice),
      );
      done += 1;
      onProgress(done, total);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  files[`${name}/README.txt`] = strToU8(dicomReadme(title, series));
  const zippable: Zippable = {};
  for (const [path, bytes] of Object.entries(files))
    zippable[path] = [bytes, { mtime: modified, level: path.endsWith('.dcm') ? 0 : 6 }];
  return { bytes: zipSync(zippable), series: series.length, slices: total, files };
}
