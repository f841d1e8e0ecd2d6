import type * as z from 'zod/mini';
import type { ResponseCheck, ScoreResult } from './result';
import type { RandomSource } from '../session/shuffle';

/** The LMS formats the educators' export writes. */
export type ExportFormat = 'moodle-xml' | 'gift' | 'qti';

/** Why GIFT leaves out every item that shows a simulated image. */
export const giftImageReason = 'GIFT is plain text and cannot carry the simulated image this question needs';

/**
 * Whether a format carries items of a type: `true` (always), a sentence (never, and why), or a
 * check of the item that returns the reason it cannot be carried (or undefined if it can).
 */
export type ExportSupport<I> = true | string | ((item: I) => string | undefined);

/**
 * Everything the engine knows about one item type, in one place (items/<type>/index.ts).
 * The content schema (full Zod, build time) stays in the folder's schema.ts so that browser
 * code, which needs the descriptor, does not carry it; items/schema.ts joins those schemas and
 * a test checks they name the same types as the descriptors (items/item-types.ts).
 *
 * `I` is the item, `R` the learner's response to it.
 */
export interface ItemTypeDescriptor<T extends string, I extends { readonly type: T }, R> {
  readonly type: T;
  /**
   * The response's shape (zod/mini, small enough for the quiz pages). Each type's response has
   * keys no other type's has, so a stored response fits at most one type.
   */
  readonly response: z.ZodMiniType<R>;
  /** Scores a response the validator accepts (single-best: any response; a stale choice scores 0). */
  readonly score: (item: I, response: R) => ScoreResult;
  /** Whether a response can be submitted; if not, a sentence saying what is missing. */
  readonly validate: (item: I, response: R) => ResponseCheck;
  /**
   * The response that stands for "not answered", scored to find the item's total marks;
   * undefined when an item of this type is always worth one mark.
   */
  readonly empty: (item: I) => R | undefined;
  /** The order its choices are shown in for a session (keys are the input's lists). */
  readonly displayOrder: (item: I, rng: RandomSource) => Record<string, string[]>;
  /**
   * The published bank's shape check for the type's own fields (the browser does not carry the
   * content schema): usually a list field of 2+ entries with ids (see `listOfIds`).
   */
  readonly bankShape: (raw: Readonly<Record<string, unknown>>) => boolean;
  /** Which export formats carry the type (see ExportSupport). */
  readonly exports: { readonly [F in ExportFormat]: ExportSupport<I> };
}

/** Any descriptor, for code that walks all of them (call its functions with `as never` arguments). */
export type AnyItemTypeDescriptor = ItemTypeDescriptor<string, never, never>;

/** The response type of a descriptor. */
export type ResponseOf<D> = D extends ItemTypeDescriptor<infer _T, infer _I, infer R> ? R : never;

/** Declares an item type; the identity, there to check the descriptor and keep its literal types. */
export function defineItemType<T extends string, I extends { readonly type: T }, R>(
  descriptor: ItemTypeDescriptor<T, I, R>,
): ItemTypeDescriptor<T, I, R> {
  return descriptor;
}

/** A bank shape check: `field` is a list of at least two entries, each with a text id. */
export function listOfIds(field: string): (raw: Readonly<Record<string, unknown>>) => boolean {
  return (raw) => {
    const list = raw[field];
    return (
      Array.isArray(list) &&
      list.length >= 2 &&
      list.every(
        (entry: unknown) =>
          typeof entry === 'object' &&
          entry !== null &&
          typeof (entry as { id?: unknown }).id === 'string' &&
          (entry as { id: string }).id.length > 0,
      )
    );
  };
}
