import { data as dcmjsData } from 'dcmjs';
import type { ImagePlane } from '../../../imaging/index';
import { dicomUid } from './dicom-uid';

/**
 * One simulated slice as a DICOM Part 10 file, written with dcmjs. Geometry comes from the
 * imaging engine's plane: its patient coordinates (x to the patient's left, y posterior, z
 * head) are DICOM's LPS system, so Image Position (Patient) is the centre of the first pixel
 * and Image Orientation (Patient) the row and column directions, unchanged.
 *
 * Stored pixels are unsigned 16-bit; Rescale Slope/Intercept turn them back into physical
 * values (CT: HU = stored − 1024). Patient and institution fields say, in every file, that
 * the images are simulated and not of a patient.
 */
export type DicomModality = 'CT' | 'MR' | 'PT' | 'US';

const SOP_CLASS: Record<DicomModality, string> = {
  CT: '1.2.840.10008.5.1.4.1.1.2',
  MR: '1.2.840.10008.5.1.4.1.1.4',
  PT: '1.2.840.10008.5.1.4.1.1.128',
  US: '1.2.840.10008.5.1.4.1.1.6.1',
};

export const SIMULATED_PATIENT_NAME = 'SIMULATED^NOT A PATIENT';
export const SIMULATED_INSTITUTION = 'SIMULATED - NOT A PATIENT (GEP-NET Imaging)';
export const SIMULATED_NOTE =
  'SIMULATED - NOT A PATIENT. Synthetic image rendered from a mathematical phantom by the GEP-NET Imaging course, for teaching only. Not for diagnosis or clinical decisions.';

export interface WindowPreset {
  readonly center: number;
  readonly width: number;
  readonly name: string;
}

export interface DicomSeriesInfo {
  /** A key for this study (UIDs derive from it). */
  readonly studyKey: string;
  readonly seriesKey: string;
  readonly frameOfReferenceKey: string;
  readonly modality: DicomModality;
  readonly studyDescription: string;
  readonly seriesDescription: string;
  readonly seriesNumber: number;
  readonly patientId: string;
  /** YYYYMMDD: a fixed, fictitious date (the phantom has no real examination date). */
  readonly studyDate: string;
  readonly sliceThicknessMm: number;
  readonly rescaleSlope: number;
  readonly rescaleIntercept: number;
  /** What the rescaled numbers are: HU for CT, "US" (unspecified) otherwise. */
  readonly rescaleType: string;
  readonly windows: readonly WindowPreset[];
  readonly bodyPart: string;
  /** PET only: the rescaled values are SUV (body weight), g/mL. */
  readonly units?: string;
}

export interface DicomSlice {
  readonly values: Float32Array;
  readonly plane: ImagePlane;
  readonly instanceNumber: number;
}

const lo = (text: string) => (text.length <= 64 ? text : `${text.slice(0, 61)}...`);
const ds = (n: number) => {
  // Decimal String: at most 16 characters.
  const text = String(Math.round(n * 1e6) / 1e6);
  return text.length <= 16 ? text : n.toPrecision(10);
};

function unit(v: readonly [number, number, number]): [number, number, number] {
  const length = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / length, v[1] / length, v[2] / length];
}

/** The stored 16-bit pixels for physical values, with the series' slope and intercept. */
export function storedPixels(values: Float32Array, slope: number, intercept: number): Uint16Array {
  const stored = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const s = Math.round((values[i]! - intercept) / slope);
    stored[i] = s < 0 ? 0 : s > 65535 ? 65535 : s;
  }
  return stored;
}

export function dicomSliceFile(series: DicomSeriesInfo, slice: DicomSlice): ArrayBuffer {
  const { plane } = slice;
  const stored = storedPixels(slice.values, series.rescaleSlope, series.rescaleIntercept);
  const first = [
    plane.origin[0] + (plane.u[0] + plane.v[0]) / 2,
    plane.origin[1] + (plane.u[1] + plane.v[1]) / 2,
    plane.origin[2] + (plane.u[2] + plane.v[2]) / 2,
  ];
  const sopInstanceUid = dicomUid(`${series.seriesKey}:${slice.instanceNumber}`);
  const sopClassUid = SOP_CLASS[series.modality];
  const dataset: Record<string, unknown> = {
    SOPClassUID: sopClassUid,
    SOPInstanceUID: sopInstanceUid,
    ImageType: ['DERIVED', 'SECONDARY', plane.orientation === 'axial' ? 'AXIAL' : 'REFORMATTED'],
    SpecificCharacterSet: 'ISO_IR 100',
    StudyDate: series.studyDate,
    SeriesDate: series.studyDate,
    StudyTime: '090000',
    SeriesTime: '090000',
    AccessionNumber: '',
    Modality: series.modality,
    Manufacturer: 'GEP-NET Imaging teaching phantom (simulation)',
    InstitutionName: SIMULATED_INSTITUTION,
    ReferringPhysicianName: '',
    StudyDescription: lo(`SIMULATED - ${series.studyDescription}`),
    SeriesDescription: lo(`SIMULATED - ${series.seriesDescription}`),
    PatientName: SIMULATED_PATIENT_NAME,
    PatientID: lo(series.patientId),
    PatientBirthDate: '',
    PatientSex: 'O',
    PatientIdentityRemoved: 'YES',
    PatientComments: SIMULATED_NOTE,
    BodyPartExamined: series.bodyPart,
    SliceThickness: ds(series.sliceThicknessMm),
    StudyInstanceUID: dicomUid(series.studyKey),
    SeriesInstanceUID: dicomUid(series.seriesKey),
    StudyID: '1',
    SeriesNumber: String(series.seriesNumber),
    InstanceNumber: String(slice.instanceNumber),
    ImagePositionPatient: first.map(ds),
    ImageOrientationPatient: [...unit(plane.u), ...unit(plane.v)].map(ds),
    FrameOfReferenceUID: dicomUid(series.frameOfReferenceKey),
    PositionReferenceIndicator: '',
    SliceLocation: ds(plane.positionMm),
    ImageComments: SIMULATED_NOTE,
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    Rows: plane.height,
    Columns: plane.width,
    PixelSpacing: [ds(plane.pixelMm), ds(plane.pixelMm)],
    BitsAllocated: 16,
    BitsStored: 16,
    HighBit: 15,
    PixelRepresentation: 0,
    WindowCenter: series.windows.map((w) => ds(w.center)),
    WindowWidth: series.windows.map((w) => ds(w.width)),
    WindowCenterWidthExplanation: series.windows.map((w) => w.name),
    RescaleIntercept: ds(series.rescaleIntercept),
    RescaleSlope: ds(series.rescaleSlope),
    RescaleType: series.rescaleType,
    BurnedInAnnotation: 'NO',
    PixelData: stored.buffer,
    _vrMap: { PixelData: 'OW' },
  };
  if (series.modality === 'CT') Object.assign(dataset, { KVP: '120' });
  if (series.modality === 'PT' && series.units)
    Object.assign(dataset, { Units: series.units, DecayCorrection: 'START', CorrectedImage: ['ATTN', 'DECY'] });
  const meta = {
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: sopClassUid,
    MediaStorageSOPInstanceUID: sopInstanceUid,
    TransferSyntaxUID: '1.2.840.10008.1.2.1',
    ImplementationClassUID: dicomUid('gep-net-imaging:dicom-writer'),
    ImplementationVersionName: 'GEPNET_IMAGING_1',
  };
  const dict = new dcmjsData.DicomDict(dcmjsData.DicomMetaDictionary.denaturalizeDataset(meta));
  dict.dict = dcmjsData.DicomMetaDictionary.denaturalizeDataset(dataset);
  return dict.write();
}
