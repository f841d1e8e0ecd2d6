import { decodeProgressValue, encodeProgress } from './codec';
import { mergeProgress } from './merge';
import { studiedChapters, type ProgressDocument } from './document';

/**
 * Progress as a file, to move between devices or keep safe. Export writes the whole document
 * inside a small labelled envelope; import reads any version, checks it and merges it into the
 * current progress. A bad file gets a clear message and changes nothing.
 */
export const progressFileFormat = 'gep-net-imaging-progress';

/** Files larger than this are refused before parsing. model assumption: far above any real history. */
export const maxProgressFileBytes = 20 * 1024 * 1024;

export function exportProgressFile(
  doc: ProgressDocument,
  now: number,
): { filename: string; text: string; mimeType: string } {
  const stamp = new Date(now).toISOString().slice(0, 10);
  const body = encodeProgress(doc);
  const text = `{"format":"${progressFileFormat}","exportedAt":"${new Date(now).toISOString()}","progress":${body}}\n`;
  return { filename: `gep-net-progress-${stamp}.json`, text, mimeType: 'application/json' };
}

export interface ImportSummary {
  readonly attemptsAdded: number;
  readonly flagsChanged: number;
  readonly studiedAdded: number;
}

export type ImportOutcome =
  | { readonly ok: true; readonly doc: ProgressDocument; readonly summary: ImportSummary; readonly message: string }
  | { readonly ok: false; readonly message: string };

const tooLarge = 'This file is far too large to be a progress file. Nothing was changed.';

/**
 * Imports a chosen file (a browser File or Blob): its size is checked against the limit
 * before any of it is read, so a huge file is refused at once instead of filling memory.
 */
export async function importProgressBlob(
  local: ProgressDocument,
  file: { readonly size: number; text(): Promise<string> },
): Promise<ImportOutcome> {
  if (file.size > maxProgressFileBytes) return { ok: false, message: tooLarge };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: 'This file could not be read. Nothing was changed.' };
  }
  return importProgressFile(local, text);
}

/** Reads an exported file (or a bare progress document) and merges it into `local`. */
export function importProgressFile(local: ProgressDocument, text: string): ImportOutcome {
  if (text.length > maxProgressFileBytes) return { ok: false, message: tooLarge };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a progress file: it is not readable JSON. Nothing was changed.' };
  }
  const envelope =
    typeof value === 'object' && value !== null && 'format' in value ? (value as Record<string, unknown>) : undefined;
  if (envelope && envelope.format !== progressFileFormat) {
    return { ok: false, message: 'This file is not a GEP-NET Imaging progress file. Nothing was changed.' };
  }
  const decoded = decodeProgressValue(envelope ? envelope.progress : value);
  if (!decoded.ok) {
    const why =
      decoded.reason === 'newer'
        ? `${decoded.problem}; reload the site to update it, then try again`
        : decoded.reason === 'not-progress'
          ? 'it does not look like a GEP-NET Imaging progress file'
          : decoded.problem;
    return { ok: false, message: `This file could not be imported: ${why}. Nothing was changed.` };
  }
  const merged = mergeProgress(local, decoded.doc);
  const summary: ImportSummary = {
    attemptsAdded: merged.attempts.length - local.attempts.length,
    flagsChanged: Object.keys(merged.flags).filter((id) => merged.flags[id] !== local.flags[id]).length,
    studiedAdded: studiedChapters(merged).filter((slug) => local.studied[slug]?.on !== true).length,
  };
  const studiedChanged = Object.keys(merged.studied).filter(
    (slug) => merged.studied[slug] !== local.studied[slug],
  ).length;
  const message =
    summary.attemptsAdded + summary.flagsChanged + studiedChanged === 0
      ? 'Imported: everything in this file was already here, so nothing changed.'
      : `Imported and merged: ${plural(summary.attemptsAdded, 'answer')} added, ${plural(summary.flagsChanged, 'flag')} updated, ${plural(summary.studiedAdded, 'chapter')} newly marked as studied.`;
  return { ok: true, doc: merged, summary, message };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
