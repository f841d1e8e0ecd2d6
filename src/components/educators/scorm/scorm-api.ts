import type { Item } from '../../../quiz-engine/items/schema';
import type { Assignment } from '../../../quiz-engine/educators/assignment';
import type { QuizSession } from '../../../quiz-engine/session/session';
import {
  finishPairs,
  progressPairs,
  scormTimespan,
  suspendDataLimit,
  type CmiPair,
  type ScormVersion,
} from '../../../quiz-engine/educators/scorm/scorm-data';
import {
  attemptFromSuspendData,
  suspendDataOf,
  type ResumedAttempt,
} from '../../../quiz-engine/educators/scorm/scorm-resume';

/**
 * The runner's side of the SCORM run-time: find the LMS's API object by the standard search
 * (this window's parents, then the opener's), and talk to it in either version's dialect.
 * Everything an LMS receives comes from the pure functions in quiz-engine/educators/scorm.
 */
interface Api12 {
  LMSInitialize(p: ''): string | boolean;
  LMSGetValue(e: string): string;
  LMSSetValue(e: string, v: string): string | boolean;
  LMSCommit(p: ''): string | boolean;
  LMSFinish(p: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}
interface Api2004 {
  Initialize(p: ''): string | boolean;
  GetValue(e: string): string;
  SetValue(e: string, v: string): string | boolean;
  Commit(p: ''): string | boolean;
  Terminate(p: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

type Found = { readonly version: '1.2'; readonly api: Api12 } | { readonly version: '2004'; readonly api: Api2004 };

function apiIn(win: Window, name: 'API' | 'API_1484_11'): unknown {
  try {
    return (win as unknown as Record<string, unknown>)[name];
  } catch {
    return undefined; // a cross-origin frame: not ours to read
  }
}

/** ADL's search: up the parent chain (at most 500 steps), then the same from the opener. */
function search(start: Window, name: 'API' | 'API_1484_11'): unknown {
  let win: Window = start;
  for (let tries = 0; tries <= 500; tries++) {
    const api = apiIn(win, name);
    if (api) return api;
    let parent: Window | null;
    try {
      parent = win.parent;
    } catch {
      parent = null;
    }
    if (!parent || parent === win) break;
    win = parent;
  }
  return undefined;
}

/** The LMS's API, preferring the package's own version; undefined outside an LMS. */
export function findScormApi(win: Window, prefer: ScormVersion): Found | undefined {
  const order: ScormVersion[] = prefer === '2004' ? ['2004', '1.2'] : ['1.2', '2004'];
  const starts: Window[] = [win];
  try {
    if (win.opener) starts.push(win.opener as Window);
    if (win.top && win.top !== win && win.top.opener) starts.push(win.top.opener as Window);
  } catch {
    // opener on another origin
  }
  for (const version of order) {
    for (const start of starts) {
      const api = search(start, version === '2004' ? 'API_1484_11' : 'API');
      if (api && typeof api === 'object') {
        if (version === '2004' && typeof (api as Api2004).Initialize === 'function')
          return { version, api: api as Api2004 };
        if (version === '1.2' && typeof (api as Api12).LMSInitialize === 'function')
          return { version, api: api as Api12 };
      }
    }
  }
  return undefined;
}

const ok = (result: string | boolean) => result === true || result === 'true';

/** What AssignmentApp needs from an LMS: the learner's name, resume state, and reporting. */
export interface LmsBridge {
  readonly version: ScormVersion;
  readonly learnerName: string;
  resume(
    assignment: Assignment,
    assignmentId: string,
    lookup: (id: string) => Item | undefined,
  ): ResumedAttempt | undefined;
  /** Saves resume state; returns a sentence when the LMS refused. */
  save(student: string, session: QuizSession): string | undefined;
  /** Reports the score and every interaction, then ends the LMS session. */
  finish(student: string, session: QuizSession, lookup: (id: string) => Item | undefined): string | undefined;
  /** The learner leaves before the end: keep resume state and end the LMS session. */
  leave(student: string, session: QuizSession): void;
}

/** Connects to the LMS (Initialize); undefined when there is none or it refuses. */
export function connectToLms(win: Window, prefer: ScormVersion): LmsBridge | undefined {
  const found = findScormApi(win, prefer);
  if (!found) return undefined;
  const v12 = found.version === '1.2' ? found.api : undefined;
  const v2004 = found.version === '2004' ? found.api : undefined;
  const get = (element: string) => String((v2004 ? v2004.GetValue(element) : v12!.LMSGetValue(element)) ?? '');
  const lastError = () => {
    const code = String(v2004 ? v2004.GetLastError() : v12!.LMSGetLastError());
    return code === '0' ? '' : `${code} ${v2004 ? v2004.GetErrorString(code) : v12!.LMSGetErrorString(code)}`;
  };
  if (!ok(v2004 ? v2004.Initialize('') : v12!.LMSInitialize(''))) return undefined;
  const version = found.version;
  const startedAt = Date.now();
  let ended = false;
  let lastCommitted = '';

  const setAll = (pairs: readonly CmiPair[]): string | undefined => {
    const problems: string[] = [];
    for (const [element, value] of pairs) {
      const done = v2004 ? v2004.SetValue(element, value) : v12!.LMSSetValue(element, value);
      if (!ok(done)) problems.push(`${element}: ${lastError()}`);
    }
    return problems.length > 0
      ? `The learning platform refused part of the record (${problems.join('; ')}).`
      : undefined;
  };
  const commit = () => ok(v2004 ? v2004.Commit('') : v12!.LMSCommit(''));
  const end = () => {
    if (ended) return;
    ended = true;
    setAll([
      [
        version === '2004' ? 'cmi.session_time' : 'cmi.core.session_time',
        scormTimespan(Date.now() - startedAt, version),
      ],
    ]);
    commit();
    if (v2004) v2004.Terminate('');
    else v12!.LMSFinish('');
  };
  const name = get(version === '2004' ? 'cmi.learner_name' : 'cmi.core.student_name');
  // LMSs send "Last, First"; the results table reads better as "First Last".
  const learnerName = /^[^,]+,\s*[^,]+$/.test(name)
    ? name
        .split(',')
        .map((s) => s.trim())
        .reverse()
        .join(' ')
    : name.trim();
  const passingText = get(version === '2004' ? 'cmi.scaled_passing_score' : 'cmi.student_data.mastery_score');
  const passingNumber = passingText.trim() === '' ? NaN : Number(passingText);
  const passingScaled = Number.isFinite(passingNumber)
    ? version === '2004'
      ? passingNumber
      : passingNumber / 100
    : undefined;

  return {
    version,
    learnerName,
    resume(assignment, assignmentId, lookup) {
      const entry = get(version === '2004' ? 'cmi.entry' : 'cmi.core.entry');
      const data = get('cmi.suspend_data');
      // A new attempt ("ab-initio") starts afresh even if old suspend data lingers.
      if (entry === 'ab-initio' || data === '') return undefined;
      return attemptFromSuspendData(data, assignment, assignmentId, lookup);
    },
    save(student, session) {
      if (ended) return undefined;
      const data = suspendDataOf(student, session);
      if (data.length > suspendDataLimit(version))
        return `This assignment is too long for SCORM ${version}'s resume data, so leaving and coming back will start it again.`;
      const problem = setAll(progressPairs(session, data, version));
      // Commit when something the learner would miss changed (an answer marked, a move), not on every keystroke.
      const mark = `${session.current}:${Object.values(session.entries).filter((e) => e.submittedAt !== undefined).length}`;
      if (mark !== lastCommitted) {
        lastCommitted = mark;
        commit();
      }
      return problem;
    },
    finish(student, session, lookup) {
      if (ended) return undefined;
      setAll([['cmi.suspend_data', suspendDataOf(student, session)]]);
      const problem = setAll(finishPairs(session, lookup, version, passingScaled));
      end();
      return problem;
    },
    leave(student, session) {
      if (ended) return;
      this.save(student, session);
      end();
    },
  };
}
