import type { Item } from '../../items/schema';
import type { MatchingItem } from '../../items/matching/schema';
import type { MultipleResponseItem } from '../../items/multiple-response/schema';
import type { NumericItem } from '../../items/numeric/schema';
import type { OrderingItem } from '../../items/ordering/schema';
import type { SingleBestItem } from '../../items/single-best/schema';
import type { HotspotItem } from '../../items/hotspot/schema';
import { noImages, pngSize, stemWithUnit, type ExportImages } from './exportable';
import { itemImage, panelImageFileName, panelImagePath, type PanelImage } from './item-images';
import type { LinkedStep } from './linked-case';
import { escapeXml, xmlIdentifier } from './xml-text';

/**
 * One question as an IMS QTI 2.1 assessmentItem. Every item declares SCORE, MAXSCORE and a
 * FEEDBACK outcome; response processing sets FEEDBACK to the chosen options plus
 * "EXPLANATION", so an option's modal feedback (its `why`) shows when it was chosen and the
 * explanation always shows.
 *
 * - single-best: choiceInteraction, maxChoices 1; 1 point for the key.
 * - multiple-response: choiceInteraction, maxChoices 0; mapping +1 per key, −1 per distractor,
 *   lower bound 0, MAXSCORE = number of keys (the site's own scoring).
 * - ordering: orderInteraction; 1 point for the exact order (all or nothing, unlike the site,
 *   which gives partial credit).
 * - matching: matchInteraction with directedPair responses; +1 per right pair, MAXSCORE = premises.
 * - numeric: textEntryInteraction (float); 1 point within ± tolerance.
 * - hotspot: selectPointInteraction on the panel (an <object> in the package's images/ folder),
 *   scored by areaMapping: 1 point for a click inside the answer region (circle "x,y,r" or
 *   rectangle "left,top,right,bottom", image pixels).
 * - a multi-step case: each step as its own item (see linked-case.ts).
 * Items with a simulated panel show it as <img src="../images/<case>-<panel>.png">.
 */
type Writable = Item | LinkedStep;

/** Where an image sits in the package, relative to the package root and to an item file. */
export const qtiImageHref = (image: PanelImage) => `images/${panelImageFileName(image)}`;
const fromItem = (image: PanelImage) => `../${qtiImageHref(image)}`;
export const qtiNamespace = 'http://www.imsglobal.org/xsd/imsqti_v2p1';

export function qtiItemIdentifier(id: string): string {
  return xmlIdentifier('gepnet-', id);
}

const para = (text: string) =>
  text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeXml(p.trim())}</p>`)
    .join('');

function outcomes(maxScore: number): string {
  return [
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    `  <outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue><value>${maxScore}</value></defaultValue></outcomeDeclaration>`,
    '  <outcomeDeclaration identifier="FEEDBACK" cardinality="multiple" baseType="identifier"/>',
  ].join('\n');
}

const setScore = (expression: string) => `<setOutcomeValue identifier="SCORE">${expression}</setOutcomeValue>`;
const float = (n: number) => `<baseValue baseType="float">${n}</baseValue>`;

/** Score 1 when `test` holds, 0 otherwise (and 0 when nothing was answered). */
function scoreIf(test: string): string {
  return `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>${setScore(float(0))}</responseIf><responseElseIf>${test}${setScore(float(1))}</responseElseIf><responseElse>${setScore(float(0))}</responseElse></responseCondition>`;
}

function mappedScore(): string {
  return `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>${setScore(float(0))}</responseIf><responseElse>${setScore('<mapResponse identifier="RESPONSE"/>')}</responseElse></responseCondition>`;
}

function processing(scoring: string, optionFeedback: boolean): string {
  const feedback = optionFeedback
    ? '<multiple><variable identifier="RESPONSE"/><baseValue baseType="identifier">EXPLANATION</baseValue></multiple>'
    : '<multiple><baseValue baseType="identifier">EXPLANATION</baseValue></multiple>';
  return `  <responseProcessing>${scoring}<setOutcomeValue identifier="FEEDBACK">${feedback}</setOutcomeValue></responseProcessing>`;
}

function modalFeedback(identifier: string, title: string, text: string): string {
  return `  <modalFeedback outcomeIdentifier="FEEDBACK" showHide="show" identifier="${escapeXml(identifier, 'attribute')}" title="${escapeXml(title, 'attribute')}">${para(text)}</modalFeedback>`;
}

function explanationFeedback(item: Writable): string {
  return modalFeedback(
    'EXPLANATION',
    'Explanation',
    `${item.explanation}\n\nSource: the review, section "${item.source}".`,
  );
}

function imageBlock(item: Writable, images: ExportImages): string {
  const image = itemImage(item as Item);
  const bytes = image ? images.get(panelImagePath(image)) : undefined;
  if (!image || !bytes) return '';
  const size = pngSize(bytes);
  return `<p><img src="${fromItem(image)}" alt="${escapeXml(image.alt, 'attribute')}"${size ? ` width="${size.width}" height="${size.height}"` : ''}/></p><p><em>Simulated image, for teaching only.</em></p>`;
}

function choiceParts(item: SingleBestItem | MultipleResponseItem | LinkedStep, images: ExportImages): string[] {
  if (item.type === 'numeric') throw new TypeError('a numeric step is not a choice item');
  const single = item.type === 'single-best';
  const keys = single ? [item.answer] : item.answers;
  const declaration = single
    ? `  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>${item.answer}</value></correctResponse></responseDeclaration>`
    : `  <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier"><correctResponse>${keys.map((k) => `<value>${k}</value>`).join('')}</correctResponse><mapping lowerBound="0" upperBound="${keys.length}" defaultValue="0">${item.options
        .map((o) => `<mapEntry mapKey="${o.id}" mappedValue="${keys.includes(o.id) ? 1 : -1}"/>`)
        .join('')}</mapping></responseDeclaration>`;
  const body = `  <itemBody>${para(item.stem)}${imageBlock(item, images)}<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="${single ? 1 : 0}">${item.options
    .map((o) => `<simpleChoice identifier="${o.id}">${escapeXml(o.text)}</simpleChoice>`)
    .join('')}</choiceInteraction></itemBody>`;
  const scoring = single
    ? scoreIf('<match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>')
    : mappedScore();
  return [
    declaration,
    outcomes(keys.length),
    body,
    processing(scoring, true),
    ...item.options.map((o, index) => modalFeedback(o.id, `Option ${String.fromCharCode(65 + index)}`, o.why)),
    explanationFeedback(item),
  ];
}

function orderingParts(item: OrderingItem): string[] {
  const ids = item.elements.map((e) => xmlIdentifier('e_', e.id));
  return [
    `  <responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${ids.map((id) => `<value>${id}</value>`).join('')}</correctResponse></responseDeclaration>`,
    outcomes(1),
    `  <itemBody>${para(item.stem)}<orderInteraction responseIdentifier="RESPONSE" shuffle="true">${item.elements
      .map((e, i) => `<simpleChoice identifier="${ids[i]}">${escapeXml(e.text)}</simpleChoice>`)
      .join('')}</orderInteraction></itemBody>`,
    processing(scoreIf('<match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>'), false),
    explanationFeedback(item),
  ];
}

function matchingParts(item: MatchingItem): string[] {
  const p = (id: string) => xmlIdentifier('p_', id);
  const r = (id: string) => xmlIdentifier('r_', id);
  const pairs = item.premises.map((premise) => `${p(premise.id)} ${r(premise.match)}`);
  return [
    `  <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse>${pairs.map((v) => `<value>${v}</value>`).join('')}</correctResponse><mapping lowerBound="0" upperBound="${pairs.length}" defaultValue="0">${pairs
      .map((v) => `<mapEntry mapKey="${v}" mappedValue="1"/>`)
      .join('')}</mapping></responseDeclaration>`,
    outcomes(item.premises.length),
    `  <itemBody>${para(item.stem)}<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${item.premises.length}"><simpleMatchSet>${item.premises
      .map(
        (premise) =>
          `<simpleAssociableChoice identifier="${p(premise.id)}" matchMax="1">${escapeXml(premise.text)}</simpleAssociableChoice>`,
      )
      .join('')}</simpleMatchSet><simpleMatchSet>${item.responses
      .map(
        (response) =>
          `<simpleAssociableChoice identifier="${r(response.id)}" matchMax="${item.premises.length}">${escapeXml(response.text)}</simpleAssociableChoice>`,
      )
      .join('')}</simpleMatchSet></matchInteraction></itemBody>`,
    processing(mappedScore(), false),
    explanationFeedback(item),
  ];
}

function numericParts(item: NumericItem | LinkedStep, images: ExportImages): string[] {
  if (item.type !== 'numeric') throw new TypeError('not a numeric item');
  const low = item.answer - item.tolerance;
  const high = item.answer + item.tolerance;
  return [
    `  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float"><correctResponse><value>${item.answer}</value></correctResponse></responseDeclaration>`,
    outcomes(1),
    `  <itemBody>${para(stemWithUnit(item.stem, item.unit))}${imageBlock(item, images)}<p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="8"/> ${escapeXml(item.unit)}</p></itemBody>`,
    processing(
      scoreIf(
        `<and><gte><variable identifier="RESPONSE"/>${float(low)}</gte><lte><variable identifier="RESPONSE"/>${float(high)}</lte></and>`,
      ),
      false,
    ),
    explanationFeedback(item),
  ];
}

/** A region in image pixels as a QTI area: circle "x,y,r", rect "left,top,right,bottom". */
export function qtiArea(
  item: HotspotItem,
  regionId: string,
  width: number,
  height: number,
): { shape: 'circle' | 'rect'; coords: string } {
  const a = item.regions.find((r) => r.id === regionId)!.area;
  if (a.shape === 'circle')
    return {
      shape: 'circle',
      coords: `${Math.round(a.cx * width)},${Math.round(a.cy * height)},${Math.round(a.r * Math.min(width, height))}`,
    };
  return {
    shape: 'rect',
    coords: `${Math.round(a.x * width)},${Math.round(a.y * height)},${Math.round((a.x + a.w) * width)},${Math.round((a.y + a.h) * height)}`,
  };
}

function hotspotParts(item: HotspotItem, images: ExportImages): string[] {
  const bytes = images.get(panelImagePath(item.image));
  if (!bytes) throw new TypeError(`hotspot "${item.id}" needs its image`);
  const { width, height } = pngSize(bytes) ?? { width: 512, height: 512 };
  const area = qtiArea(item, item.answer, width, height);
  const key = item.regions.find((r) => r.id === item.answer)!;
  const a = key.area;
  const centre = a.shape === 'circle' ? [a.cx, a.cy] : [a.x + a.w / 2, a.y + a.h / 2];
  return [
    `  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="point"><correctResponse><value>${Math.round(centre[0]! * width)} ${Math.round(centre[1]! * height)}</value></correctResponse><areaMapping defaultValue="0" lowerBound="0" upperBound="1"><areaMapEntry shape="${area.shape}" coords="${area.coords}" mappedValue="1"/></areaMapping></responseDeclaration>`,
    outcomes(1),
    `  <itemBody>${para(item.stem)}<selectPointInteraction responseIdentifier="RESPONSE" maxChoices="1"><prompt>Click the finding on the simulated image.</prompt><object type="image/png" data="${fromItem(item.image)}" width="${width}" height="${height}">${escapeXml(item.image.alt)}</object></selectPointInteraction></itemBody>`,
    processing(
      `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>${setScore(float(0))}</responseIf><responseElse>${setScore('<mapResponsePoint identifier="RESPONSE"/>')}</responseElse></responseCondition>`,
      false,
    ),
    modalFeedback(
      'EXPLANATION',
      'Explanation',
      `${key.label}: ${key.why}

${item.explanation}

Source: the review, section "${item.source}".`,
    ),
  ];
}

/** The assessmentItem XML for one item; throws a TypeError for a type QTI export skips. */
/** The writer of each type QTI carries (cases go as linked steps, see linked-case.ts). */
type QtiType = 'single-best' | 'multiple-response' | 'hotspot' | 'ordering' | 'matching' | 'numeric';
export const qtiWriters: {
  readonly [T in QtiType]: (item: Extract<Writable, { type: T }>, images: ExportImages) => string[];
} = {
  'single-best': choiceParts,
  'multiple-response': choiceParts,
  hotspot: hotspotParts,
  ordering: orderingParts,
  matching: matchingParts,
  numeric: numericParts,
};

export function toQtiItem(item: Writable, images: ExportImages = noImages): string {
  const write = (qtiWriters as Partial<Record<string, (item: Writable, images: ExportImages) => string[]>>)[item.type];
  if (!write) throw new TypeError(`item "${item.id}" of type "${item.type}" cannot be written as QTI`);
  const parts = write(item, images);
  const title = item.objective;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem xmlns="${qtiNamespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${qtiNamespace} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd" identifier="${qtiItemIdentifier(item.id)}" title="${escapeXml(title, 'attribute')}" adaptive="false" timeDependent="false">`,
    ...parts,
    '</assessmentItem>',
    '',
  ].join('\n');
}
