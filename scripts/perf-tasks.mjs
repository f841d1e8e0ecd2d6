// `node scripts/perf-tasks.mjs [--runs=3] [--dist=dist] [/path/ ...]`: a load-independent look at
// what a page does on the main thread while it loads, for the page-speed work (README "Page
// speed"). Lighthouse's TBT multiplies the wall time of each task by 4 (simulated mid-range
// phone), so on a busy machine other jobs' load lands in it. This script loads each page in
// Debian's Chromium (no throttling, service workers blocked), records a trace until 4 s after
// the load event, and reports the main-thread tasks by their THREAD CPU time (what the page itself
// computed; another process's load barely changes it), ×4 as Lighthouse would count them: the
// tasks over 50 ms, their sum of excess over 50 ms ("TBT-like"), and the JavaScript (gzip)
// fetched by then. Median of the runs per figure; every run is printed.
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const runs = Number(option('runs', '3'));
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', option('dist', 'dist'));
const pages = args.filter((a) => a.startsWith('/'));
if (pages.length === 0) pages.push('/chapters/introduction-and-work-up/', '/quiz/');
const slowdown = 4;

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
const server = createServer(async (req, res) => {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = path.resolve(root, '.' + pathname);
  if (file !== root && !file.startsWith(root + path.sep)) return res.writeHead(403).end();
  if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
  const body = await readFile(file).catch(() => null);
  if (!body) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(pagePath) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const scripts = [];
  let loaded = false;
  let atLoad = 0;
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body().catch(() => null));
  });
  page.on('load', () => {
    loaded = true;
    atLoad = scripts.length;
  });
  await browser.startTracing(page, {
    categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await page.goto(base + pagePath, { waitUntil: 'load' });
  await page.waitForTimeout(4000);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const events = trace.traceEvents ?? trace;
  // The renderer main thread: the thread that ran the page's ParseHTML.
  const parse = events.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(base));
  if (!parse) throw new Error(`${pagePath}: no ParseHTML event for the page in the trace`);
  const tasks = events
    .filter(
      (e) =>
        e.pid === parse.pid && e.tid === parse.tid && e.name === 'RunTask' && e.ph === 'X' && e.ts >= parse.ts - 5000,
    )
    .map((e) => ({ cpu: ((e.tdur ?? e.dur) / 1000) * slowdown, wall: e.dur / 1000, ts: e.ts }));
  const t0 = Math.min(...tasks.map((t) => t.ts));
  const long = tasks.filter((t) => t.cpu > 50).map((t) => ({ ...t, at: (t.ts - t0) / 1000 }));
  if (args.includes('--verbose'))
    for (const t of long) {
      // What the task did: its direct kinds of work (script, style, layout, parse) with their CPU time.
      const inside = events.filter(
        (e) =>
          e.pid === parse.pid &&
          e.tid === parse.tid &&
          e.ph === 'X' &&
          e.ts >= t.ts &&
          e.ts < t.ts + t.wall * 1000 &&
          e.name !== 'RunTask' &&
          e.tdur > 1000,
      );
      const label = (e) =>
        `${e.name}${e.args?.fileName ? ' ' + String(e.args.fileName).split('/').pop() : ''}${e.args?.data?.url ? ' ' + String(e.args.data.url).split('/').pop() : ''}${e.args?.data?.functionName ? ' ' + e.args.data.functionName : ''}`;
      console.log(
        `  task at ${t.at.toFixed(0)} ms, CPU ×${slowdown} ${t.cpu.toFixed(0)} ms: ` +
          inside
            .slice(0, 14)
            .map((e) => `${label(e)} ${((e.tdur / 1000) * slowdown).toFixed(0)}`)
            .join(' | '),
      );
    }
  const all = await Promise.all(scripts);
  const bodies = all.filter(Boolean);
  const loadBodies = all.slice(0, loaded ? atLoad : all.length).filter(Boolean);
  await context.close();
  return {
    long: long.map((t) => Math.round(t.cpu)),
    tbtLike: Math.round(long.reduce((sum, t) => sum + t.cpu - 50, 0)),
    cpuTotal: Math.round(tasks.reduce((sum, t) => sum + t.cpu, 0)),
    jsGzip: bodies.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
    jsFiles: bodies.length,
    jsLoadGzip: loadBodies.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
    jsLoadFiles: loadBodies.length,
  };
}

try {
  for (const pagePath of pages) {
    const results = [];
    for (let i = 0; i < runs; i += 1) {
      const r = await measure(pagePath);
      results.push(r);
      console.log(
        `${pagePath}  run ${i + 1}: tasks > 50 ms (CPU ×${slowdown}): [${r.long.join(', ')}] ms  sum over 50: ${r.tbtLike} ms  ` +
          `main-thread CPU ×${slowdown}: ${r.cpuTotal} ms  JS by load event ${(r.jsLoadGzip / 1024).toFixed(1)} KB gzip in ${r.jsLoadFiles} files, ` +
          `by +4 s ${(r.jsGzip / 1024).toFixed(1)} KB in ${r.jsFiles}  (load average ${os.loadavg()[0].toFixed(2)})`,
      );
    }
    console.log(
      `${pagePath}  median: sum over 50 ${median(results.map((r) => r.tbtLike))} ms, CPU ${median(results.map((r) => r.cpuTotal))} ms, ` +
        `JS by load ${(median(results.map((r) => r.jsLoadGzip)) / 1024).toFixed(1)} KB gzip, by +4 s ${(median(results.map((r) => r.jsGzip)) / 1024).toFixed(1)} KB\n`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
