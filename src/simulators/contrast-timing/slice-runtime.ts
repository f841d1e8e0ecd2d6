/**
 * The imaging engine as the contrast-timing page loads it on demand (dynamic import), when the
 * slice comes into view, so the page's first JavaScript stays small.
 */
export { buildScene } from '../../imaging/scene';
export { prepareCtTimeSeries, type CtTimeSeries } from '../../imaging/ct-time-series';
export { ctSignalAt } from '../../imaging/signal-models';
export { toGreyscaleRgba, CT_WINDOW_PRESETS, type DisplayWindow } from '../../imaging/display';
export { patientToPixel } from '../../imaging/planes';
