import type { Item } from '../../items/schema';
import type { MatchingItem } from '../../items/matching/schema';
import type { MultipleResponseItem } from '../../items/multiple-response/schema';
import type { NumericItem } from '../../items/numeric/schema';
import type { OrderingItem } from '../../items/ordering/schema';
import type { SingleBestItem } from '../../items/single-best/schema';
import { stemWithUnit } from './exportable';
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
 */
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

function explanationFeedback(item: Item): string {
  return modalFeedback('EXPLANATION', 'Explanation', `${item.explanation}\n\nSource: the review, section "${item.source}".`);
}

function choiceParts(item: SingleBestItem | MultipleResponseItem): string[] {
  const single = item.type === 'single-best';
  const keys = single ? [item.answer] : item.answers;
  const declaration = single
    ? `  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>${item.answer}</value></correctResponse></responseDeclaration>`
    : `  <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier"><correctResponse>${keys.map((k) => `<value>${k}</value>`).join('')}</correctResponse><mapping lowerBound="0" upperBound="${keys.length}" defaultValue="0">${item.options
        .map((o) => `<mapEntry mapKey="${o.id}" mappedValue="${keys.includes(o.id) ? 1 : -1}"/>`)
        .join('')}</mapping></responseDeclaration>`;
  const body = `  <itemBody>${para(item.stem)}<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="${single ? 1 : 0}">${item.options
    .map((o) => `<simpleChoice identifier="${o.id}">${escapeXml(o.text)}</simpleChoice>`)
    .join('')}</choiceInteraction></itemBody>`;
  const scoring = single ? scoreIf('<match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>') : mappedScore();
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
      .map((premise) => `<simpleAssociableChoice identifier="${p(premise.id)}" matchMax="1">${escapeXml(premise.text)}</simpleAssociableChoice>`)
      .join('')}</simpleMatchSet><simpleMatchSet>${item.responses
      .map((response) => `<simpleAssociableChoice identifier="${r(response.id)}" matchMax="${item.premises.length}">${escapeXml(response.text)}</simpleAssociableChoice>`)
      .join('')}</simpleMatchSet></matchInteraction></itemBody>`,
    processing(mappedScore(), false),
    explanationFeedback(item),
  ];
}

function numericParts(item: NumericItem): string[] {
  const low = item.answer - item.tolerance;
  const high = item.answer + item.tolerance;
  return [
    `  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float"><correctResponse><value>${item.answer}</value></correctResponse></responseDeclaration>`,
    outcomes(1),
    `  <itemBody>${para(stemWithUnit(item.stem, item.unit))}<p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="8"/> ${escapeXml(item.unit)}</p></itemBody>`,
    processing(scoreIf(`<and><gte><variable identifier="RESPONSE"/>${float(low)}</gte><lte><variable identifier="RESPONSE"/>${float(high)}</lte></and>`), false),
    explanationFeedback(item),
  ];
}

/** The assessmentItem XML for one item; throws a TypeError for a type QTI export skips. */
export function toQtiItem(item: Item): string {
  let parts: string[];
  switch (item.type) {
    case 'single-best':
    case 'multiple-response':
      parts = choiceParts(item);
      break;
    case 'ordering':
      parts = orderingParts(item);
      break;
    case 'matching':
      parts = matchingParts(item);
      break;
    case 'numeric':
      parts = numericParts(item);
      break;
    default:
      throw new TypeError(`item "${item.id}" of type "${item.type}" cannot be written as QTI`);
  }
  const title = item.objective;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem xmlns="${qtiNamespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${qtiNamespace} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd" identifier="${qtiItemIdentifier(item.id)}" title="${escapeXml(title, 'attribute')}" adaptive="false" timeDependent="false">`,
    ...parts,
    '</assessmentItem>',
    '',
  ].join('\n');
}

