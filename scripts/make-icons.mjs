// Draws the app icons (public/icons/*.png) from the favicon's design — a blue rounded square,
// a white ring and a small white dot — with 4×4 supersampling. Run after changing the design:
//   node scripts/make-icons.mjs
// The PNGs are committed; the web app manifest (public/manifest.webmanifest) lists them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { encode } from 'fast-png';

const blue = [0x0b, 0x5c, 0xad];

/**
 * size: pixels; scale: size of the 32-unit design relative to the icon (1 = fills it);
 * fullBleed: background covers the whole square (maskable, Apple), else rounded corners.
 */
function draw(size, { scale = 1, fullBleed = false } = {}) {
  const data = new Uint8Array(size * size * 4);
  const ss = 4;
  const unit = (size * scale) / 32;
  const offset = (size - size * scale) / 2;
  const inRoundedSquare = (x, y) => {
    const r = (6 / 32) * size;
    const cx = Math.min(Math.max(x, r), size - r);
    const cy = Math.min(Math.max(y, r), size - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let bg = 0;
      let white = 0;
      for (let sy = 0; sy < ss; sy += 1) {
        for (let sx = 0; sx < ss; sx += 1) {
          const x = px + (sx + 0.5) / ss;
          const y = py + (sy + 0.5) / ss;
          const inside = fullBleed || inRoundedSquare(x, y);
          if (!inside) continue;
          bg += 1;
          const ux = (x - offset) / unit;
          const uy = (y - offset) / unit;
          const ring = Math.abs(Math.hypot(ux - 16, uy - 16) - 9) <= 1.5;
          const dot = Math.hypot(ux - 19, uy - 13) <= 3;
          if (ring || dot) white += 1;
        }
      }
      const n = ss * ss;
      const i = (py * size + px) * 4;
      const w = bg ? white / bg : 0;
      for (let c = 0; c < 3; c += 1) data[i + c] = Math.round(blue[c] * (1 - w) + 255 * w);
      data[i + 3] = Math.round((bg / n) * 255);
    }
  }
  return encode({ width: size, height: size, data, channels: 4, depth: 8 });
}

mkdirSync('public/icons', { recursive: true });
const icons = {
  'icon-192.png': draw(192),
  'icon-512.png': draw(512),
  // Maskable: the design inside the central 80% safe zone, background to the edges.
  'icon-maskable-512.png': draw(512, { scale: 0.72, fullBleed: true }),
  'apple-touch-icon.png': draw(180, { scale: 0.85, fullBleed: true }),
};
for (const [name, png] of Object.entries(icons)) {
  writeFileSync(`public/icons/${name}`, png);
  console.log(`public/icons/${name} ${png.length} bytes`);
}
