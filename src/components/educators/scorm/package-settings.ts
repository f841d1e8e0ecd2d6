import type { ScormVersion } from '../../../quiz-engine/educators/scorm/scorm-data';

/**
 * The settings a SCORM package's page carries, in
 * `<script type="application/json" id="gepnet-package">` (data, never run, so no CSP concern):
 * the SCORM version, the assignment code, and where the package keeps its questions and images.
 */
export interface PackageSettings {
  readonly version: ScormVersion;
  readonly assignment: string;
  /** The package's question file, relative to its page. */
  readonly bank: string;
  /** The package's image folder, relative to its page (ends with "/"). */
  readonly images: string;
  /** The site the package came from, for "read more" links to the chapters. */
  readonly site: string;
}

export const packageSettingsId = 'gepnet-package';

export function packageSettingsScript(settings: PackageSettings): string {
  // "<" is escaped so no text can close the script element early.
  return `<script type="application/json" id="${packageSettingsId}">${JSON.stringify(settings).replace(/</g, '\\u003c')}</script>`;
}

/** The page's package settings, or undefined on the site itself (or if they are unreadable). */
export function readPackageSettings(doc: Document): PackageSettings | undefined {
  const text = doc.getElementById(packageSettingsId)?.textContent;
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<Record<keyof PackageSettings, unknown>>;
    if ((value.version !== '1.2' && value.version !== '2004') || typeof value.assignment !== 'string') return undefined;
    const text_ = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
    return {
      version: value.version,
      assignment: value.assignment,
      bank: text_(value.bank, 'questions.json'),
      images: text_(value.images, 'images/'),
      site: text_(value.site, ''),
    };
  } catch {
    return undefined;
  }
}
