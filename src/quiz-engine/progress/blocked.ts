/**
 * What every page says when the browser blocks storage (the quiz pages' notice and the light
 * pages' status line), in a module of its own so the quiz pages do not load the light pages'
 * code to say it.
 */
export const blockedMessage =
  'This browser is not letting the site store progress (private mode or storage turned off). You can read and practise, but nothing will be remembered after you leave.';
