/**
 * Public API of the imaging engine (pure TypeScript, no DOM):
 *
 *   buildScene({ anatomy, lesions })           → Scene (phantom + lesions)
 *   sceneFor(caseScene, timepoint)             → Scene of a figure case
 *   renderSlice(scene, request)                → RenderedSlice (Float32Array in HU / MR signal / ADC / SUV);
 *                                                CT at any moment after injection with request.timeS
 *   prepareCtTimeSeries(scene, request)        → CtTimeSeries: valuesAt(timeS, protocol) in a few ms
 *   ctSignalAt(timeS, protocol)                → HU of every tissue at that moment
 *   toGreyscaleRgba(values, window)            → RGBA bytes;  fusePetOnCt(ct, suv, window, suvMax)
 *   regionAt / regionsInSlice / lesionSection  → hit tests, labelled regions, outlines
 *   caliperDistanceMm / circularRoi            → measurement tools
 */
export * from './acquisitions';
export * from './display';
export * from './measurement';
export { renderSlice, type RenderedSlice, type SliceRequest } from './render';
export { prepareCtTimeSeries, type CtTimeSeries, type CtTimeSeriesRequest } from './ct-time-series';
export { ctSignalAt, ctSignal, type SignalTable } from './signal-models';
export {
  regionAt,
  regionsInSlice,
  lesionSection,
  refineRegion,
  type RegionHit,
  type SliceRegion,
  type LesionSection,
} from './regions';
export { buildScene, DEFAULT_ANATOMY, type Scene, type AnatomyOptions } from './scene';
export { sceneFor, sliceRequest, stackPositions, lesionAt, type Timepoint } from './case-scene';
export type { SceneEntry, ViewEntry, AnnotationEntry, LesionEntry } from './case-spec';
export { imagePlane, pixelToPatient, patientToPixel, type ImagePlane, type PlaneOrientation } from './planes';
export type { LesionSpec } from './lesions';
export { TISSUES, type TissueId } from './tissues';
