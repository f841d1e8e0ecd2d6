import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema, factSchema, figureCaseSchema, glossaryTermSchema } from './content/schemas';
import { itemSchema } from './quiz-engine/items/schema';
import { yamlListLoader } from './content/loaders/yaml-list';

/**
 * The four collections the product is built from, plus the facts registry. Schemas live in
 * src/content/schemas.ts and src/quiz-engine/items/ so unit tests and run-time parsing use them too.
 */
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/chapters' }),
  schema: chapterSchema,
});

const questions = defineCollection({
  loader: yamlListLoader({ base: './src/content/questions', schema: itemSchema }),
  schema: itemSchema,
});

const facts = defineCollection({
  loader: yamlListLoader({ base: './src/content/facts', schema: factSchema }),
  schema: factSchema,
});

const glossary = defineCollection({
  loader: file('./src/content/glossary/terms.yaml'),
  schema: glossaryTermSchema,
});

const cases = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/cases' }),
  schema: figureCaseSchema,
});

export const collections = { chapters, questions, facts, glossary, cases };
