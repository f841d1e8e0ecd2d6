/**
 * Main-thread side of the imaging worker: queues render jobs and resolves each with its slice.
 * One worker serves every panel of the page (jobs run in order). Where workers are unavailable
 * (or fail to start), the same job runs in the page after a yield to the event loop.
 */
import type { SceneEntry, ViewEntry } from '../../imaging/case-spec';
import type { DisplayWindow } from '../../imaging/display';
import type { LesionSection } from '../../imaging/regions';
import type { RenderedSlice } from '../../imaging/render';

export interface RenderJob {
  readonly id: number;
  readonly scene: SceneEntry;
  readonly view: ViewEntry;
  readonly positionMm: number;
  readonly size: number;
  readonly lesionIds: readonly string[];
}

export type RenderResult =
  | {
      readonly id: number;
      readonly ok: true;
      readonly slice: RenderedSlice;
      readonly sections: LesionSection[];
      readonly window: DisplayWindow;
    }
  | { readonly id: number; readonly ok: false; readonly message: string };

export type RenderedPanel = Extract<RenderResult, { ok: true }>;

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: RenderedPanel) => void; reject: (e: Error) => void; job: RenderJob }>();

function settle(result: RenderResult): void {
  const p = pending.get(result.id);
  if (!p) return;
  pending.delete(result.id);
  if (result.ok) p.resolve(result);
  else p.reject(new Error(result.message));
}

async function runInPage(job: RenderJob): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  const { runJob } = await import('./imaging-worker-job');
  settle(await runJob(job));
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === 'undefined'
        ? null
        : new Worker(new URL('./imaging-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (worker) {
    worker.onmessage = (event: MessageEvent<RenderResult>) => settle(event.data);
    worker.onerror = () => {
      // The worker could not run: finish every waiting job in the page instead.
      worker?.terminate();
      worker = null;
      for (const { job } of pending.values()) void runInPage(job);
    };
  }
  return worker;
}

/** Renders a panel's slice off the main thread. */
export function renderPanel(
  scene: SceneEntry,
  view: ViewEntry,
  positionMm: number,
  size: number,
  lesionIds: readonly string[],
): Promise<RenderedPanel> {
  const job: RenderJob = {
    id: nextId++,
    scene: plain(scene),
    view: plain(view),
    positionMm,
    size,
    lesionIds: [...lesionIds],
  };
  return new Promise((resolve, reject) => {
    pending.set(job.id, { resolve, reject, job });
    const w = startWorker();
    if (w) w.postMessage(job);
    else void runInPage(job);
  });
}

/** Plain copies for postMessage (Svelte props may be proxies, which cannot be cloned). */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
