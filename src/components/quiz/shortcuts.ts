import { confidenceChoices } from './labels';

/**
 * The quiz's keyboard shortcuts, one mapping for every island that asks questions (the quiz
 * and assignment runner, the review queue): 1–9 choose an option, S/U/G set confidence, Enter
 * submits or moves on, N/P next/previous, F flag. Keys with Ctrl, Alt or Meta, keys a widget
 * has already handled, and keys typed into a text field are left alone; Enter is left to
 * buttons, links, summaries, selects and text areas, which give it their own meaning.
 */
export type ConfidenceLevel = (typeof confidenceChoices)[number];

export type Shortcut =
  | { readonly kind: 'enter' }
  | { readonly kind: 'pick'; readonly n: number }
  | { readonly kind: 'confidence'; readonly level: ConfidenceLevel }
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'flag' };

/** The parts of a keydown the mapping reads. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly defaultPrevented: boolean;
}

/** Where Enter keeps its own meaning. */
export const enterTargets = 'button, a, summary, select, textarea';
/** Where keys are typing, not shortcuts. */
export const typingTargets =
  'input[type="text"], input[type="number"], input[type="file"], textarea, select, [contenteditable="true"]';

/**
 * The shortcut a key press means, or undefined. `targetIs(selector)` says whether the key's
 * target is inside an element matching the selector (Element.closest in the browser).
 */
export function shortcutFor(press: KeyPress, targetIs: (selector: string) => boolean): Shortcut | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey || press.defaultPrevented) return undefined;
  if (press.key === 'Enter') return targetIs(enterTargets) ? undefined : { kind: 'enter' };
  if (targetIs(typingTargets)) return undefined;
  if (/^[1-9]$/.test(press.key)) return { kind: 'pick', n: Number(press.key) };
  const key = press.key.toLowerCase();
  const level = confidenceChoices.find((c) => c.key === key);
  if (level) return { kind: 'confidence', level };
  if (key === 'n') return { kind: 'next' };
  if (key === 'p') return { kind: 'previous' };
  if (key === 'f') return { kind: 'flag' };
  return undefined;
}

/**
 * What an island does for each shortcut. Enter always takes the key; the others return
 * whether they did something (only then is the browser's default for the key prevented).
 */
export interface ShortcutActions {
  enter(): void;
  pick(n: number): boolean;
  confidence(level: ConfidenceLevel): boolean;
  next(): boolean;
  previous(): boolean;
  flag(): boolean;
}

/** Runs the shortcut a keydown means, if any (the `onkeydown` of `<svelte:window>`). */
export function runShortcut(event: KeyboardEvent, actions: ShortcutActions): void {
  const target = event.target;
  const shortcut = shortcutFor(event, (selector) => target instanceof Element && target.closest(selector) !== null);
  if (!shortcut) return;
  if (shortcut.kind === 'enter') {
    event.preventDefault();
    actions.enter();
    return;
  }
  const done =
    shortcut.kind === 'pick'
      ? actions.pick(shortcut.n)
      : shortcut.kind === 'confidence'
        ? actions.confidence(shortcut.level)
        : actions[shortcut.kind]();
  if (done) event.preventDefault();
}
