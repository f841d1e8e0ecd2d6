/**
 * A slug: lower-case letters and digits in words joined by single hyphens
 * ("ct-arterial-timing-1"). Chapter, topic and item ids are slugs.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return slugPattern.test(text);
}
