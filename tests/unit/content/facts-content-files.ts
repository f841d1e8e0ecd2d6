import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * Reads the authored content straight from disk for the provenance and glossary tests
 * (the Astro content layer is not available in vitest).
 */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const reviewPath = path.resolve(repoRoot, '..', 'shared', 'source', 'gep-net-imaging-review.txt');

const contentDir = (name: string) => path.join(repoRoot, 'src', 'content', name);

function listFiles(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => extensions.some((ext) => f.endsWith(ext)))
    .sort()
    .map((f) => path.join(dir, f));
}

export const relative = (file: string) => path.relative(repoRoot, file);

export interface ChapterFile {
  readonly file: string;
  readonly frontmatter: Record<string, unknown>;
  readonly body: string;
}

export function readChapters(): ChapterFile[] {
  return listFiles(contentDir('chapters'), ['.mdx', '.md']).map((file) => {
    const source = readFileSync(file, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
    const frontmatter = match ? ((parse(match[1] ?? '') as Record<string, unknown> | null) ?? {}) : {};
    return { file: relative(file), frontmatter, body: match ? (match[2] ?? '') : source };
  });
}

export function readYamlList(folder: string): { file: string; entries: Record<string, unknown>[] }[] {
  return listFiles(contentDir(folder), ['.yaml', '.yml']).map((file) => {
    const parsed: unknown = parse(readFileSync(file, 'utf8'));
    const entries = Array.isArray(parsed) ? (parsed as Record<string, unknown>[]) : [];
    return { file: relative(file), entries };
  });
}

export function readYamlObjects(folder: string): { file: string; data: Record<string, unknown> }[] {
  return listFiles(contentDir(folder), ['.yaml', '.yml']).map((file) => ({
    file: relative(file),
    data: (parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null) ?? {},
  }));
}

export function readGlossary(): Record<string, unknown>[] {
  const parsed: unknown = parse(readFileSync(path.join(contentDir('glossary'), 'terms.yaml'), 'utf8'));
  return Array.isArray(parsed) ? (parsed as Record<string, unknown>[]) : [];
}

/** The text of a front-matter list entry: a plain string, or the `text` of an object such as a learning objective. */
export function frontmatterText(value: unknown): string {
  if (value !== null && typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value);
}
