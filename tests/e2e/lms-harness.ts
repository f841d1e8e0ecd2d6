import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { unzipSync } from 'fflate';

/**
 * A stand-in LMS for browser tests, built on scorm-again (a maintained LMS-side SCORM run-time):
 * a page at http://lms.test/course/view.html that creates window.API (SCORM 1.2) or
 * window.API_1484_11 (SCORM 2004) and opens the package in an iframe from a deep path, as
 * Moodle does. Every value the package sets is kept in the page's `received` map (and in the
 * LMS's localStorage at each commit, so a reload resumes as an LMS would: suspend data back,
 * entry "resume"). Values the run-time refuses are listed in `refused`.
 */
export const lmsOrigin = 'http://lms.test';
export const playerUrl = `${lmsOrigin}/course/view.html`;
const packageBase = '/pluginfile.php/42/mod_scorm/content/1/';

const scormAgain = readFileSync(
  new URL('../../node_modules/scorm-again/dist/scorm-again.min.js', import.meta.url),
  'utf8',
);

function playerPage(version: '1.2' | '2004'): string {
  const v12 = version === '1.2';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/lib/scorm-again.min.js"></script>
<script>
  var saved = JSON.parse(localStorage.getItem('lms') || '{"received":{},"commits":0}');
  window.received = saved.received;
  window.commits = saved.commits;
  window.refused = [];
  window.terminated = false;
  var api = new ${v12 ? 'Scorm12API' : 'Scorm2004API'}({ autocommit: false, logLevel: 5 });
  ${v12 ? "api.cmi.core.student_name = 'Ruiz, Ana'; api.cmi.core.student_id = 'ana';" : "api.cmi.learner_name = 'Ruiz, Ana'; api.cmi.learner_id = 'ana';"}
  if (saved.received['cmi.suspend_data']) {
    api.cmi.suspend_data = saved.received['cmi.suspend_data'];
    ${v12 ? "api.cmi.core.entry = 'resume';" : "api.cmi.entry = 'resume';"}
  } else {
    ${v12 ? "api.cmi.core.entry = 'ab-initio';" : "api.cmi.entry = 'ab-initio';"}
  }
  var setName = '${v12 ? 'LMSSetValue' : 'SetValue'}';
  var original = api[setName].bind(api);
  api[setName] = function (element, value) {
    var result = original(element, value);
    if (String(result) === 'true') window.received[element] = value;
    else window.refused.push(element + ' = ' + value + ' (error ' + api.${v12 ? 'LMSGetLastError' : 'GetLastError'}() + ')');
    return result;
  };
  api.on('${v12 ? 'LMSCommit' : 'Commit'}', function () {
    window.commits += 1;
    localStorage.setItem('lms', JSON.stringify({ received: window.received, commits: window.commits }));
  });
  api.on('${v12 ? 'LMSFinish' : 'Terminate'}', function () { window.terminated = true; });
  window.${v12 ? 'API' : 'API_1484_11'} = api;
</script></head>
<body><h1>Test LMS</h1>
<iframe title="SCORM package" src="${packageBase}index.html" style="width:100%;height:1400px;border:0"></iframe>
</body></html>`;
}

const types: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  png: 'image/png',
  xml: 'application/xml',
  txt: 'text/plain',
  svg: 'image/svg+xml',
};

/** Serves the LMS page and the package (a zip's bytes) on http://lms.test for this context. */
export async function serveLms(
  context: BrowserContext,
  version: '1.2' | '2004',
  zip: Uint8Array,
): Promise<Record<string, Uint8Array>> {
  const files = unzipSync(zip);
  await context.route(`${lmsOrigin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/course/view.html') return route.fulfill({ body: playerPage(version), contentType: 'text/html' });
    if (path === '/lib/scorm-again.min.js') return route.fulfill({ body: scormAgain, contentType: 'text/javascript' });
    if (path.startsWith(packageBase)) {
      const file = files[decodeURIComponent(path.slice(packageBase.length))];
      if (file)
        return route.fulfill({
          body: Buffer.from(file),
          contentType: types[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
        });
    }
    return route.fulfill({ status: 404, body: `not in the package: ${path}` });
  });
  return files;
}
