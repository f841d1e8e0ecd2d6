import type { ItemType } from '../../quiz-engine/items/schema';
import type { Difficulty } from '../../quiz-engine/items/common';

/** Words the quiz pages show for engine values. */
export const typeLabels: Record<ItemType, string> = {
  'single-best': 'Single best answer',
  'multiple-response': 'Multiple response',
  ordering: 'Ordering',
  matching: 'Matching',
  numeric: 'Numeric',
  hotspot: 'Image hotspot',
  case: 'Multi-step case',
};

export const difficultyLabels: Record<Difficulty, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };

/** A chapter's title, or its slug made readable when the page was not given titles. */
export function chapterTitle(titles: Readonly<Record<string, string>>, slug: string): string {
  return titles[slug] ?? slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** Option letters A, B, C … as shown beside choices (and typed as 1, 2, 3 …). */
export function letter(index: number): string {
  return String.fromCharCode(65 + index);
}

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** "2 min 5 s" for screen readers and tables. */
export function spokenDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes > 0 ? `${minutes} min ${seconds} s` : `${seconds} s`;
}

// Inside a SCORM package (components/educators/scorm) the runner is not on the site: images
// come from the package's own folder and chapter links go to the site's full address.
let packagedPaths: { readonly images: string; readonly site: string } | undefined;
export function usePackagedPaths(paths: { readonly images: string; readonly site: string }): void {
  packagedPaths = paths;
}

/** The chapter section an item rests on, for tutor mode's "read more" link. */
export function chapterLink(chapter: string, anchor?: string): string {
  return `${packagedPaths?.site ?? ''}/chapters/${chapter}/${anchor ? `#${anchor}` : ''}`;
}

/** Where a figure case panel's simulated still is published (src/pages/cases/[slug]/[panel].png.ts). */
export function panelImageSrc(caseSlug: string, panel: string): string {
  return `${packagedPaths?.images ?? '/cases/'}${caseSlug}/${panel}.png`;
}

/** Confidence levels as the learner chooses them, most sure first. */
export const confidenceChoices = [
  { value: 'sure', label: 'Sure', key: 's' },
  { value: 'unsure', label: 'Unsure', key: 'u' },
  { value: 'guess', label: 'Guess', key: 'g' },
] as const;
