/**
 * The imaging engine as the case viewer loads it on demand (dynamic import), so a case page's
 * first JavaScript stays small and the renderer arrives only when a viewer is on screen.
 */
export { renderSlice, type RenderedSlice } from '../../imaging/render';
export {
  toGreyscaleRgba,
  fusePetOnCt,
  startingWindow,
  CT_WINDOW_PRESETS,
  type DisplayWindow,
  type CtWindowPreset,
} from '../../imaging/display';
export { regionAt, regionsInSlice, lesionSection, type SliceRegion, type LesionSection } from '../../imaging/regions';
export { sceneFor, sliceRequest, stackPositions } from '../../imaging/case-scene';
export { describeAcquisition } from '../../imaging/acquisitions';
