import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import type { Item } from '../../../../src/quiz-engine/items/schema';
import { itemSchema } from '../../../../src/quiz-engine/items/schema';
import { toMoodleXml } from '../../../../src/quiz-engine/educators/export/moodle-xml';
import { escapeGift, toGift } from '../../../../src/quiz-engine/educators/export/gift';
import { toQtiItem } from '../../../../src/quiz-engine/educators/export/qti';
import { qtiPackageFiles, toQtiPackage } from '../../../../src/quiz-engine/educators/export/qti-package';
import { escapeXml } from '../../../../src/quiz-engine/educators/export/xml-text';
import { fixture, fixtureItems } from '../fixtures/items';
import { child, elementsNamed, readXml, textOf, type XmlElement } from './xml-reader';

/** A single-best item whose text uses every character the formats treat specially. */
const awkward = itemSchema.parse({
  ...fixture('sb-arterial-phase', 'single-best'),
  id: 'sb-awkward-text',
  stem: 'Lesion <5 mm & "bright" in the {arterial} phase: which is #1?\nSecond line ~ = \\ end',
  options: [
    { id: 'a', text: 'A = B', why: "Not {this}: it's wrong." },
    { id: 'b', text: 'Ratio ~ 2:1', why: 'Right <b>really</b>.' },
    { id: 'c', text: 'C#', why: 'No & no.' },
  ],
  answer: 'b',
}) as Item;

function parsed(xml: string): XmlElement {
  const reading = readXml(xml);
  if (!reading.ok) throw new Error(`not well-formed XML: ${reading.error}`);
  return reading.root;
}

describe('XML escaping', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">Tom's & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom&apos;s &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });

  it('reads back as the same text for any string (control characters dropped)', () => {
    // Ordinary text mixed with the characters that trip XML up (fast-check's 'binary' unit is slow to start).
    const awkwardUnit = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 3 }),
      fc.constantFrom(
        '<',
        '>',
        '&',
        '"',
        "'",
        ']]>',
        '\r',
        '\n',
        '\r\n',
        '\t',
        '\u0001',
        '\u000B',
        '\uFFFE',
        '\uD800',
        '\uDC00',
        '\uD83D\uDE00',
        '&amp;',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(awkwardUnit, { maxLength: 20 }).map((parts) => parts.join('')),
        (text) => {
          const reading = readXml(`<t a="${escapeXml(text, 'attribute')}">${escapeXml(text)}</t>`);
          expect(reading.ok).toBe(true);
          const expected = text.replace(
            // eslint-disable-next-line no-control-regex -- an independent copy of the forbidden set
            /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
            '',
          );
          if (reading.ok) {
            expect(textOf(reading.root)).toBe(expected);
            expect(reading.root.attributes.a).toBe(expected);
          }
        },
      ),
    );
  });
});

describe('Moodle XML export', () => {
  const { content, included, skipped } = toMoodleXml([...fixtureItems, awkward]);
  const quiz = parsed(content);
  const questions = elementsNamed(quiz, 'question');
  const byName = (id: string) =>
    questions.find((q) => child(q, 'name') !== undefined && textOf(child(q, 'name')!) === id)!;

  it('is well-formed, one <quiz> holding a category per chapter and each exportable question', () => {
    expect(quiz.name).toBe('quiz');
    expect(included).toEqual([
      'sb-arterial-phase',
      'sb-liver-hypervascular',
      'mr-mri-sequences',
      'ma-modalities',
      'nu-recist-change',
      'sb-colorectal',
      'sb-ileal',
      'sb-awkward-text',
    ]);
    expect(questions.filter((q) => q.attributes.type === 'category').length).toBeGreaterThanOrEqual(5);
  });

  it('lists the ordering, hotspot and case items it skips, each with a reason', () => {
    expect(skipped.map((s) => [s.id, s.type])).toEqual([
      ['or-ct-phases', 'ordering'],
      ['hs-pancreatic-head', 'hotspot'],
      ['ca-liver-lesion', 'case'],
    ]);
    for (const s of skipped) expect(s.reason.length).toBeGreaterThan(10);
  });

  it("writes a single-best item as multichoice with the key at 100 % and each option's why as its feedback", () => {
    const q = byName('sb-arterial-phase');
    expect(q.attributes.type).toBe('multichoice');
    expect(textOf(child(q, 'single')!)).toBe('true');
    const answers = elementsNamed(q, 'answer');
    expect(answers.map((a) => a.attributes.fraction)).toEqual(['0', '100', '0', '0']);
    expect(textOf(child(child(answers[1]!, 'feedback')!, 'text')!)).toBe(
      '<p>Right: hypervascular tumours enhance early and most.</p>',
    );
    expect(textOf(child(child(q, 'generalfeedback')!, 'text')!)).toContain(
      'Hypervascular tumours take up contrast early.',
    );
  });

  it('gives multiple-response keys +50 % and distractors −50 % with two keys, as the site scores them', () => {
    const q = byName('mr-mri-sequences');
    expect(textOf(child(q, 'single')!)).toBe('false');
    expect(elementsNamed(q, 'answer').map((a) => a.attributes.fraction)).toEqual(['50', '-50', '50', '-50']);
  });

  it('writes a numeric item with its tolerance and names the unit in the question', () => {
    const q = byName('nu-recist-change');
    expect(q.attributes.type).toBe('numerical');
    const answer = elementsNamed(q, 'answer')[0]!;
    expect(textOf(child(answer, 'text')!)).toBe('-30');
    expect(textOf(child(answer, 'tolerance')!)).toBe('0.5');
    expect(textOf(child(child(q, 'questiontext')!, 'text')!)).toContain('(Give the answer in %.)');
  });

  it('writes matching pairs, and the unused response as an extra wrong answer', () => {
    const q = byName('ma-modalities');
    const subs = elementsNamed(q, 'subquestion');
    expect(subs.map((s) => [textOf(child(s, 'text')!), textOf(child(child(s, 'answer')!, 'text')!)])).toEqual([
      ['<p>Does the tumour express somatostatin receptors?</p>', 'Somatostatin-receptor PET'],
      ['<p>Is there a tiny tumour in the pancreatic head?</p>', 'Endoscopic ultrasound'],
      ['<p>Stage the chest, abdomen and pelvis</p>', 'CT'],
      ['', 'Transabdominal ultrasound'],
    ]);
  });

  it('escapes awkward text for HTML and then XML, so Moodle shows exactly what was written', () => {
    const q = byName('sb-awkward-text');
    expect(textOf(child(child(q, 'questiontext')!, 'text')!)).toBe(
      '<p>Lesion &lt;5 mm &amp; "bright" in the {arterial} phase: which is #1?<br>Second line ~ = \\ end</p>',
    );
    expect(content).toContain('Right &amp;lt;b&amp;gt;really&amp;lt;/b&amp;gt;.');
  });
});

describe('GIFT export', () => {
  const { content, included, skipped } = toGift([...fixtureItems, awkward]);

  it('escapes ~ = # { } : and the backslash, and writes line breaks as \\n', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
    expect(escapeGift('5 < 6 & 7')).toBe('5 &lt; 6 &amp; 7');
  });

  it('writes a single-best item with = for the key, ~ for distractors, # feedback and #### explanation', () => {
    const block = content.split('\n\n').find((b) => b.includes('::sb-arterial-phase::'))!;
    expect(block).toContain(
      '::sb-arterial-phase::[html]In which phase does a small hypervascular pancreatic tumour usually stand out best?{',
    );
    expect(block).toContain('\t=Late arterial#Right\\: hypervascular tumours enhance early and most.');
    expect(block).toContain('\t~Unenhanced#Without contrast the tumour blends with the gland.');
    expect(block).toMatch(/\t####Hypervascular tumours take up contrast early\.\\n\\nSource\\: the review/);
  });

  it('weights multiple-response options ±50 % with two keys', () => {
    expect(content).toContain('\t~%50%Diffusion-weighted imaging#Right\\: small lesions restrict diffusion.');
    expect(content).toContain('\t~%-50%Out-of-phase T1#That shows fat, not metastases.');
  });

  it('writes numeric as {#answer:tolerance} and matching as premise -> response', () => {
    expect(content).toMatch(/::nu-recist-change::\[html\].*\(Give the answer in %\.\)\{#-30:0\.5####/);
    expect(content).toContain('\t=Stage the chest, abdomen and pelvis -> CT');
    expect(content).toContain('\t= -> Transabdominal ultrasound');
  });

  it("leaves no unescaped special character inside the awkward question's text", () => {
    const block = content.split('\n\n').find((b) => b.includes('::sb-awkward-text::'))!;
    const stemLine = block.split('\n')[1]!;
    const stem = stemLine.slice('::sb-awkward-text::[html]'.length, stemLine.lastIndexOf('{'));
    // Every special character in the stem is preceded by a backslash.
    expect(stem.replace(/\\[\\~=#{}:n]/g, '')).not.toMatch(/[~=#{}:\\]/);
    expect(stem).toBe(
      'Lesion &lt;5 mm &amp; "bright" in the \\{arterial\\} phase\\: which is \\#1?\\nSecond line \\~ \\= \\\\ end',
    );
  });

  it('includes and skips the same items as the Moodle XML export', () => {
    expect(included).toHaveLength(8);
    expect(skipped.map((s) => s.id)).toEqual(['or-ct-phases', 'hs-pancreatic-head', 'ca-liver-lesion']);
    expect(skipped[0]?.reason).toMatch(/GIFT has no ordering/);
  });
});

describe('QTI 2.1 export', () => {
  it('writes a single-best item as a choiceInteraction with the key as correct response and per-option feedback', () => {
    const root = parsed(toQtiItem(fixture('sb-arterial-phase', 'single-best')));
    expect(root.name).toBe('assessmentItem');
    expect(root.attributes.xmlns).toBe('http://www.imsglobal.org/xsd/imsqti_v2p1');
    expect(root.attributes.identifier).toBe('gepnet-sb-arterial-phase');
    const declaration = child(root, 'responseDeclaration')!;
    expect(declaration.attributes.cardinality).toBe('single');
    expect(textOf(child(declaration, 'correctResponse')!)).toBe('b');
    const interaction = elementsNamed(root, 'choiceInteraction')[0]!;
    expect(interaction.attributes.maxChoices).toBe('1');
    expect(elementsNamed(interaction, 'simpleChoice').map((c) => c.attributes.identifier)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    const feedback = elementsNamed(root, 'modalFeedback');
    expect(feedback.map((f) => f.attributes.identifier)).toEqual(['a', 'b', 'c', 'd', 'EXPLANATION']);
    expect(textOf(feedback[1]!)).toBe('Right: hypervascular tumours enhance early and most.');
  });

  it('maps multiple-response keys to +1 and distractors to −1, never below 0, out of 2', () => {
    const root = parsed(toQtiItem(fixture('mr-mri-sequences', 'multiple-response')));
    const mapping = elementsNamed(root, 'mapping')[0]!;
    expect(mapping.attributes.lowerBound).toBe('0');
    expect(elementsNamed(mapping, 'mapEntry').map((e) => [e.attributes.mapKey, e.attributes.mappedValue])).toEqual([
      ['a', '1'],
      ['b', '-1'],
      ['c', '1'],
      ['d', '-1'],
    ]);
    const max = elementsNamed(root, 'outcomeDeclaration').find((o) => o.attributes.identifier === 'MAXSCORE')!;
    expect(textOf(max)).toBe('2');
    expect(elementsNamed(root, 'choiceInteraction')[0]?.attributes.maxChoices).toBe('0');
  });

  it('accepts a numeric answer between −30.5 and −29.5', () => {
    const root = parsed(toQtiItem(fixture('nu-recist-change', 'numeric')));
    expect(
      elementsNamed(root, 'gte')[0] && textOf(elementsNamed(elementsNamed(root, 'gte')[0]!, 'baseValue')[0]!),
    ).toBe('-30.5');
    expect(textOf(elementsNamed(elementsNamed(root, 'lte')[0]!, 'baseValue')[0]!)).toBe('-29.5');
    expect(elementsNamed(root, 'textEntryInteraction')).toHaveLength(1);
  });

  it('writes ordering and matching items too', () => {
    const order = parsed(toQtiItem(fixture('or-ct-phases', 'ordering')));
    expect(elementsNamed(child(order, 'responseDeclaration')!, 'value').map(textOf)).toEqual([
      'e_unenhanced',
      'e_arterial',
      'e_portal',
      'e_delayed',
    ]);
    const match = parsed(toQtiItem(fixture('ma-modalities', 'matching')));
    expect(elementsNamed(child(match, 'responseDeclaration')!, 'value').map(textOf)).toEqual([
      'p_receptor r_pet',
      'p_small-pancreas r_eus',
      'p_staging r_ct',
    ]);
  });

  it('packages a manifest and one item file per exportable item, well-formed, in a zip', () => {
    const files = qtiPackageFiles([...fixtureItems, awkward]);
    expect(files.skipped.map((s) => s.id)).toEqual(['hs-pancreatic-head', 'ca-liver-lesion']);
    const zip = unzipSync(toQtiPackage([...fixtureItems, awkward], new Date(Date.UTC(2026, 0, 1))).content);
    expect(Object.keys(zip).sort()).toEqual(
      ['imsmanifest.xml', ...files.included.map((id) => `items/${id}.xml`)].sort(),
    );
    for (const [path, bytes] of Object.entries(zip)) expect(readXml(strFromU8(bytes)).ok, path).toBe(true);
    const manifest = parsed(strFromU8(zip['imsmanifest.xml']!));
    const resources = elementsNamed(manifest, 'resource');
    expect(resources).toHaveLength(files.included.length);
    expect(resources.every((r) => r.attributes.type === 'imsqti_item_xmlv2p1')).toBe(true);
    const awkwardItem = parsed(strFromU8(zip['items/sb-awkward-text.xml']!));
    expect(textOf(elementsNamed(awkwardItem, 'itemBody')[0]!)).toContain(
      'Lesion <5 mm & "bright" in the {arterial} phase',
    );
  });

  it('gives the same bytes for the same bank and time', () => {
    const when = new Date(Date.UTC(2026, 0, 1));
    expect(toQtiPackage(fixtureItems, when).content).toEqual(toQtiPackage(fixtureItems, when).content);
  });
});
