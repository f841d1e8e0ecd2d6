/**
 * Splits the island's start-up into shorter tasks: in the browser, the model for the page's first
 * protocol (DEFAULT_PROTOCOL, which the island starts with) is integrated in a task of its own
 * before the island hydrates. Simulator.svelte imports this module; its top-level await holds
 * the island's module, and so its hydration, until then. The result stays in the model's cache,
 * so the hydration itself only reads it.
 */
import { DEFAULT_PROTOCOL, phaseWindows } from '../../physics/contrast-timing';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

if (typeof window !== 'undefined') {
  await nextTask();
  phaseWindows(DEFAULT_PROTOCOL);
  await nextTask();
}

export {};
