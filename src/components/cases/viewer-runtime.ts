/**
 * What the case viewer needs on the main thread once it is on screen: the slice positions of each
 * stack and the window/colour step. Deliberately light; slices are rendered in the imaging worker
 * (render-client.ts) and hit tests load the full engine only when the learner clicks
 * (imaging-runtime.ts).
 */
export { stackPositions } from '../../imaging/stack';
export {
  toGreyscaleRgba,
  fusePetOnCt,
  CT_WINDOW_PRESETS,
  type DisplayWindow,
  type CtWindowPreset,
} from '../../imaging/display-pixels';
