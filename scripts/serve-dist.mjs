// A tiny static file server for dist/ (used by the page-weight check, screenshots and
// `npm start`). Serves directory indexes, 404.html for unknown paths, and correct MIME types.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.zip': 'application/zip',
  '.gift': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

async function resolveFile(urlPath) {
  const clean = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  const candidate = path.resolve(root, '.' + clean);
  if (!candidate.startsWith(root)) return null;
  try {
    const s = await stat(candidate);
    if (s.isFile()) return candidate;
    if (s.isDirectory()) {
      const index = path.join(candidate, 'index.html');
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  } catch {
    // fall through to the .html form
  }
  const html = candidate + '.html';
  if ((await stat(html).catch(() => null))?.isFile()) return html;
  return null;
}

/** Starts the server; port 0 picks a free one. Resolves to { url, close }. */
export function serveDist(port = 4321, host = '127.0.0.1') {
  const server = createServer(async (req, res) => {
    const file = await resolveFile(req.url ?? '/');
    if (req.url && !path.extname(req.url.split('?')[0]) && !req.url.split('?')[0].endsWith('/') && file?.endsWith('index.html')) {
      res.writeHead(301, { location: req.url.split('?')[0] + '/' });
      res.end();
      return;
    }
    const target = file ?? path.join(root, '404.html');
    const status = file ? 200 : 404;
    res.writeHead(status, { 'content-type': types[path.extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(target).on('error', () => res.end()).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ url: `http://${host}:${address.port}`, close: () => server.close() });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await serveDist(port);
  console.log(`Serving dist/ at ${url.replace('127.0.0.1', 'localhost')}/  (Ctrl+C to stop)`);
}
