/**
 * The response-criteria simulator: RECIST 1.1, Choi and mRECIST (engine.ts), the case library
 * (cases.ts, case-scenes.ts, measurements.ts). The island is Simulator.svelte in this folder.
 */
export * from './engine';
export * from './cases';
export * from './case-scenes';
export * from './measurements';
