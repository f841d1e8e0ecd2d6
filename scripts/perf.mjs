// `npm run perf`: Lighthouse over one built page of each type, mobile form factor with
// Lighthouse's default (simulated) throttling, three runs per page, the median run reported
// (Lighthouse's own computeMedianRun). Prints performance and accessibility scores, LCP, TBT
// and CLS. Runs against dist/ (build first), served here with gzip as a static host would,
// in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium): nothing is downloaded.
// Not part of `npm test`: the numbers depend on what else the machine is doing.
//
// Usage: node scripts/perf.mjs [--runs=3] [--json=test-results/perf.json] [--reports=DIR] [--dist=DIR] [--block-sw] [/path/ ...]
import { createServer } from 'node:http';
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
/** --dist=DIR measures another build (default dist/), e.g. a copy of the site before a change. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', option('dist', 'dist'));
const runs = Number(option('runs', '3'));
const jsonOut = option('json', 'test-results/perf.json');
/** --reports=DIR saves each page's median Lighthouse report (JSON) there, for a closer look. */
const reportsDir = option('reports', '');
/** --block-sw: block /sw.js (to see what installing the service worker costs during the measurement). */
const blockSw = args.includes('--block-sw');

/** First entry of a dist/ folder, for "one page of each type". */
async function first(dir) {
  const names = (await readdir(path.join(root, dir), { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  if (names.length === 0) throw new Error(`dist/${dir} has no pages: run npm run build first`);
  return `/${dir}/${names[0]}/`;
}

const explicit = args.filter((a) => a.startsWith('/'));
const pages = explicit.length
  ? explicit.map((p) => ['page', p])
  : [
      ['home', '/'],
      ['chapter', '/chapters/introduction-and-work-up/'],
      ['case', await first('cases')],
      ['quiz', '/quiz/'],
      ['simulator', '/simulators/contrast-timing/'],
      ['simulator', '/simulators/diagnostic-accuracy/'],
      ['simulator', '/simulators/response-criteria/'],
      ['glossary', '/glossary/'],
      ['progress', '/progress/'],
    ];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest']);

/** A static server for dist/ that compresses text as static hosts do; hashed /_astro/ files are immutable. */
function serve() {
  const server = createServer(async (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.resolve(root, '.' + pathname);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) file = path.join(file, 'index.html');
    const found = await stat(file).catch(() => null);
    const target = found?.isFile() ? file : path.join(root, '404.html');
    const ext = path.extname(target);
    const headers = {
      'content-type': types[ext] ?? 'application/octet-stream',
      'cache-control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const status = found?.isFile() ? 200 : 404;
    if (compressible.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = gzipSync(await readFile(target));
      res.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length }).end(body);
    } else {
      res.writeHead(status, headers);
      createReadStream(target).pipe(res);
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});

const rows = [];
try {
  for (const [type, pagePath] of pages) {
    const results = [];
    const runLoads = [];
    for (let i = 0; i < runs; i += 1) {
      const result = await lighthouse(`${base}${pagePath}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        ...(blockSw ? { blockedUrlPatterns: ['*/sw.js'] } : {}),
      });
      if (result?.lhr.runtimeError) throw new Error(`${pagePath}: ${result.lhr.runtimeError.message}`);
      if (result) results.push(result.lhr);
      runLoads.push(os.loadavg()[0]);
    }
    const lhr = computeMedianRun(results);
    if (reportsDir) {
      mkdirSync(reportsDir, { recursive: true });
      writeFileSync(
        path.join(reportsDir, `${pagePath.replace(/^\/|\/$/g, '').replace(/\//g, '--') || 'home'}.json`),
        JSON.stringify(lhr),
      );
    }
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
    const row = {
      type,
      page: pagePath,
      performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      tbtMs: Math.round(audit('total-blocking-time')),
      cls: Number(audit('cumulative-layout-shift').toFixed(3)),
      fcpMs: Math.round(audit('first-contentful-paint')),
      performanceRuns: results.map((r) => Math.round((r.categories.performance.score ?? 0) * 100)),
      lcpRunsMs: results.map((r) => Math.round(r.audits['largest-contentful-paint']?.numericValue ?? NaN)),
      tbtRunsMs: results.map((r) => Math.round(r.audits['total-blocking-time']?.numericValue ?? NaN)),
      loadAverages: runLoads.map((n) => Number(n.toFixed(2))),
      /** Main-thread tasks over 50 ms in the median run (Lighthouse's simulated durations) and the JS it fetched. */
      longTasksMs: (lhr.audits['long-tasks']?.details?.items ?? []).map((t) => Math.round(t.duration)),
      jsBytes: (lhr.audits['network-requests']?.details?.items ?? [])
        .filter((r) => r.resourceType === 'Script')
        .reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    };
    rows.push(row);
    console.log(
      `${row.type.padEnd(10)} ${row.page.padEnd(44)} perf ${String(row.performance).padStart(3)}  a11y ${String(row.accessibility).padStart(3)}  ` +
        `LCP ${(row.lcpMs / 1000).toFixed(2)} s  TBT ${String(row.tbtMs).padStart(4)} ms  CLS ${row.cls.toFixed(3)}  (runs ${row.performanceRuns.join('/')})`,
    );
    console.log(
      `           runs: LCP ${row.lcpRunsMs.join('/')} ms, TBT ${row.tbtRunsMs.join('/')} ms, load average ${row.loadAverages.join('/')}; ` +
        `median run: tasks > 50 ms [${row.longTasksMs.join(', ')}] ms, JS ${(row.jsBytes / 1024).toFixed(1)} KB transferred`,
    );
  }
} finally {
  await chrome.kill();
  server.close();
}

console.log('\n| Page type | Page | Performance | Accessibility | LCP | TBT | CLS |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows)
  console.log(
    `| ${r.type} | \`${r.page}\` | ${r.performance} | ${r.accessibility} | ${(r.lcpMs / 1000).toFixed(2)} s | ${r.tbtMs} ms | ${r.cls.toFixed(3)} |`,
  );
const load = os
  .loadavg()
  .map((n) => n.toFixed(2))
  .join(' ');
console.log(
  `\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, simulated throttling, median of ${runs}; ${os.cpus().length} CPUs, load average ${load}.`,
);
mkdirSync(path.dirname(jsonOut), { recursive: true });
writeFileSync(jsonOut, JSON.stringify({ runs, loadAverage: os.loadavg(), rows }, null, 2));
