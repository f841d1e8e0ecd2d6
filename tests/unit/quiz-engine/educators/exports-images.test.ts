import { describe, expect, it } from 'vitest';
import { DOMParser, type Element as XmlDomElement } from '@xmldom/xmldom';
import { encode } from 'fast-png';
import { strFromU8 } from 'fflate';
import type { Item } from '../../../../src/quiz-engine/items/schema';
import { itemSchema } from '../../../../src/quiz-engine/items/schema';
import { toMoodleXml } from '../../../../src/quiz-engine/educators/export/moodle-xml';
import { toGift } from '../../../../src/quiz-engine/educators/export/gift';
import { qtiPackageFiles } from '../../../../src/quiz-engine/educators/export/qti-package';
import { describeCounts } from '../../../../src/quiz-engine/educators/export/item-images';
import { fixture, fixtureItems } from '../fixtures/items';

/**
 * The exports that carry images, read back with a real XML parser (@xmldom/xmldom) and checked
 * against what Moodle's importer (question/format/xml) and a QTI 2.1 player read: every
 * question's parts, each image as a named base64 <file> that decodes to the PNG that went in
 * and that the question text refers to, the hotspot's drop zone in image pixels.
 */
const png = encode({ width: 400, height: 300, data: new Uint8Array(400 * 300).fill(90), channels: 1 });
const images = new Map([
  ['pancreatic-insulinoma/A.png', png],
  ['liver-case/B.png', png],
]);

// An image-based single-best item (the optional `image` field bank authors may add) and a
// case whose steps run straight through, with an image on its second step.
const imageSingleBest = {
  ...fixture('sb-liver-hypervascular', 'single-best'),
  id: 'sb-with-panel',
  image: {
    case: 'pancreatic-insulinoma',
    panel: 'A',
    alt: 'Simulated arterial CT: a bright nodule in the pancreatic head.',
  },
} as unknown as Item;
const linearCase = itemSchema.parse({
  ...fixture('ca-liver-lesion', 'case'),
  id: 'ca-straight',
  steps: [
    fixture('ca-liver-lesion', 'case').steps[0],
    {
      ...fixture('ca-liver-lesion', 'case').steps[1],
      onlyIf: undefined,
      image: { case: 'liver-case', panel: 'B', alt: 'Simulated arterial MRI: a bright liver lesion.' },
    },
    fixture('ca-liver-lesion', 'case').steps[3],
  ],
}) as Item;
const items: Item[] = [...fixtureItems, imageSingleBest, linearCase];

const parse = (xml: string) => {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => void (level !== 'warning' && errors.push(message)),
  }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return doc;
};
const children = (el: XmlDomElement, name: string) =>
  Array.from(el.childNodes).filter(
    (n): n is XmlDomElement => n.nodeType === 1 && (n as XmlDomElement).tagName === name,
  );
const only = (el: XmlDomElement, name: string) => {
  const found = children(el, name);
  expect(found, `<${el.tagName}> has one <${name}>`).toHaveLength(1);
  return found[0]!;
};
const textIn = (el: XmlDomElement) => only(el, 'text').textContent ?? '';

describe('Moodle XML with images', () => {
  const result = toMoodleXml(items, images);
  const doc = parse(result.content);
  const quiz = doc.documentElement!;
  const questions = children(quiz, 'question');
  const byName = (name: string) =>
    questions.find((q) => q.getAttribute('type') !== 'category' && textIn(only(q, 'name')) === name)!;

  it('has the structure Moodle imports for every question: name, text, feedback, grade, answers', () => {
    expect(quiz.tagName).toBe('quiz');
    for (const q of questions) {
      const type = q.getAttribute('type')!;
      if (type === 'category') {
        expect(textIn(only(q, 'category'))).toMatch(/^\$course\$\/top\/GEP-NET Imaging\//);
        continue;
      }
      expect(['multichoice', 'numerical', 'matching', 'ddmarker']).toContain(type);
      expect(textIn(only(q, 'name')).length).toBeGreaterThan(0);
      expect(only(q, 'questiontext').getAttribute('format')).toBe('html');
      only(q, 'generalfeedback');
      expect(only(q, 'defaultgrade').textContent).toBe('1');
      if (type === 'multichoice') {
        const answers = children(q, 'answer');
        expect(answers.length).toBeGreaterThanOrEqual(3);
        for (const a of answers) only(a, 'feedback');
        const single = only(q, 'single').textContent === 'true';
        const fractions = answers.map((a) => Number(a.getAttribute('fraction')));
        if (single) expect(fractions.filter((f) => f === 100)).toHaveLength(1);
        else expect(fractions.filter((f) => f > 0).reduce((s, f) => s + f, 0)).toBeCloseTo(100, 3);
      }
      if (type === 'numerical') only(only(q, 'answer'), 'tolerance');
      if (type === 'matching') expect(children(q, 'subquestion').length).toBeGreaterThanOrEqual(3);
    }
  });

  it('embeds each image as a named base64 <file> that decodes to the PNG and is referenced from the text', () => {
    const q = byName('sb-with-panel');
    const text = only(q, 'questiontext');
    const file = only(text, 'file');
    expect(file.getAttribute('name')).toBe('pancreatic-insulinoma-A.png');
    expect(file.getAttribute('encoding')).toBe('base64');
    expect(file.getAttribute('path')).toBe('/');
    expect(new Uint8Array(Buffer.from(file.textContent ?? '', 'base64'))).toEqual(png);
    const html = textIn(text);
    expect(html).toContain(
      '<img src="@@PLUGINFILE@@/pancreatic-insulinoma-A.png" alt="Simulated arterial CT: a bright nodule in the pancreatic head." width="400" height="300">',
    );
  });

  it('writes the hotspot as a drag-and-drop marker with its background image and the answer region as the drop zone', () => {
    const q = questions.find((n) => n.getAttribute('type') === 'ddmarker')!;
    expect(textIn(only(q, 'name'))).toBe('hs-pancreatic-head');
    const file = only(q, 'file');
    expect(file.getAttribute('name')).toBe('pancreatic-insulinoma-A.png');
    expect(new Uint8Array(Buffer.from(file.textContent ?? '', 'base64'))).toEqual(png);
    const drag = only(q, 'drag');
    expect([only(drag, 'no').textContent, textIn(drag), only(drag, 'noofdrags').textContent]).toEqual([
      '1',
      'Finding',
      '1',
    ]);
    const drop = only(q, 'drop');
    // The key region is a circle at (0.4, 0.5), radius 0.1, on a 400 × 300 image: 160,150 and 30 px.
    expect([
      only(drop, 'shape').textContent,
      only(drop, 'coords').textContent,
      only(drop, 'choice').textContent,
    ]).toEqual(['circle', '160,150;30', '1']);
  });

  it('writes a case that runs straight through as linked questions in its own category, and leaves a branching case out', () => {
    const steps = questions.filter(
      (q) => q.getAttribute('type') !== 'category' && textIn(only(q, 'name')).startsWith('ca-straight'),
    );
    expect(steps.map((q) => textIn(only(q, 'name')))).toEqual([
      'ca-straight · step 1 of 3',
      'ca-straight · step 2 of 3',
      'ca-straight · step 3 of 3',
    ]);
    expect(steps.map((q) => q.getAttribute('type'))).toEqual(['multichoice', 'numerical', 'multichoice']);
    expect(textIn(only(steps[1]!, 'questiontext'))).toContain('The arterial phase shows a bright lesion.');
    expect(only(only(steps[1]!, 'questiontext'), 'file').getAttribute('name')).toBe('liver-case-B.png');
    const categories = questions
      .filter((q) => q.getAttribute('type') === 'category')
      .map((q) => textIn(only(q, 'category')));
    expect(categories).toContain('$course$/top/GEP-NET Imaging/putting-it-together/Case ca-straight');
    expect(result.skipped.find((s) => s.id === 'ca-liver-lesion')?.reason).toMatch(/particular answers/);
  });

  it('says how many items of each type it carries, images included', () => {
    expect(describeCounts(result.counts)).toBe(
      '10 questions: 5 single-best (1 with an image), 1 multiple-response, 1 matching, 1 numeric, 1 hotspot (1 with an image), 1 case (1 with an image); 2 image files.',
    );
    expect(result.content).toContain(describeCounts(result.counts));
  });

  it('leaves an image item out, with the reason, when its image is missing', () => {
    const without = toMoodleXml(items, new Map());
    expect(without.skipped.find((s) => s.id === 'hs-pancreatic-head')?.reason).toMatch(/image .* was not available/);
  });
});

describe('GIFT', () => {
  it('leaves every image item out with the reason, and lists what it left out', () => {
    const gift = toGift(items);
    for (const id of ['hs-pancreatic-head', 'sb-with-panel', 'ca-straight']) {
      expect(gift.skipped.find((s) => s.id === id)?.reason, id).toMatch(/GIFT/);
      expect(gift.content).toContain(`// left out: ${id}`);
    }
    expect(gift.counts.images).toBe(0);
  });
});

describe('QTI 2.1 package with images', () => {
  const { content: files, counts } = qtiPackageFiles(items, images);
  const manifest = parse(files['imsmanifest.xml'] as string).documentElement!;

  it('puts each image in the package once and lists it with the items that use it', () => {
    expect(files['images/pancreatic-insulinoma-A.png']).toEqual(png);
    expect(files['images/liver-case-B.png']).toEqual(png);
    const resources = manifest.getElementsByTagName('resource');
    const hotspot = Array.from(resources).find((r) => r.getAttribute('href') === 'items/hs-pancreatic-head.xml')!;
    expect(Array.from(hotspot.getElementsByTagName('file')).map((f) => f.getAttribute('href'))).toEqual([
      'items/hs-pancreatic-head.xml',
      'images/pancreatic-insulinoma-A.png',
    ]);
    expect(counts.images).toBe(2);
  });

  it('writes the hotspot as a selectPointInteraction on the image with an area mapping in pixels', () => {
    const doc = parse(files['items/hs-pancreatic-head.xml'] as string);
    const interaction = doc.getElementsByTagName('selectPointInteraction')[0]!;
    const object = interaction.getElementsByTagName('object')[0]!;
    expect([object.getAttribute('data'), object.getAttribute('width'), object.getAttribute('height')]).toEqual([
      '../images/pancreatic-insulinoma-A.png',
      '400',
      '300',
    ]);
    const declaration = doc.getElementsByTagName('responseDeclaration')[0]!;
    expect(declaration.getAttribute('baseType')).toBe('point');
    const entry = declaration.getElementsByTagName('areaMapEntry')[0]!;
    expect([entry.getAttribute('shape'), entry.getAttribute('coords'), entry.getAttribute('mappedValue')]).toEqual([
      'circle',
      '160,150,30',
      '1',
    ]);
    expect(doc.getElementsByTagName('mapResponsePoint')).toHaveLength(1);
  });

  it("shows an image-based single-best item's panel, and writes each step of a straight case as its own item", () => {
    const sb = strFromU8(new TextEncoder().encode(files['items/sb-with-panel.xml'] as string));
    expect(sb).toContain('<img src="../images/pancreatic-insulinoma-A.png"');
    expect(Object.keys(files).filter((f) => f.startsWith('items/ca-straight'))).toEqual([
      'items/ca-straight-step-1.xml',
      'items/ca-straight-step-2.xml',
      'items/ca-straight-step-3.xml',
    ]);
  });
});
