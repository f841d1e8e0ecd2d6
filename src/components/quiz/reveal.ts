/**
 * How much of the answer an item shows: nothing (unanswered, or an exam in progress), the key
 * only (practice mode), or the key with the explanation and every option's reason (tutor mode,
 * review, and the results of any mode).
 */
export type Reveal = 'none' | 'key' | 'full';
