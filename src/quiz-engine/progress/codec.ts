import { currentProgressVersion } from './keys';
import { migrations } from './migrations';
import { progressSchema, type ProgressDocument } from './document';
import { reconcileCards } from './reconcile';

/**
 * Progress as text: JSON out; in, JSON checked field by field, migrated forward from any
 * older version, and review cards brought up to date with attempts that light pages recorded
 * (reconcile.ts). Anything unreadable comes back as a problem in plain words, never a throw.
 */

export type DecodedProgress =
  | { readonly ok: true; readonly doc: ProgressDocument; readonly fromVersion: number }
  | {
      readonly ok: false;
      readonly reason: 'not-json' | 'not-progress' | 'newer' | 'damaged';
      readonly problem: string;
    };

export function encodeProgress(doc: ProgressDocument): string {
  return JSON.stringify(doc);
}

interface IssueList {
  readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[];
}

function isIssueList(error: unknown): error is IssueList {
  return typeof error === 'object' && error !== null && Array.isArray((error as { issues?: unknown }).issues);
}

function firstIssue(error: IssueList): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the document';
  return `${where}: ${issue.message}`;
}

/** A value from a file, in words, whatever it is (String() throws on {"toString": ""}). */
function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value.slice(0, 40)}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return `of the wrong kind (${Array.isArray(value) ? 'a list' : typeof value})`;
}

/** Reads a parsed value as a progress document of any known version. */
export function decodeProgressValue(value: unknown): DecodedProgress {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('version' in value)) {
    return { ok: false, reason: 'not-progress', problem: 'it has no progress version number' };
  }
  const version = (value as { version: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      reason: 'not-progress',
      problem: `its version ${shown(version)} is not one this site has used`,
    };
  }
  if (version > currentProgressVersion) {
    return {
      ok: false,
      reason: 'newer',
      problem: `it was saved by a newer version of the site (format ${version}; this one reads up to ${currentProgressVersion})`,
    };
  }
  let current: unknown = value;
  for (let v = version; v < currentProgressVersion; v += 1) {
    const step = migrations[v];
    if (!step) return { ok: false, reason: 'damaged', problem: `no way to update format ${v}` };
    try {
      current = step(current);
    } catch (error) {
      const problem = isIssueList(error)
        ? firstIssue(error)
        : error instanceof Error
          ? error.message
          : 'unknown problem';
      return { ok: false, reason: 'damaged', problem: `format ${v} data is damaged (${problem})` };
    }
  }
  const parsed = progressSchema.safeParse(current);
  if (!parsed.success)
    return { ok: false, reason: 'damaged', problem: `the data is damaged (${firstIssue(parsed.error)})` };
  return { ok: true, doc: reconcileCards(parsed.data as ProgressDocument), fromVersion: version };
}

export function decodeProgress(text: string): DecodedProgress {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json', problem: 'it is not readable JSON' };
  }
  return decodeProgressValue(value);
}
