/** Re-export: the compartment model lives in src/physics/contrast-compartment-model.ts. */
export * from '../physics/contrast-compartment-model';
