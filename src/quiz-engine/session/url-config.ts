import { chapterSlugs } from '../items/chapters';
import type { SessionConfig } from './config';
import { historyFilters, quizModes } from './modes';

/**
 * A quiz link's settings: ?chapter=<slug> (repeatable), ?only=flagged|incorrect|unseen,
 * ?mode=practice|tutor|exam. Each value is checked against what the course has; anything
 * unknown (a typo in a chapter slug) is left out and named in a problem the page shows, so a
 * link never silently filters the bank down to nothing.
 */
export interface UrlConfig {
  readonly config: Partial<SessionConfig>;
  readonly problems: readonly string[];
}

export function configFromSearch(search: string): UrlConfig {
  const params = new URLSearchParams(search);
  const config: Partial<SessionConfig> = {};
  const problems: string[] = [];
  const only = params.get('only');
  if (only !== null) {
    if ((historyFilters as readonly string[]).includes(only)) config.only = only as SessionConfig['only'];
    else problems.push(`“${only}” is not a question filter (use ${historyFilters.join(', ')}), so it was ignored.`);
  }
  const mode = params.get('mode');
  if (mode !== null) {
    if ((quizModes as readonly string[]).includes(mode)) config.mode = mode as SessionConfig['mode'];
    else problems.push(`“${mode}” is not a quiz mode (use ${quizModes.join(', ')}), so it was ignored.`);
  }
  const chapters: SessionConfig['chapters'][number][] = [];
  for (const chapter of params.getAll('chapter')) {
    if ((chapterSlugs as readonly string[]).includes(chapter)) {
      if (!chapters.includes(chapter as (typeof chapters)[number])) chapters.push(chapter as (typeof chapters)[number]);
    } else
      problems.push(`“${chapter}” is not a chapter of this course, so the link’s chapter choice was ignored for it.`);
  }
  if (chapters.length > 0) config.chapters = chapters;
  return { config, problems };
}
