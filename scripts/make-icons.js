// Draws the add-in's icons (a green rounded square with a white check mark) as PNGs in assets/, with no dependencies.
// Run: node scripts/make-icons.js. Shapes are signed-distance functions, so every size is anti-aliased the same way.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [16, 124, 65]; // #107C41, Excel's green, so the button sits well on the Home tab.
const WHITE = [255, 255, 255];

// The check mark as a polyline in unit coordinates (0..1, y down).
const CHECK = [
  [0.27, 0.53],
  [0.44, 0.69],
  [0.75, 0.35],
];

function roundedSquareDistance(x, y, size) {
  const margin = size / 16;
  const half = size / 2 - margin;
  const radius = size * 0.2;
  const qx = Math.abs(x - size / 2) - (half - radius);
  const qy = Math.abs(y - size / 2) - (half - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function checkDistance(x, y, size) {
  const points = CHECK.map(([u, v]) => [u * size, v * size]);
  // At least 2 px wide, or the 16 px icon's stroke dissolves into grey.
  const halfWidth = Math.max(size * 0.12, 2) / 2;
  let best = Infinity;
  for (let i = 0; i + 1 < points.length; i++) best = Math.min(best, segmentDistance(x, y, points[i], points[i + 1]));
  return best - halfWidth;
}

/** Pixel coverage from a signed distance (in pixels) measured at the pixel centre. */
const coverage = (distance) => Math.max(0, Math.min(1, 0.5 - distance));

function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const x = col + 0.5;
      const y = row + 0.5;
      const square = coverage(roundedSquareDistance(x, y, size));
      const check = coverage(checkDistance(x, y, size));
      const offset = (row * size + col) * 4;
      for (let ch = 0; ch < 3; ch++) rgba[offset + ch] = Math.round(GREEN[ch] + (WHITE[ch] - GREEN[ch]) * check);
      rgba[offset + 3] = Math.round(255 * square);
    }
  }
  return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // Each scanline starts with filter type 0 (none); zlib does the compressing.
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let row = 0; row < height; row++)
    rgba.copy(raw, row * (width * 4 + 1) + 1, row * width * 4, (row + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, drawIcon(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
