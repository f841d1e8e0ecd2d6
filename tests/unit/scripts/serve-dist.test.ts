import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * scripts/serve-dist.mjs, run as `npm start` runs it, in a scratch copy of the layout it
 * expects (scripts/, dist/, node_modules/) beside a sibling folder dist-old/ it must not serve.
 */
const repo = path.resolve(__dirname, '../../..');
let scratch = '';
let server: ChildProcess | undefined;
let port = 0;

function get(rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'serve-dist-'));
  mkdirSync(path.join(scratch, 'scripts'));
  copyFileSync(path.join(repo, 'scripts/serve-dist.mjs'), path.join(scratch, 'scripts/serve-dist.mjs'));
  symlinkSync(path.join(repo, 'node_modules'), path.join(scratch, 'node_modules'));
  mkdirSync(path.join(scratch, 'dist/quiz'), { recursive: true });
  writeFileSync(path.join(scratch, 'dist/index.html'), '<p>home</p>');
  writeFileSync(path.join(scratch, 'dist/quiz/index.html'), '<p>quiz</p>');
  writeFileSync(path.join(scratch, 'dist/404.html'), '<p>not found</p>');
  mkdirSync(path.join(scratch, 'dist-old'));
  writeFileSync(path.join(scratch, 'dist-old/secret.txt'), 'not for the web');
  server = spawn(process.execPath, [path.join(scratch, 'scripts/serve-dist.mjs')], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  port = await new Promise<number>((resolve, reject) => {
    server!.stdout!.on('data', (chunk: Buffer) => {
      const match = /:(\d+)\//.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    server!.on('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
});

afterAll(() => {
  server?.kill();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the static server for dist/', () => {
  it('serves the site and redirects a folder to its trailing slash', async () => {
    expect(await get('/')).toMatchObject({ status: 200, body: '<p>home</p>' });
    expect((await get('/quiz')).status).toBe(301);
    expect(await get('/quiz/')).toMatchObject({ status: 200, body: '<p>quiz</p>' });
    expect(await get('/nothing-here/')).toMatchObject({ status: 404, body: '<p>not found</p>' });
  });
  it('a sibling folder of dist/ is not reachable: /../dist-old/secret.txt is not found', async () => {
    for (const raw of ['/../dist-old/secret.txt', '/%2e%2e/dist-old/secret.txt', '/..%2fdist-old/secret.txt']) {
      const reply = await get(raw);
      expect([400, 404], raw).toContain(reply.status);
      expect(reply.body).not.toContain('not for the web');
    }
  });
  it('a malformed % escape is a 400 or 404, and the server stays up', async () => {
    expect([400, 404]).toContain((await get('/%E0%A4%A')).status);
    expect([400, 404]).toContain((await get('/quiz/%')).status);
    expect(server?.exitCode).toBeNull();
    expect((await get('/')).status).toBe(200);
  });
});
