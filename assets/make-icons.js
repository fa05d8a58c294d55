// Draws the add-in's ribbon and manifest icons (16/32/64/80 px PNGs) without any image library:
// shapes are rendered with 4x4 supersampling and written as RGBA PNGs with zlib.
// Run: node assets/make-icons.js  (the PNGs are committed; rerun only to change the design)
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// shapes in unit coordinates (0..1), each a function (x, y) → inside?
function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
  };
}
function segment(ax, ay, bx, by, w) {
  return (x, y) => {
    const vx = bx - ax, vy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
    const px = ax + t * vx - x, py = ay + t * vy - y;
    return px * px + py * py <= (w / 2) * (w / 2);
  };
}
function circle(cx, cy, r) {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

const GREEN = [0x21, 0x73, 0x46];
const WHITE = [0xff, 0xff, 0xff];
const ORANGE = [0xe8, 0x6a, 0x10];

function layers(size) {
  const small = size <= 16;
  const sheet = roundRect(0.06, 0.06, 0.94, 0.94, 0.16);
  const lines = small
    ? [roundRect(0.2, 0.26, 0.62, 0.38, 0.05), roundRect(0.2, 0.5, 0.5, 0.62, 0.05)]
    : [0.24, 0.4, 0.56].map((y) => roundRect(0.2, y, y > 0.5 ? 0.46 : 0.66, y + 0.08, 0.03));
  const badge = circle(0.7, 0.7, small ? 0.26 : 0.24);
  const w = small ? 0.1 : 0.075;
  const tick = [segment(0.59, 0.71, 0.67, 0.79, w), segment(0.67, 0.79, 0.81, 0.62, w)];
  return [
    { color: GREEN, hit: sheet },
    { color: WHITE, hit: (x, y) => lines.some((l) => l(x, y)) },
    { color: ORANGE, hit: badge },
    { color: WHITE, hit: (x, y) => tick.some((s) => s(x, y)) },
  ];
}

function render(size) {
  const S = 4;
  const buf = Buffer.alloc(size * size * 4);
  const ls = layers(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let top = null;
          for (const l of ls) if (l.hit(x, y)) top = l.color;
          if (top) {
            r += top[0]; g += top[1]; b += top[2]; a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a) {
        buf[i] = Math.round(r / a);
        buf[i + 1] = Math.round(g / a);
        buf[i + 2] = Math.round(b / a);
        buf[i + 3] = Math.round((255 * a) / (S * S));
      }
    }
  }
  return png(size, buf);
}

for (const size of [16, 32, 64, 80]) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, render(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
