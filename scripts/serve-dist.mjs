// The static file server for dist/ (used by `npm start`, the browser tests, the page-weight
// check and screenshots): sirv, a maintained static server, does the file serving — paths are
// resolved inside dist/ only (a sibling folder such as /../dist-old/ is not reachable) and a
// malformed % escape is a plain not-found, never a crash. This wrapper adds what the site
// needs around it: a directory without its trailing slash redirects (/quiz → /quiz/), unknown
// paths get dist/404.html with status 404, and nothing is cached (the site is rebuilt often).
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const defaultRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** Types mrmime does not know, by extension. */
const extraTypes = { '.gift': 'text/plain; charset=utf-8' };

/** True when `pathname` names a folder of dist/ that has an index.html (so /quiz → /quiz/). */
function isFolderWithoutSlash(root, pathname) {
  if (pathname.endsWith('/') || path.extname(pathname) !== '') return false;
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const index = path.resolve(root, '.' + decoded, 'index.html');
  if (!index.startsWith(root + path.sep)) return false;
  return existsSync(index) && statSync(index).isFile();
}

/**
 * Starts the server; port 0 picks a free one. Resolves to { url, close }. `root` is the folder
 * served (dist/ unless a test passes another).
 */
export function serveDist(port = 4321, host = '127.0.0.1', root = defaultRoot) {
  const absoluteRoot = path.resolve(root);
  const files = sirv(absoluteRoot, {
    dev: true, // looks at the disk on each request, so a rebuild is served without a restart
    etag: true,
    extensions: ['html'],
    dotfiles: false,
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', 'no-cache');
      const type = extraTypes[path.extname(pathname)];
      if (type) res.setHeader('Content-Type', type);
    },
  });
  const notFound = (res) => {
    const page = path.join(absoluteRoot, '404.html');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    if (existsSync(page))
      createReadStream(page)
        .on('error', () => res.end())
        .pipe(res);
    else res.end('Not found');
  };
  const server = createServer((req, res) => {
    try {
      const pathname = (req.url ?? '/').split('?')[0].split('#')[0];
      if (!pathname.startsWith('/') || pathname.split('/').includes('..')) return notFound(res);
      if (isFolderWithoutSlash(absoluteRoot, pathname)) {
        res.writeHead(301, { location: pathname + '/' });
        res.end();
        return;
      }
      files(req, res, () => notFound(res));
    } catch {
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Bad request');
    }
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
