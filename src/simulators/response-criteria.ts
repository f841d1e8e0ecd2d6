/** Public path of the response-criteria engine; the simulator lives in ./response-criteria/. */
export * from './response-criteria/engine';
