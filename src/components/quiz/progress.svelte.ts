import type { KeyValueStore } from '../../quiz-engine/progress/store';
import type { ProgressDocument } from '../../quiz-engine/progress/document';
import {
  browserStore,
  loadProgress,
  storeProgress,
  type LoadedProgress,
  type ProgressNotice,
} from './browser-progress';

/**
 * The learner's progress document for one island (quiz, review, progress): loaded once when the
 * island mounts, changed by assigning `doc`-returning engine functions through `update`, and
 * saved on every change. What the page must say about it is state here too: `notice` (the
 * stored copy was unreadable, newer, blocked or updated; shown by StorageNotice) and
 * `saveProblem` (the last save failed; shown in an alert). When the stored copy must not be
 * overwritten (`canSave` false) the learner can keep working, but nothing is written.
 */
export class Progress {
  doc: ProgressDocument | undefined = $state();
  notice: ProgressNotice | undefined = $state();
  saveProblem = $state('');
  canSave = true;
  readonly #store: () => KeyValueStore;

  constructor(store: () => KeyValueStore = browserStore) {
    this.#store = store;
  }

  /** Reads the stored progress (call from onMount: storage exists only in the browser). */
  load(now: number = Date.now()): ProgressDocument {
    return this.adopt(loadProgress(now, this.#store()));
  }

  /** Takes progress the page has already read (reading twice could repair or back it up twice). */
  adopt(loaded: LoadedProgress): ProgressDocument {
    this.doc = loaded.doc;
    this.canSave = loaded.canSave;
    this.notice = loaded.notice;
    return loaded.doc;
  }

  /** Replaces the document and saves it. */
  update(doc: ProgressDocument): void {
    this.doc = doc;
    this.save();
  }

  /** Saves the document as it is; a failed save is kept in `saveProblem`, never dropped. */
  save(): void {
    if (this.doc) this.saveProblem = storeProgress(this.doc, this.canSave, this.#store()) ?? '';
  }
}
