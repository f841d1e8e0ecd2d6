import { configFromSearch } from '../../quiz-engine/session/url-config';
import type { SessionConfig } from '../../quiz-engine/session/config';
import type { LoadedProgress } from './browser-progress';
import type { ProgressDocument } from '../../quiz-engine/progress/document';
import type { QuizBank } from './load-bank';
import { SetupForm } from './setup-form';
import { progressKey } from '../../quiz-engine/progress/keys';

/**
 * The /quiz/ page. The setup form is plain HTML (QuizSetupForm.astro) made live by SetupForm, so
 * the page hydrates nothing while it loads (issue 10: the Svelte form's hydration was one long
 * task of ≈ 100 ms at 4× CPU slowdown). Then, each in a task of its own:
 * - the learner's stored progress is read (its codec is the heavy part): it gives the form its
 *   history counts, and a stored quiz is resumed at once; with nothing stored, the codec waits for
 *   the form's first use;
 * - on the form's first use (a pointer or focus in it), the bank (≈ 0.5 MB) is read, so the counts
 *   are exact and topics can be listed, and the quiz app (QuizApp.svelte, with the Svelte runtime)
 *   loads in the background; Start mounts it beside the form and hides the form until the learner
 *   asks for a new quiz. The bank is not read while the page loads: reading it is one long task
 *   (≈ 190 ms at 4× CPU slowdown in Lighthouse), and until then the counts that need it (topics,
 *   and the history filters for a learner with answers) show "…".
 */
export interface QuizPage {
  /** Resolves once the progress has been read and a stored quiz, if any, is being resumed. */
  readonly ready: Promise<void>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function startQuizPage(root: HTMLElement): QuizPage {
  const form = root.querySelector<HTMLFormElement>('form.quiz-setup');
  const appTarget = root.querySelector<HTMLElement>('[data-quiz-app]');
  const messages = root.querySelector<HTMLElement>('[data-quiz-messages]');
  if (!form || !appTarget || !messages) throw new Error('quiz page: the setup form or the app area is missing');
  const chapterTitles = JSON.parse(root.dataset.chapterTitles ?? '{}') as Record<string, string>;
  const setup = new SetupForm(form);

  // A quiz link's settings; whatever the course does not have is named, not silently dropped.
  const fromLink = configFromSearch(window.location.search);
  if (Object.keys(fromLink.config).length > 0) setup.write(fromLink.config);
  else setup.render();
  showMessages(fromLink.problems);

  let bankLoading: Promise<QuizBank> | undefined;
  /** Fetches and reads the bank, once (a failed download may be retried); the form's counts become exact. */
  const bank = (): Promise<QuizBank> => {
    if (!bankLoading) {
      bankLoading = Promise.all([import('./load-bank'), import('../../quiz-engine/bank')]).then(
        async ([{ loadQuestionBank }, { itemLookup }]) => {
          const read = await loadQuestionBank();
          return { items: read.items, lookup: itemLookup(read.items) };
        },
      );
      bankLoading.then(
        (read) => setup.setItems(read.items),
        () => (bankLoading = undefined),
      );
    }
    return bankLoading;
  };
  let appLoading: Promise<[typeof import('svelte'), typeof import('./QuizApp.svelte')]> | undefined;
  const appModules = () => {
    appLoading ??= Promise.all([import('svelte'), import('./QuizApp.svelte')]);
    appLoading.catch(() => (appLoading = undefined));
    return appLoading;
  };

  let progress: LoadedProgress | undefined;
  let app: Record<string, unknown> | undefined;
  let starting = false;

  function showMessages(problems: readonly string[], status?: string) {
    messages!.replaceChildren();
    if (problems.length > 0) {
      const alert = document.createElement('div');
      alert.className = 'problem';
      alert.setAttribute('role', 'alert');
      for (const problem of problems)
        alert.append(Object.assign(document.createElement('p'), { textContent: problem }));
      messages!.append(alert);
    }
    if (status) {
      const line = Object.assign(document.createElement('p'), { textContent: status });
      line.setAttribute('role', 'status');
      messages!.append(line);
    }
  }

  /** Mounts the quiz app: to start `config`, or (without one) to resume the stored quiz. */
  async function openApp(config?: SessionConfig) {
    if (starting || app) return;
    starting = true;
    showMessages([], config ? 'Loading the questions…' : 'Loading your quiz…');
    try {
      const [[{ mount }, { default: QuizApp }]] = await Promise.all([appModules(), progressRead]);
      if (!progress) throw new Error('no progress');
      form!.hidden = true;
      showMessages([]);
      app = mount(QuizApp, {
        target: appTarget!,
        props: { chapterTitles, loaded: progress, bank, start: config, onsetup: backToSetup },
      });
    } catch {
      showMessages(['The quiz could not start (the page is missing a file). Reload the page to try again.']);
    } finally {
      starting = false;
    }
  }

  /**
   * Unmounts the app and shows the form again, with the given settings and problem. `doc` is the
   * app's progress document, newer than the page's (answers were saved since).
   */
  function backToSetup(config: Partial<SessionConfig>, problem?: string, doc?: ProgressDocument) {
    void Promise.all([appModules(), import('../../quiz-engine/progress/history')]).then(
      async ([[{ unmount }], history]) => {
        if (app) await unmount(app);
        app = undefined;
        appTarget!.replaceChildren();
        if (progress && doc) progress = { ...progress, doc };
        if (progress) setup.setHistory(history.learnerHistory(progress.doc));
        setup.write(config);
        form!.hidden = false;
        showMessages(problem ? [problem] : []);
        form!.querySelector<HTMLElement>('.total')?.focus();
      },
    );
  }

  let used: () => void = () => undefined;
  /** Resolves on the form's first use (a pointer, a focus or a submit in it). */
  const firstUse = new Promise<void>((resolve) => (used = resolve));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    used();
    const config = setup.config();
    if (config) void openApp(config);
  });
  // The form's first use: everything a quiz needs loads in the background.
  const warm = () => {
    used();
    void bank().catch(() => undefined);
    void appModules().catch(() => undefined);
  };
  form.addEventListener('pointerdown', warm, { once: true });
  form.addEventListener('focusin', warm, { once: true });

  // In tasks of their own, after the first paint: the progress codec's modules, then reading.
  // A learner with nothing stored (and storage that can be read) has no history, no notice and no
  // quiz to resume: the codec then loads on the form's first use, not while the page loads.
  const progressRead = nextTask()
    .then(() => (nothingStored() ? firstUse : undefined))
    .then(() => Promise.all([import('./browser-progress'), import('../../quiz-engine/progress/history')]))
    .then(async ([{ loadProgress }, history]) => {
      await nextTask();
      progress = loadProgress(Date.now());
      return { progress, learnerHistory: history.learnerHistory };
    });
  const ready = progressRead
    .then(async ({ progress, learnerHistory }) => {
      if (progress.notice) showNotice(root, progress.notice);
      if (progress.doc.session) {
        form.hidden = true;
        await openApp();
        return;
      }
      setup.setHistory(learnerHistory(progress.doc));
    })
    .catch(() =>
      showMessages(['The quiz could not start (the page is missing a file). Reload the page to try again.']),
    );
  return { ready };
}

/** Whether this browser holds no progress at all (false when storage cannot even be read). */
function nothingStored(): boolean {
  try {
    return window.localStorage.getItem(progressKey) === null;
  } catch {
    return false;
  }
}

/** The notice about the stored progress (unreadable, blocked, updated), above the form and the quiz. */
function showNotice(root: HTMLElement, notice: NonNullable<LoadedProgress['notice']>) {
  const box = document.createElement('div');
  box.className = notice.warning ? 'storage-notice warning' : 'storage-notice';
  box.setAttribute('role', notice.warning ? 'alert' : 'status');
  const text = document.createElement('p');
  text.append(
    Object.assign(document.createElement('strong'), {
      textContent: notice.warning ? 'About your saved progress:' : 'Note:',
    }),
    ` ${notice.message}`,
  );
  const dismiss = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Dismiss' });
  dismiss.addEventListener('click', () => box.remove());
  box.append(text, dismiss);
  root.prepend(box);
}
