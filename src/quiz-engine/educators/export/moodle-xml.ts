import type { Item } from '../../items/schema';
import type { HotspotItem, HotspotRegion } from '../../items/hotspot/schema';
import type { MatchingItem } from '../../items/matching/schema';
import type { MultipleResponseItem } from '../../items/multiple-response/schema';
import type { NumericItem } from '../../items/numeric/schema';
import type { SingleBestItem } from '../../items/single-best/schema';
import {
  base64Of,
  categoryPath,
  noImages,
  partitionForExport,
  percentFraction,
  pngSize,
  stemWithUnit,
  type ExportImages,
  type ExportResult,
} from './exportable';
import { describeCounts, itemImage, panelImageFileName, panelImagePath, type PanelImage } from './item-images';
import { expandCases, type LinkedStep } from './linked-case';
import { element, escapeHtml, escapeXml, htmlParagraphs } from './xml-text';

/**
 * Moodle XML (Moodle's question bank import format). Question text and feedback are written
 * as HTML (format="html"), escaped for HTML and then for XML; each chapter becomes a category
 * under "GEP-NET Imaging". Per-option feedback is the option's `why`; general feedback is the
 * explanation plus the review section.
 *
 * Images: a question's simulated panel is embedded in its text as
 * `<img src="@@PLUGINFILE@@/<case>-<panel>.png">`, with the PNG itself as a base64
 * `<file name="…" path="/" encoding="base64">` inside the same <questiontext>, which is how
 * Moodle's importer stores files with a question.
 *
 * - single-best → multichoice, single: key 100 %, others 0 % (with its panel, if it has one).
 * - multiple-response → multichoice, not single: each key +100/k %, each distractor −100/k %
 *   (k keys), which is the site's own scoring (a wrong tick cancels a right one, never below 0).
 * - numeric → numerical with the absolute tolerance; the unit is named in the question text.
 * - matching → matching; responses no premise uses are extra wrong answers (blank question).
 * - hotspot → ddmarker (drag-and-drop markers, in Moodle's standard distribution): the panel is
 *   the background <file>, one marker to drop on the finding, and the answer region as the
 *   drop zone in image pixels (circle "x,y;r", rectangle "x,y;w,h").
 * - multi-step case → its steps as linked questions in a category of their own (see
 *   linked-case.ts); a case that branches on earlier answers is left out with the reason.
 * Ordering items are skipped with a reason.
 */

const html = (text: string) => element('text', htmlParagraphs(text));
const plain = (text: string) => element('text', text);

type Writable = Item | LinkedStep;

function feedbackOf(item: Writable): string {
  return `${item.explanation}\n\nSource: the review, section "${item.source}".`;
}

function imageHtml(image: PanelImage, bytes: Uint8Array): string {
  const size = pngSize(bytes);
  const dims = size ? ` width="${size.width}" height="${size.height}"` : '';
  return `<p><img src="@@PLUGINFILE@@/${panelImageFileName(image)}" alt="${escapeHtml(image.alt).replace(/"/g, '&quot;')}"${dims}></p><p><em>Simulated image, for teaching only.</em></p>`;
}

function fileElement(image: PanelImage, bytes: Uint8Array): string {
  return `<file name="${panelImageFileName(image)}" path="/" encoding="base64">${base64Of(bytes)}</file>`;
}

/** <questiontext> with the stem, and the panel embedded when the item shows one. */
function questionText(stem: string, image: PanelImage | undefined, images: ExportImages): string {
  const bytes = image ? images.get(panelImagePath(image)) : undefined;
  if (!image || !bytes) return `<questiontext format="html">${html(stem)}</questiontext>`;
  return `<questiontext format="html">${element('text', htmlParagraphs(stem) + imageHtml(image, bytes))}${fileElement(image, bytes)}</questiontext>`;
}

function header(
  item: Writable,
  type: string,
  stem: string,
  images: ExportImages,
  image: PanelImage | undefined = itemImage(item as Item),
): string {
  return [
    `  <question type="${type}">`,
    `    <name>${plain('caseId' in item ? `${item.caseId} · step ${item.step} of ${item.steps}` : item.id)}</name>`,
    `    ${questionText(stem, image, images)}`,
    `    <generalfeedback format="html">${html(feedbackOf(item))}</generalfeedback>`,
    `    <defaultgrade>1</defaultgrade>`,
    `    <penalty>0</penalty>`,
    `    <hidden>0</hidden>`,
    `    <idnumber>${escapeXml(item.id)}</idnumber>`,
  ].join('\n');
}

function tags(item: Writable): string {
  const all = [
    item.chapter,
    `difficulty-${item.difficulty}`,
    ...item.topics,
    ...('caseId' in item ? ['multi-step-case', item.caseId] : []),
  ];
  return `    <tags>${all.map((t) => `<tag>${plain(t)}</tag>`).join('')}</tags>`;
}

function answer(fraction: string, text: string, feedback: string): string {
  return `    <answer fraction="${fraction}" format="html">${html(text)}<feedback format="html">${html(feedback)}</feedback></answer>`;
}

function choiceQuestion(item: SingleBestItem | MultipleResponseItem | LinkedStep, images: ExportImages): string {
  if (item.type === 'numeric') throw new TypeError('a numeric step is not a choice question');
  const single = item.type === 'single-best';
  const keys = single ? [item.answer] : item.answers;
  const lines = [
    header(item, 'multichoice', item.stem, images),
    `    <single>${single}</single>`,
    '    <shuffleanswers>true</shuffleanswers>',
    '    <answernumbering>ABCD</answernumbering>',
  ];
  for (const option of item.options) {
    const isKey = keys.includes(option.id);
    const fraction = single
      ? isKey
        ? '100'
        : '0'
      : isKey
        ? percentFraction(1, keys.length)
        : `-${percentFraction(1, keys.length)}`;
    lines.push(answer(fraction, option.text, option.why));
  }
  lines.push(tags(item), '  </question>');
  return lines.join('\n');
}

function numericQuestion(item: NumericItem | LinkedStep, images: ExportImages): string {
  if (item.type !== 'numeric') throw new TypeError('not a numeric question');
  return [
    header(item, 'numerical', stemWithUnit(item.stem, item.unit), images),
    `    <answer fraction="100" format="moodle_auto_format">${plain(String(item.answer))}<tolerance>${item.tolerance}</tolerance><feedback format="html">${html(`The answer is ${item.answer.toFixed(item.decimals)} ${item.unit} (± ${item.tolerance}).`)}</feedback></answer>`,
    '    <unitgradingtype>0</unitgradingtype>',
    '    <unitpenalty>0</unitpenalty>',
    '    <showunits>3</showunits>',
    '    <unitsleft>0</unitsleft>',
    tags(item),
    '  </question>',
  ].join('\n');
}

function matchingQuestion(item: MatchingItem, images: ExportImages): string {
  const responseText = new Map(item.responses.map((r) => [r.id, r.text]));
  const used = new Set(item.premises.map((p) => p.match));
  const lines = [header(item, 'matching', item.stem, images), '    <shuffleanswers>true</shuffleanswers>'];
  for (const premise of item.premises) {
    lines.push(
      `    <subquestion format="html">${html(premise.text)}<answer>${plain(responseText.get(premise.match) ?? '')}</answer></subquestion>`,
    );
  }
  for (const response of item.responses.filter((r) => !used.has(r.id))) {
    lines.push(`    <subquestion format="html"><text></text><answer>${plain(response.text)}</answer></subquestion>`);
  }
  lines.push(tags(item), '  </question>');
  return lines.join('\n');
}

/** A region in image pixels, as ddmarker writes drop zones. */
export function ddmarkerZone(
  region: HotspotRegion,
  width: number,
  height: number,
): { shape: 'circle' | 'rectangle'; coords: string } {
  const a = region.area;
  if (a.shape === 'circle')
    return {
      shape: 'circle',
      coords: `${Math.round(a.cx * width)},${Math.round(a.cy * height)};${Math.round(a.r * Math.min(width, height))}`,
    };
  return {
    shape: 'rectangle',
    coords: `${Math.round(a.x * width)},${Math.round(a.y * height)};${Math.round(a.w * width)},${Math.round(a.h * height)}`,
  };
}

function hotspotQuestion(item: HotspotItem, images: ExportImages): string {
  const bytes = images.get(panelImagePath(item.image));
  if (!bytes) throw new TypeError(`hotspot "${item.id}" needs its image`);
  const size = pngSize(bytes) ?? { width: 512, height: 512 };
  const key = item.regions.find((r) => r.id === item.answer)!;
  const zone = ddmarkerZone(key, size.width, size.height);
  const stem = `${item.stem}\n\nDrag the marker onto your answer. (Simulated image: ${item.image.alt})`;
  return [
    // The background image is the question's own <file>, not an <img> in the text.
    header(item, 'ddmarker', stem, images, undefined),
    '    <shuffleanswers/>',
    `    <correctfeedback format="html">${html(`Right: ${key.why}`)}</correctfeedback>`,
    `    <partiallycorrectfeedback format="html">${html('Partly right.')}</partiallycorrectfeedback>`,
    `    <incorrectfeedback format="html">${html(`Not there. ${key.label}: ${key.why}`)}</incorrectfeedback>`,
    '    <showmisplaced/>',
    `    ${fileElement(item.image, bytes)}`,
    `    <drag><no>1</no>${plain('Finding')}<noofdrags>1</noofdrags></drag>`,
    `    <drop><no>1</no><shape>${zone.shape}</shape><coords>${zone.coords}</coords><choice>1</choice></drop>`,
    tags(item),
    '  </question>',
  ].join('\n');
}

/** The writer of each type Moodle XML carries (cases go as linked steps, see linked-case.ts). */
type MoodleType = 'single-best' | 'multiple-response' | 'numeric' | 'matching' | 'hotspot';
export const moodleWriters: {
  readonly [T in MoodleType]: (item: Extract<Writable, { type: T }>, images: ExportImages) => string;
} = {
  'single-best': choiceQuestion,
  'multiple-response': choiceQuestion,
  numeric: numericQuestion,
  matching: matchingQuestion,
  hotspot: hotspotQuestion,
};

function questionXml(item: Writable, images: ExportImages): string {
  const write = (moodleWriters as Partial<Record<string, (item: Writable, images: ExportImages) => string>>)[item.type];
  if (!write) throw new TypeError(`item "${item.id}" of type "${item.type}" cannot be written as Moodle XML`);
  return write(item, images);
}

function categoryXml(path: string): string {
  return `  <question type="category">\n    <category>${plain(path)}</category>\n  </question>`;
}

/** The items as one Moodle XML document (`<quiz>`), with the items it had to skip. */
export function toMoodleXml(items: readonly Item[], images: ExportImages = noImages): ExportResult<string> {
  const { exportable, skipped, counts } = partitionForExport(items, 'moodle-xml', images);
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- GEP-NET Imaging questions for Moodle. ${describeCounts(counts).replace(/--/g, '—')} Simulated images, for teaching only. -->`,
    '<quiz>',
  ];
  let category: string | undefined;
  for (const item of expandCases(exportable)) {
    const path = 'caseId' in item ? `${categoryPath(item.chapter)}/Case ${item.caseId}` : categoryPath(item.chapter);
    if (path !== category) {
      category = path;
      parts.push(categoryXml(path));
    }
    parts.push(questionXml(item, images));
  }
  parts.push('</quiz>', '');
  return { content: parts.join('\n'), included: exportable.map((i) => i.id), skipped, counts };
}
