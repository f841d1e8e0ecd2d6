import type { Component } from 'svelte';
import type { Item, ItemType } from '../../quiz-engine/items/schema';
import type { ItemResponse } from '../../quiz-engine/items/response';
import type { Reveal } from './reveal';
import ChoiceInput from './ChoiceInput.svelte';

/** What ItemView passes to the input of any item type. */
export interface ItemInputProps<I extends Item = Item> {
  item: I;
  /** The session's display order of the item's lists (see displayOrder). */
  order: Readonly<Record<string, string[]>>;
  response: ItemResponse | undefined;
  locked: boolean;
  reveal: Reveal;
  /** Case steps: feedback as each step is committed (tutor/practice) or none (exam). */
  stepReveal: Reveal;
  /** Prefix for element ids, so the same item can appear twice on a page. */
  idPrefix: string;
  onchange: (response: ItemResponse) => void;
}

/** Keyboard hooks an input may export: number key n picks the n-th choice; Enter commits a step. */
export interface ItemInputHooks {
  pick?: (n: number) => boolean;
  enter?: () => boolean;
}

type ItemInput = Component<ItemInputProps<never>, ItemInputHooks>;
type Loader = () => Promise<{ default: ItemInput }>;

/**
 * The input component of each item type: ONE map. Choice questions (most of the bank) are
 * bundled with the quiz pages; the rarer types load on demand, so the pages' first JavaScript
 * and hydration stay small.
 */
const inputs: { readonly [T in ItemType]: { readonly component: ItemInput } | { readonly load: Loader } } = {
  'single-best': { component: ChoiceInput as ItemInput },
  'multiple-response': { component: ChoiceInput as ItemInput },
  ordering: { load: () => import('./OrderingInput.svelte') as Promise<{ default: ItemInput }> },
  matching: { load: () => import('./MatchingInput.svelte') as Promise<{ default: ItemInput }> },
  numeric: { load: () => import('./NumericItemInput.svelte') as Promise<{ default: ItemInput }> },
  hotspot: { load: () => import('./HotspotInput.svelte') as Promise<{ default: ItemInput }> },
  case: { load: () => import('./CaseInput.svelte') as Promise<{ default: ItemInput }> },
};

let preloading = false;
const loaded = new Map<ItemType, ItemInput | Promise<ItemInput>>();

/**
 * The input component for a type: the component itself once it is loaded (so `{#await}` shows
 * it at once), or the promise of it the first time.
 */
export function inputFor(type: ItemType): ItemInput | Promise<ItemInput> {
  const known = loaded.get(type);
  if (known) return known;
  const entry = inputs[type];
  if ('component' in entry) return entry.component;
  const pending = entry.load().then(
    (module) => {
      loaded.set(type, module.default);
      return module.default;
    },
    (error: unknown) => {
      loaded.delete(type); // try again next time (the file may have failed to arrive)
      throw error;
    },
  );
  loaded.set(type, pending);
  return pending;
}

/**
 * Starts loading every on-demand input when the browser is idle (called once a question is on
 * screen, so later questions of another type show at once; never during the page's first load).
 */
export function preloadInputs(): void {
  if (preloading) return;
  preloading = true;
  const start = () => {
    // A failure is reported when that input is needed (ItemView's {:catch}), not here.
    for (const type of Object.keys(inputs) as ItemType[]) Promise.resolve(inputFor(type)).catch(() => {});
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 5000 });
  else setTimeout(start, 2000);
}
