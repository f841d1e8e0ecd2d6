/**
 * One polite live region's text (rendered by src/components/LiveRegion.svelte): what a screen
 * reader should hear after an action ("Flagged.", "Correct. Press N for the next question.").
 * The text is cleared first and set a moment later, so the same sentence twice is still read.
 */
export class Announcer {
  text = $state('');

  say(text: string): void {
    this.text = '';
    queueMicrotask(() => (this.text = text));
  }
}
