#!/usr/bin/env node
// Entry point of the ziping command: runs the compiled CLI (npm ci compiles it through the "prepare" script).
'use strict';
let main;
try {
  ({ main } = require('../dist/cli/main.js'));
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('ziping 尚未编译：请先在项目目录运行 npm ci（或 npm run build:cli）。\n');
    process.exit(2);
  }
  throw err;
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`ziping 内部错误：${err && err.message ? err.message : err}\n`);
    process.exitCode = 2;
  },
);
