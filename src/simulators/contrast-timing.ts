/**
 * The contrast-timing model now lives in src/physics/ (shared physics below the imaging engine and
 * the simulators). This path re-exports it so existing imports keep working.
 */
export * from '../physics/contrast-timing';
