/**
 * The imaging engine in a Web Worker: renders a panel's slice (and finds the lesions on it and a
 * starting window) off the main thread, so a case page stays responsive while a dozen panels are
 * drawn. Values come back as transferred buffers (no copy).
 */
import { runJob } from './imaging-worker-job';
import type { RenderJob, RenderResult } from './render-client';

interface WorkerScope {
  onmessage: ((event: MessageEvent<RenderJob>) => void) | null;
  postMessage(message: RenderResult, transfer: Transferable[]): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = async (event) => {
  const result = await runJob(event.data);
  const transfer: Transferable[] = [];
  if (result.ok) {
    transfer.push(result.slice.values.buffer as ArrayBuffer);
    if (result.slice.overlay) transfer.push(result.slice.overlay.values.buffer as ArrayBuffer);
  }
  scope.postMessage(result, transfer);
};
