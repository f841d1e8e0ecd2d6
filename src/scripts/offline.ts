/**
 * Offline use, on every page (bundled module, loaded by BaseLayout; no inline script):
 * - a status line when the browser is offline;
 * - registers the precaching service worker (dist/sw.js, built by build/offline-integration.mjs)
 *   once the page has loaded and is idle, so it never competes with the page itself;
 * - when a new version of the site has installed and waits, a quiet "Updated — reload" notice,
 *   held back while a quiz or exam runs (the quiz island sets <html data-busy>) and shown when it
 *   ends; choosing Reload lets the new worker take over, then reloads;
 * - asks once for persistent storage when the learner has saved progress;
 * - links the web app manifest (installing the course), also once the page is idle.
 */
import { progressKey } from '../quiz-engine/progress/keys';

const root = document.documentElement;

function showOfflineNote(): void {
  const note = document.querySelector<HTMLElement>('.offline-note');
  if (note)
    note.textContent = navigator.onLine
      ? ''
      : 'You are offline. The whole course is saved on this device and keeps working.';
}

function offerUpdate(worker: ServiceWorker): void {
  const notice = document.querySelector<HTMLElement>('.update-note');
  const button = notice?.querySelector<HTMLButtonElement>('button');
  if (!notice || !button) return;
  const show = () => {
    if (root.dataset.busy) return false;
    notice.hidden = false;
    return true;
  };
  if (!show()) {
    const watch = new MutationObserver(() => {
      if (show()) watch.disconnect();
    });
    watch.observe(root, { attributes: true, attributeFilter: ['data-busy'] });
  }
  button.addEventListener(
    'click',
    () => {
      button.disabled = true;
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      worker.postMessage({ type: 'SKIP_WAITING' });
    },
    { once: true },
  );
}

async function register(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.register('/sw.js');
  // A worker that waits while another controls the page is a new version of the site.
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(incoming);
    });
  });
  // Look for a new version when the learner comes back to a long-open tab.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
  });
}

function hasSavedProgress(): boolean {
  try {
    return localStorage.getItem(progressKey) !== null;
  } catch {
    return false;
  }
}

window.addEventListener('online', showOfflineNote);
window.addEventListener('offline', showOfflineNote);
showOfflineNote();
/**
 * The web app manifest (install the course as an app), linked once the page is idle rather than
 * in the HTML: browsers read it only to offer installing, and fetched during load it is one more
 * request before the first paint (README "Page speed"). Browsers watch for a manifest link added later.
 */
function linkManifest(): void {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = '/manifest.webmanifest';
  document.head.append(link);
}

const start = () => {
  linkManifest();
  register().catch(() => undefined);
  // (kept here rather than imported from storage-safety.ts: one file less on every page)
  const storage = navigator.storage;
  if (hasSavedProgress() && storage?.persisted && storage.persist) {
    storage
      .persisted()
      .then((granted) => granted || storage.persist())
      .catch(() => undefined);
  }
};
// After load, when the page is idle: installing the worker downloads the course in the
// background, which must never compete with the page the learner opened.
const whenIdle = () =>
  'requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 5000 }) : setTimeout(start, 1000);
if (document.readyState === 'complete') whenIdle();
else window.addEventListener('load', whenIdle, { once: true });
