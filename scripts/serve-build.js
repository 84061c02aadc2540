// Serves build/ over plain HTTP on 127.0.0.1, for looking at the built pages in a browser and for the e2e tests.
// Run: node scripts/serve-build.js [port]   (default 3001; `npm run preview` builds first and runs this.)
// build/index.html is the offline page (also works opened from disk); Excel itself needs https: use `npm run dev` there.
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Starts the server; resolves with its base URL and a close function. Port 0 picks a free port. */
function serveBuild({ root = path.resolve(__dirname, '..', 'build'), port = 0 } = {}) {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = path.join(root, pathname === '/' ? 'index.html' : pathname);
    // Refuse anything that would step outside build/.
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (error, body) => {
      if (error) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        url: `http://127.0.0.1:${address.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

module.exports = { serveBuild };

if (require.main === module) {
  const port = Number(process.argv[2] ?? 3001);
  serveBuild({ port }).then(({ url }) => {
    console.log(`离线网页版（无需安装 Excel）: ${url}/`);
    console.log(`task pane page (needs Excel to do anything): ${url}/taskpane.html`);
    console.log('Ctrl+C to stop.');
  });
}
