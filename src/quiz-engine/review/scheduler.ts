import { createEmptyCard, fsrs, State, type Card, type Grade } from 'ts-fsrs';
import type { ReviewRating } from './rating';
import type { StoredCard } from './due';

/**
 * Spaced review with FSRS (ts-fsrs 5): every item answered is a card; each answer is a review
 * whose rating follows from the score and, when given, the learner's confidence.
 *
 * Scheduler settings (model assumptions, chosen for a question bank rather than flashcards;
 * not from the review):
 * - one learning step of 1 minute: a missed new item comes back at once, a right one
 *   graduates straight to days;
 * - relearning step of 10 minutes (ts-fsrs's default) for a lapsed item;
 * - no fuzz, so the schedule is deterministic and testable; 90 % target retention (default).
 */
const scheduler = fsrs({ enable_fuzz: false, learning_steps: ['1m'], relearning_steps: ['10m'] });

export { again, hard, good, easy, ratingFor, type ReviewRating } from './rating';

function toStored(card: Card): StoredCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as StoredCard['state'],
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

function fromStored(card: StoredCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    ...(card.lastReview === null ? {} : { last_review: new Date(card.lastReview) }),
  };
}

/**
 * The card after a review at `at` with `rating`; a first answer starts from a new card. A
 * review stamped before the card's last one (a device clock set back) counts as happening at
 * the last review, so the schedule never runs backwards.
 */
export function reviewCard(card: StoredCard | undefined, rating: ReviewRating, at: number): StoredCard {
  if (!Number.isFinite(at)) throw new RangeError(`review time must be a finite epoch time, got ${at}`);
  if (![1, 2, 3, 4].includes(rating)) throw new RangeError(`rating must be 1–4, got ${rating}`);
  const when = card?.lastReview != null ? Math.max(at, card.lastReview) : at;
  const current = card ? fromStored(card) : createEmptyCard(new Date(when));
  return toStored(scheduler.next(current, new Date(when), rating as Grade).card);
}

/** Replays a list of reviews (in time order) into one card: how merged histories are rebuilt. */
export function replayReviews(
  reviews: readonly { readonly at: number; readonly rating: ReviewRating }[],
): StoredCard | undefined {
  let card: StoredCard | undefined;
  for (const review of reviews) card = reviewCard(card, review.rating, review.at);
  return card;
}
