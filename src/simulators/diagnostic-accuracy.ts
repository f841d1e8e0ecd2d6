/** Public path of the diagnostic-accuracy engine; the simulator lives in ./diagnostic-accuracy/. */
export * from './diagnostic-accuracy/engine';
