/**
 * The diagnostic-accuracy simulator: the arithmetic (engine.ts), the review's reported figures
 * (scenarios.ts, reported-accuracy.ts) and the scored exercises. The island is Simulator.svelte.
 */
export * from './engine';
export * from './scenarios';
export * from './reported-accuracy';
export * from './exercises';
