import type { Item } from '../../items/schema';
import type { MatchingItem } from '../../items/matching/schema';
import type { MultipleResponseItem } from '../../items/multiple-response/schema';
import type { NumericItem } from '../../items/numeric/schema';
import type { SingleBestItem } from '../../items/single-best/schema';
import { categoryPath, partitionForExport, percentFraction, stemWithUnit, type ExportResult } from './exportable';
import { element, escapeXml, htmlParagraphs } from './xml-text';

/**
 * Moodle XML (Moodle's question bank import format). Question text and feedback are written
 * as HTML (format="html"), escaped for HTML and then for XML; each chapter becomes a category
 * under "GEP-NET Imaging". Per-option feedback is the option's `why`; general feedback is the
 * explanation plus the review section.
 *
 * - single-best → multichoice, single: key 100 %, others 0 %.
 * - multiple-response → multichoice, not single: each key +100/k %, each distractor −100/k %
 *   (k keys), which is the site's own scoring (a wrong tick cancels a right one, never below 0).
 * - numeric → numerical with the absolute tolerance; the unit is named in the question text.
 * - matching → matching; responses no premise uses are extra wrong answers (blank question).
 * Ordering, hotspot and multi-step case items are skipped with a reason.
 */

const html = (text: string) => element('text', htmlParagraphs(text));
const plain = (text: string) => element('text', text);

function feedbackOf(item: Item): string {
  return `${item.explanation}\n\nSource: the review, section "${item.source}".`;
}

function header(item: Item, type: string, stem: string): string {
  return [
    `  <question type="${type}">`,
    `    <name>${plain(item.id)}</name>`,
    `    <questiontext format="html">${html(stem)}</questiontext>`,
    `    <generalfeedback format="html">${html(feedbackOf(item))}</generalfeedback>`,
    `    <defaultgrade>1</defaultgrade>`,
    `    <penalty>0</penalty>`,
    `    <hidden>0</hidden>`,
    `    <idnumber>${escapeXml(item.id)}</idnumber>`,
  ].join('\n');
}

function tags(item: Item): string {
  const all = [item.chapter, `difficulty-${item.difficulty}`, ...item.topics];
  return `    <tags>${all.map((t) => `<tag>${plain(t)}</tag>`).join('')}</tags>`;
}

function answer(fraction: string, text: string, feedback: string): string {
  return `    <answer fraction="${fraction}" format="html">${html(text)}<feedback format="html">${html(feedback)}</feedback></answer>`;
}

function choiceQuestion(item: SingleBestItem | MultipleResponseItem): string {
  const single = item.type === 'single-best';
  const keys = single ? [item.answer] : item.answers;
  const lines = [header(item, 'multichoice', item.stem), `    <single>${single}</single>`, '    <shuffleanswers>true</shuffleanswers>', '    <answernumbering>ABCD</answernumbering>'];
  for (const option of item.options) {
    const isKey = keys.includes(option.id);
    const fraction = single ? (isKey ? '100' : '0') : isKey ? percentFraction(1, keys.length) : `-${percentFraction(1, keys.length)}`;
    lines.push(answer(fraction, option.text, option.why));
  }
  lines.push(tags(item), '  </question>');
  return lines.join('\n');
}

function numericQuestion(item: NumericItem): string {
  return [
    header(item, 'numerical', stemWithUnit(item.stem, item.unit)),
    `    <answer fraction="100" format="moodle_auto_format">${plain(String(item.answer))}<tolerance>${item.tolerance}</tolerance><feedback format="html">${html(`The answer is ${item.answer.toFixed(item.decimals)} ${item.unit} (± ${item.tolerance}).`)}</feedback></answer>`,
    '    <unitgradingtype>0</unitgradingtype>',
    '    <unitpenalty>0</unitpenalty>',
    '    <showunits>3</showunits>',
    '    <unitsleft>0</unitsleft>',
    tags(item),
    '  </question>',
  ].join('\n');
}

function matchingQuestion(item: MatchingItem): string {
  const responseText = new Map(item.responses.map((r) => [r.id, r.text]));
  const used = new Set(item.premises.map((p) => p.match));
  const lines = [header(item, 'matching', item.stem), '    <shuffleanswers>true</shuffleanswers>'];
  for (const premise of item.premises) {
    lines.push(`    <subquestion format="html">${html(premise.text)}<answer>${plain(responseText.get(premise.match) ?? '')}</answer></subquestion>`);
  }
  for (const response of item.responses.filter((r) => !used.has(r.id))) {
    lines.push(`    <subquestion format="html"><text></text><answer>${plain(response.text)}</answer></subquestion>`);
  }
  lines.push(tags(item), '  </question>');
  return lines.join('\n');
}

function questionXml(item: Item): string {
  switch (item.type) {
    case 'single-best':
    case 'multiple-response':
      return choiceQuestion(item);
    case 'numeric':
      return numericQuestion(item);
    case 'matching':
      return matchingQuestion(item);
    default:
      throw new TypeError(`item "${item.id}" of type "${item.type}" cannot be written as Moodle XML`);
  }
}

function categoryXml(chapter: string): string {
  return `  <question type="category">\n    <category>${plain(categoryPath(chapter))}</category>\n  </question>`;
}

/** The items as one Moodle XML document (`<quiz>`), with the items it had to skip. */
export function toMoodleXml(items: readonly Item[]): ExportResult<string> {
  const { exportable, skipped } = partitionForExport(items, 'moodle-xml');
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  let chapter: string | undefined;
  for (const item of exportable) {
    if (item.chapter !== chapter) {
      chapter = item.chapter;
      parts.push(categoryXml(chapter));
    }
    parts.push(questionXml(item));
  }
  parts.push('</quiz>', '');
  return { content: parts.join('\n'), included: exportable.map((i) => i.id), skipped };
}
