/** The marks of one scored answer, as every result in the quiz engine carries them. */
export interface Marks {
  readonly earned: number;
  readonly total: number;
  readonly correct: boolean;
}

/** The one wording of a verdict: "Correct.", "Partly right: 2 of 3 marks." or "Not right.". */
export function verdictText(marks: Marks): string {
  if (marks.correct) return 'Correct.';
  return marks.earned > 0 ? `Partly right: ${marks.earned} of ${marks.total} marks.` : 'Not right.';
}

/** The symbol shown before a verdict (✓ right, ◐ partly right, ✗ not right). */
export function verdictMark(marks: Marks): string {
  if (marks.correct) return '✓';
  return marks.earned > 0 ? '◐' : '✗';
}
