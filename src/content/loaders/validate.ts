import type { z } from 'zod';
import { isRecord } from '../../lib/is-record';

/**
 * Turns Zod issues into sentences that name the file, the entry and the field, so an author
 * can fix bad content without reading a stack trace:
 *   src/content/questions/optimising-ct.yaml, entry "ct-timing-1", field options[2].why: must not be empty
 */
export function describeIssues(file: string, entry: string | number, error: z.ZodError): string[] {
  const where = typeof entry === 'number' ? `entry #${entry + 1}` : `entry "${entry}"`;
  return error.issues.map((issue) => {
    const field = issue.path.length === 0 ? '(the entry itself)' : formatPath(issue.path);
    return `${file}, ${where}, field ${field}: ${issue.message}`;
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export type ListValidation<T> =
  | { readonly ok: true; readonly entries: readonly (T & { id: string })[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Validates a YAML list file's parsed content: it must be an array of objects with unique ids
 * (unique across files too, via `seenIds`), each matching `schema`.
 */
export function validateList<S extends z.ZodType>(
  file: string,
  parsed: unknown,
  schema: S,
  seenIds: Map<string, string> = new Map(),
): ListValidation<z.output<S>> {
  if (!Array.isArray(parsed)) {
    return {
      ok: false,
      problems: [`${file}: expected a YAML list of entries ("- id: …"), found ${describeValue(parsed)}`],
    };
  }
  const problems: string[] = [];
  const entries: (z.output<S> & { id: string })[] = [];
  parsed.forEach((raw: unknown, index) => {
    const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
    if (id === undefined) {
      problems.push(`${file}, entry #${index + 1}, field id: every entry needs a text id`);
      return;
    }
    const previous = seenIds.get(id);
    if (previous !== undefined) {
      problems.push(`${file}, entry "${id}", field id: the id "${id}" is already used in ${previous}`);
      return;
    }
    seenIds.set(id, file);
    const result = schema.safeParse(raw);
    if (result.success) entries.push(result.data as z.output<S> & { id: string });
    else problems.push(...describeIssues(file, id, result.error));
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries };
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty file';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
