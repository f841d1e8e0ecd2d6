import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { Loader } from 'astro/loaders';
import type { z } from 'zod';
import { validateList } from './validate';

/**
 * A content loader for folders of YAML files that each hold a list of entries (questions,
 * facts). Ids must be unique across the whole folder; any problem fails the build with one
 * sentence per problem naming the file, the entry and the field.
 */
export function yamlListLoader(options: { base: string; schema: z.ZodType }): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ store, parseData, generateDigest, logger }) => {
      const base = path.resolve(options.base);
      const files = (await readdir(base)).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort();
      const seen = new Map<string, string>();
      const problems: string[] = [];
      const valid: { id: string; data: Record<string, unknown>; file: string }[] = [];
      for (const name of files) {
        const relative = path.posix.join(options.base.replace(/^\.\//, ''), name);
        let parsed: unknown;
        try {
          parsed = parse(await readFile(path.join(base, name), 'utf8'));
        } catch (error) {
          problems.push(`${relative}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
          continue;
        }
        const result = validateList(relative, parsed, options.schema, seen);
        if (!result.ok) problems.push(...result.problems);
        else
          for (const entry of result.entries)
            valid.push({ id: entry.id, data: entry as Record<string, unknown>, file: relative });
      }
      if (problems.length > 0) {
        throw new Error(`Invalid content in ${options.base}:\n  ${problems.join('\n  ')}`);
      }
      store.clear();
      for (const entry of valid) {
        const data = await parseData({ id: entry.id, data: entry.data, filePath: entry.file });
        store.set({ id: entry.id, data, filePath: entry.file, digest: generateDigest(entry.data) });
      }
      logger.info(`${valid.length} entries from ${files.length} files`);
    },
  };
}
