/**
 * Burned-in labels for simulated images (scanner annotations, colour-bar numbers): a tiny
 * bitmap font drawn pixel by pixel, so the labels are part of the image as on a scanner screen.
 */
// A 3×5 pixel font for the few characters the scanner labels use.
const GLYPHS: Readonly<Record<string, string>> = {
  A: '010101111101101',
  U: '101101101101111',
  V: '101101101101010',
  B: '110101110101110',
  C: '011100100100011',
  D: '110101101101110',
  E: '111100110100111',
  I: '111010010010111',
  M: '101111111101101',
  N: '110101101101101',
  O: '010101101101010',
  R: '110101110101101',
  S: '011100010001110',
  T: '111010010010010',
  '-': '000000111000000',
  '.': '000000000000010',
  ':': '000010000010000',
  ' ': '000000000000000',
  '0': '111101101101111',
  '1': '010110010010111',
  '2': '110001010100111',
  '3': '110001010001110',
  '4': '101101111001001',
  '5': '111100110001110',
  '6': '011100110101010',
  '7': '111001010010010',
  '8': '010101010101010',
  '9': '010101011001110',
};

/** Draws `text` with its top-left corner at (x, y), calling `set` for every lit pixel inside the image. */
export function drawText(
  set: (x: number, y: number) => void,
  width: number,
  height: number,
  text: string,
  x: number,
  y: number,
  scale: number,
): void {
  let cx = x;
  for (const ch of text) {
    const g = GLYPHS[ch.toUpperCase()] ?? GLYPHS[' ']!;
    for (let gy = 0; gy < 5; gy++) {
      for (let gx = 0; gx < 3; gx++) {
        if (g[gy * 3 + gx] !== '1') continue;
        for (let sy = 0; sy < scale; sy++) {
          for (let sx = 0; sx < scale; sx++) {
            const px = cx + gx * scale + sx,
              py = y + gy * scale + sy;
            if (px >= 0 && py >= 0 && px < width && py < height) set(px, py);
          }
        }
      }
    }
    cx += 4 * scale;
  }
}

/** Width in pixels of `text` drawn at `scale`. */
export function textWidth(text: string, scale: number): number {
  return text.length * 4 * scale - scale;
}
