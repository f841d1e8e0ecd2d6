import type { Item } from '../../items/schema';
import { totalMarks } from '../../items/registry';
import type { ItemResponse } from '../../items/response';
import type { QuizSession, SessionEntry } from '../../session/session';

/**
 * What the SCORM runner tells the LMS, as plain [element, value] pairs: pure, so a unit test
 * can read exactly what an LMS would receive. The runner (components/educators/scorm-api.ts)
 * only finds the API and calls SetValue with these pairs, in order.
 *
 * Score: each item counts 1 (partial credit as the item scorer gives it). LMS gradebooks
 * (Moodle's "highest grade", Canvas, Blackboard) read raw as a percentage, so both versions get
 * raw = percentage, min 0, max 100; SCORM 2004 also gets scaled = marks / items (0–1).
 *
 * Status: incomplete while the learner works; completed at the end, and passed/failed when the
 * LMS set a mastery score (1.2 cmi.student_data.mastery_score, 2004 cmi.scaled_passing_score).
 *
 * One interaction per item, written when the assignment ends, in the assignment's order:
 * id (the item id), type, learner response, result, latency, weighting and correct pattern.
 */
export type ScormVersion = '1.2' | '2004';
export type CmiPair = readonly [element: string, value: string];

export interface ScormInteraction {
  readonly id: string;
  readonly type: 'choice' | 'sequencing' | 'matching' | 'numeric' | 'performance' | 'other' | 'fill-in';
  /** Empty when the item was not answered. */
  readonly learnerResponse: string;
  readonly correctPattern?: string;
  /** 'correct', 'incorrect' (1.2: 'wrong'), or the fraction of marks for partial credit. */
  readonly result: string;
  readonly latencyMs: number;
  readonly weighting: number;
  readonly description: string;
}

/** Round to 2 decimals, as a plain decimal string (no exponent). */
function decimal(n: number, places = 2): string {
  const f = 10 ** places;
  return String(Math.round(n * f) / f);
}

/** Elapsed time: 1.2 CMITimespan HHHH:MM:SS.SS, 2004 ISO 8601 duration PT#H#M#S. */
export function scormTimespan(ms: number, version: ScormVersion): string {
  const totalCs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(totalCs / 360000);
  const m = Math.floor((totalCs % 360000) / 6000);
  const cs = totalCs % 6000;
  const s = cs / 100;
  if (version === '2004') return `PT${h}H${m}M${decimal(s)}S`;
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

function separators(version: ScormVersion) {
  return version === '2004' ? { list: '[,]', pair: '[.]', range: '[:]' } : { list: ',', pair: '.', range: '' };
}

/** A number as typed by the learner (comma or point), or undefined. */
function typedNumber(text: string): number | undefined {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) ? value : undefined;
}

function responseText(item: Item, response: ItemResponse | undefined, version: ScormVersion): string {
  if (!response) return '';
  const { list, pair } = separators(version);
  if ('choice' in response) return response.choice;
  if ('choices' in response) return response.choices.join(list);
  if ('order' in response) return response.order.join(list);
  if ('pairs' in response)
    return Object.entries(response.pairs)
      .map(([p, r]) => `${p}${pair}${r}`)
      .join(list);
  if ('value' in response) {
    const n = typedNumber(response.value);
    return n === undefined ? '' : String(n);
  }
  if ('kind' in response) {
    if (response.kind === 'region') return `region ${response.region}`;
    const hit = item.type === 'hotspot' ? regionHit(item, response.x, response.y) : undefined;
    const where = `point ${decimal(response.x, 3)} ${decimal(response.y, 3)}`;
    return hit ? `${where} in ${hit}` : where;
  }
  if ('steps' in response)
    return Object.entries(response.steps)
      .map(([step, answer]) => `${step}${pair}${answer.replace(/[[\],]/g, ' ').trim()}`)
      .join(list);
  return '';
}

function regionHit(item: Extract<Item, { type: 'hotspot' }>, x: number, y: number): string | undefined {
  for (const region of item.regions) {
    const a = region.area;
    const inside =
      a.shape === 'circle'
        ? (x - a.cx) ** 2 + (y - a.cy) ** 2 <= a.r ** 2
        : x >= a.x && x <= a.x + a.w && y >= a.y && y <= a.y + a.h;
    if (inside) return region.id;
  }
  return undefined;
}

function correctPattern(item: Item, version: ScormVersion): string | undefined {
  const { list, pair, range } = separators(version);
  switch (item.type) {
    case 'single-best':
      return item.answer;
    case 'multiple-response':
      return item.answers.join(list);
    case 'ordering':
      return item.elements.map((e) => e.id).join(list);
    case 'matching':
      return item.premises.map((p) => `${p.id}${pair}${p.match}`).join(list);
    case 'numeric':
      // 1.2 numeric patterns are one number; 2004 takes a range min[:]max.
      return version === '2004'
        ? `${item.answer - item.tolerance}${range}${item.answer + item.tolerance}`
        : String(item.answer);
    case 'hotspot':
      return `region ${item.answer}`;
    case 'case':
      return undefined;
  }
}

function interactionType(item: Item, version: ScormVersion): ScormInteraction['type'] {
  switch (item.type) {
    case 'single-best':
    case 'multiple-response':
      return 'choice';
    case 'ordering':
      return 'sequencing';
    case 'matching':
      return 'matching';
    case 'numeric':
      return 'numeric';
    case 'hotspot':
      // A click on an image has no SCORM type of its own: 2004 has "other", 1.2 "performance".
      return version === '2004' ? 'other' : 'performance';
    case 'case':
      return 'performance';
  }
}

/** The interaction recorded for one item of a finished session. */
export function interactionFor(item: Item, entry: SessionEntry | undefined, version: ScormVersion): ScormInteraction {
  const total = entry?.result?.total ?? totalMarks(item);
  const earned = entry?.result?.earned ?? 0;
  const answered = entry?.response !== undefined && entry.submittedAt !== undefined;
  const wrong = version === '2004' ? 'incorrect' : 'wrong';
  const result = entry?.result?.correct ? 'correct' : earned > 0 ? decimal(earned / total, 4) : wrong;
  let type = interactionType(item, version);
  let learnerResponse = answered ? responseText(item, entry?.response, version) : '';
  // A typed answer that is not a number cannot be a numeric response; keep it as text.
  if (item.type === 'numeric' && answered && learnerResponse === '' && entry?.response && 'value' in entry.response) {
    type = 'fill-in';
    learnerResponse = entry.response.value.replace(/[[\]]/g, ' ').trim();
  }
  const pattern = type === 'fill-in' ? undefined : correctPattern(item, version);
  return {
    id: item.id,
    type,
    learnerResponse,
    ...(pattern !== undefined ? { correctPattern: pattern } : {}),
    result,
    latencyMs: entry?.timeMs ?? 0,
    weighting: total,
    description: item.stem.replace(/\s+/g, ' ').slice(0, 250),
  };
}

/** The interaction's elements at index n, in the order an LMS accepts them (id and type first). */
export function interactionPairs(n: number, interaction: ScormInteraction, version: ScormVersion): CmiPair[] {
  const at = `cmi.interactions.${n}`;
  const pairs: CmiPair[] = [
    [`${at}.id`, interaction.id],
    [`${at}.type`, interaction.type],
  ];
  if (interaction.correctPattern !== undefined)
    pairs.push([`${at}.correct_responses.0.pattern`, interaction.correctPattern]);
  pairs.push([`${at}.weighting`, String(interaction.weighting)]);
  if (interaction.learnerResponse !== '')
    pairs.push([version === '2004' ? `${at}.learner_response` : `${at}.student_response`, interaction.learnerResponse]);
  pairs.push([`${at}.result`, interaction.result], [`${at}.latency`, scormTimespan(interaction.latencyMs, version)]);
  if (version === '2004') pairs.push([`${at}.description`, interaction.description]);
  return pairs;
}

export interface SessionScore {
  /** Marks earned: each item counts 1 (partial credit as a fraction). */
  readonly raw: number;
  readonly max: number;
  readonly scaled: number;
}

export function sessionScore(session: QuizSession): SessionScore {
  const max = session.itemIds.length;
  let raw = 0;
  for (const id of session.itemIds) {
    const r = session.entries[id]?.result;
    if (r) raw += r.earned / r.total;
  }
  return { raw, max, scaled: max === 0 ? 0 : raw / max };
}

/**
 * The values set when the session ends. `passingScaled` is the LMS's pass mark as a fraction
 * (1.2 mastery score / 100, 2004 scaled passing score), or undefined when it set none.
 */
export function finishPairs(
  session: QuizSession,
  lookup: (id: string) => Item | undefined,
  version: ScormVersion,
  passingScaled: number | undefined,
): CmiPair[] {
  const score = sessionScore(session);
  const passed = passingScaled === undefined ? undefined : score.scaled >= passingScaled;
  const pairs: CmiPair[] = [];
  session.itemIds.forEach((id, n) => {
    const item = lookup(id);
    if (item) pairs.push(...interactionPairs(n, interactionFor(item, session.entries[id], version), version));
  });
  if (version === '2004') {
    pairs.push(
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', decimal(score.scaled * 100)],
      ['cmi.score.scaled', decimal(score.scaled, 4)],
      ['cmi.progress_measure', '1'],
      ['cmi.completion_status', 'completed'],
      ['cmi.success_status', passed === undefined ? 'unknown' : passed ? 'passed' : 'failed'],
      ['cmi.exit', 'normal'],
    );
  } else {
    pairs.push(
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', decimal(score.scaled * 100)],
      ['cmi.core.lesson_status', passed === undefined ? 'completed' : passed ? 'passed' : 'failed'],
      ['cmi.core.exit', ''],
    );
  }
  return pairs;
}

/** The values set while the learner works: resume state, bookmark, status incomplete. */
export function progressPairs(session: QuizSession, suspendData: string, version: ScormVersion): CmiPair[] {
  const answered = session.itemIds.filter((id) => session.entries[id]?.submittedAt !== undefined).length;
  if (version === '2004') {
    return [
      ['cmi.suspend_data', suspendData],
      ['cmi.location', String(session.current)],
      ['cmi.completion_status', 'incomplete'],
      ['cmi.progress_measure', decimal(answered / session.itemIds.length, 4)],
      ['cmi.exit', 'suspend'],
    ];
  }
  return [
    ['cmi.suspend_data', suspendData],
    ['cmi.core.lesson_location', String(session.current)],
    ['cmi.core.lesson_status', 'incomplete'],
    ['cmi.core.exit', 'suspend'],
  ];
}

/** SCORM 1.2 allows 4096 characters of suspend data; SCORM 2004 4th edition 64000. */
export function suspendDataLimit(version: ScormVersion): number {
  return version === '2004' ? 64000 : 4096;
}
