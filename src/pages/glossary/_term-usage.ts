/**
 * Which glossary terms a chapter uses: the ids of every `<Term id="…">` in an MDX body.
 * Shared by the glossary page ("used in") and the content tests (every id must exist).
 * The leading underscore keeps Astro from treating this file as a page.
 */
const termTag = /<Term\s[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g;

export function termIdsInMdx(body: string): string[] {
  const ids = new Set<string>();
  for (const match of body.matchAll(termTag)) {
    const id = match[1] ?? match[2] ?? match[3];
    if (id !== undefined) ids.add(id);
  }
  return [...ids];
}
