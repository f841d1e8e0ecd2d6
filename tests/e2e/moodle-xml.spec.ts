import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { DOMParser, type Element as XmlDomElement } from '@xmldom/xmldom';

/**
 * The whole-bank Moodle XML as built (dist/exports/questions.moodle.xml), parsed with a real XML
 * parser and checked question by question against what Moodle's importer reads; every image is a
 * base64 PNG <file> that the question refers to (question text, or a ddmarker's background).
 */
const xml = readFileSync(new URL('../../dist/exports/questions.moodle.xml', import.meta.url), 'utf8');
const errors: string[] = [];
const doc = new DOMParser({
  onError: (level, message) => void (level !== 'warning' && errors.push(message)),
}).parseFromString(xml, 'text/xml');
const kids = (el: XmlDomElement, name: string) =>
  Array.from(el.childNodes).filter(
    (n): n is XmlDomElement => n.nodeType === 1 && (n as XmlDomElement).tagName === name,
  );
const one = (el: XmlDomElement, name: string) => {
  const found = kids(el, name);
  expect(found, `<${el.tagName}> has one <${name}>`).toHaveLength(1);
  return found[0]!;
};
const PNG = [0x89, 0x50, 0x4e, 0x47];

test('the whole-bank Moodle XML has the structure Moodle imports, with every image embedded and referenced', () => {
  expect(errors).toEqual([]);
  const quiz = doc.documentElement!;
  expect(quiz.tagName).toBe('quiz');
  const questions = kids(quiz, 'question').filter((q) => q.getAttribute('type') !== 'category');
  const counts: Record<string, number> = {};
  let files = 0;
  for (const q of questions) {
    const type = q.getAttribute('type')!;
    counts[type] = (counts[type] ?? 0) + 1;
    const name = one(one(q, 'name'), 'text').textContent ?? '';
    expect(name.length, 'name').toBeGreaterThan(0);
    const text = one(q, 'questiontext');
    const html = one(text, 'text').textContent ?? '';
    const imageFiles = type === 'ddmarker' ? kids(q, 'file') : kids(text, 'file');
    for (const file of imageFiles) {
      files += 1;
      const fileName = file.getAttribute('name')!;
      expect(fileName).toMatch(/^[a-z0-9-]+-[A-L]\.png$/);
      expect(file.getAttribute('encoding')).toBe('base64');
      expect([...Buffer.from(file.textContent ?? '', 'base64').subarray(0, 4)]).toEqual(PNG);
      if (type !== 'ddmarker')
        expect(html, `${name} refers to ${fileName}`).toContain(`src="@@PLUGINFILE@@/${fileName}"`);
    }
    // Every <img> in a text has its file.
    for (const m of html.matchAll(/@@PLUGINFILE@@\/([^"]+)"/g))
      expect(imageFiles.map((f) => f.getAttribute('name'))).toContain(m[1]);
    if (type === 'ddmarker') {
      expect(imageFiles).toHaveLength(1);
      one(q, 'drag');
      const drop = one(q, 'drop');
      expect(one(drop, 'shape').textContent).toMatch(/^(circle|rectangle)$/);
      expect(one(drop, 'coords').textContent).toMatch(/^\d+,\d+;\d+(,\d+)?$/);
    }
    if (type === 'multichoice') expect(kids(q, 'answer').length).toBeGreaterThanOrEqual(3);
    if (type === 'numerical') one(one(q, 'answer'), 'tolerance');
  }
  console.log(
    `Moodle XML: ${questions.length} questions written (${JSON.stringify(counts)}), ${files} embedded image files`,
  );
  expect(counts.ddmarker).toBeGreaterThan(0);
  expect(files).toBeGreaterThan(0);
});
