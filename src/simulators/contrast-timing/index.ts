/**
 * The contrast-phase timing simulator: the model (shared physics in src/physics/), the page's
 * challenge and its simulated slice. The island is Simulator.svelte in this folder.
 */
export * from '../../physics/contrast-timing';
export * from './challenge';
export * from './slice';
