// Writes the 14 chapters as plain text for a blind reviewer (docs/reviews/blind-review-brief.md):
// front matter (objectives, key points) and body, with the boxes labelled and glossary tags,
// check-yourself embeds and link targets reduced to what a reader sees.
// Usage: node scripts/export-chapters-text.mjs [out.txt]   (default: stdout)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'src', 'content', 'chapters');
const chapters = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const source = readFileSync(path.join(dir, f), 'utf8');
    const [, fm = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
    return { file: f, data: parse(fm), body };
  })
  .sort((a, b) => a.data.order - b.data.order);

const plain = (body) =>
  body
    .replace(
      /<CurrentPractice\s+source=(?:"([^"]+)"|\{\[([^\]]+)\]\})\s*>/g,
      (_, one, many) => `[CURRENT PRACTICE — source: ${one ?? many.replace(/'/g, '')}]`,
    )
    .replace(/<\/CurrentPractice>/g, '[END CURRENT PRACTICE]')
    .replace(/<PitfallsAndMimics>/g, '[PITFALLS AND MIMICS BOX]')
    .replace(/<\/PitfallsAndMimics>/g, '[END BOX]')
    .replace(
      /<ReportChecklist(?:\s+topic="([^"]*)")?\s*>/g,
      (_, topic) => `[REPORT CHECKLIST BOX${topic ? ` — for ${topic}` : ''}]`,
    )
    .replace(/<\/ReportChecklist>/g, '[END BOX]')
    .replace(/<CheckYourself id="([^"]+)"\s*\/>/g, '[inline question $1]')
    .replace(/<Term id="[^"]+">([^<]*)<\/Term>/g, '$1')
    .replace(/<span id="[^"]*"><\/span>/g, '')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 <$2>');

const out = chapters
  .map(({ data, body }) =>
    [
      `=== Chapter ${data.order}: ${data.title} ===`,
      `Summary: ${data.summary}`,
      'Objectives:',
      ...data.objectives.map((o) => `  - (${o.id}) ${o.text}`),
      'Key points:',
      ...data.keyPoints.map((k) => `  - ${k}`),
      '',
      plain(body).trim(),
      '',
    ].join('\n'),
  )
  .join('\n');

if (process.argv[2]) writeFileSync(process.argv[2], out);
else process.stdout.write(out);
