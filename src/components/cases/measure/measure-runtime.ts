/**
 * The measuring tools as the case viewer loads them: only once the learner picks the caliper or
 * the ROI (a dynamic import), so a case page that is only looked at never downloads them.
 */
export { default as MeasurementOverlay } from './MeasurementOverlay.svelte';
export { describeMeasurement } from './measurements';
