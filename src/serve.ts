// A small static server for looking at a build locally, optionally under a subpath
// (`--base /archive/`) to check the output the way a subpath deployment serves it.
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

function fileFor(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath);
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined; // no escaping the root
  try {
    const stat = statSync(candidate);
    if (stat.isFile()) return candidate;
    if (stat.isDirectory()) {
      const index = join(candidate, 'index.html');
      return statSync(index).isFile() ? index : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export function serveDir(root: string, options: { port?: number; host?: string; base?: string } = {}): Promise<{ server: Server; url: string }> {
  const base = (options.base ?? '/').replace(/\/*$/, '/');
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith(base)) {
      if (path === base.slice(0, -1)) return void res.writeHead(301, { location: base }).end();
      return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
    const file = fileFor(root, path.slice(base.length - 1));
    if (file && file.endsWith('index.html') && !path.endsWith('/') && !path.endsWith('.html')) {
      return void res.writeHead(301, { location: `${path}/` }).end();
    }
    const target = file ?? fileFor(root, '/404.html');
    res.writeHead(file ? 200 : 404, { 'content-type': TYPES[extname(target ?? '')] ?? 'application/octet-stream' });
    if (target) createReadStream(target).pipe(res);
    else res.end('not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({ server, url: `http://${options.host ?? '127.0.0.1'}:${port}${base}` });
    });
  });
}
