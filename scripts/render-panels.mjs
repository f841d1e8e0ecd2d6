// Writes every figure-case panel as a PNG, the way the site's stills and viewer show it (default
// slice and window), so a reviewer can judge them without the site.
// Usage: npm run render-panels -- <outdir> [--size 512] [--no-arrows] [--only <slug-substring>] [--sheet]
// For each panel it writes <slug>-<letter>.png (plain) and, unless --no-arrows, <slug>-<letter>-arrows.png
// with the case's arrows drawn as the viewer draws them; plus index.html, a contact sheet with the legends.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const positional = args.filter((a, i) => !a.startsWith('--') && !['--size', '--only'].includes(args[i - 1]));
const outDir = path.resolve(positional[0] ?? path.join(root, 'panels'));
const size = Number(option('--size', '512'));
const only = option('--only', '');
mkdirSync(outDir, { recursive: true });

const cacheDir = path.join(root, 'node_modules', '.cache', 'render-panels');
mkdirSync(cacheDir, { recursive: true });
const entry = path.join(cacheDir, 'entry.ts');
const src = (p) => path.join(root, 'src', p).replace(/\\/g, '/');
writeFileSync(
  entry,
  `
export { panelRgb } from '${src('components/cases/panel-thumbnail.ts')}';
export { figureCaseSchema } from '${src('content/schemas.ts')}';
`,
);
const bundle = path.join(cacheDir, 'entry.mjs');
await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: bundle,
  logLevel: 'error',
  external: ['fast-png'],
});
const { panelRgb, figureCaseSchema } = await import(pathToFileURL(bundle).href + `?t=${Date.now()}`);
const { parse } = await import('yaml');
const { encode } = await import('fast-png');

const casesDir = path.join(root, 'src/content/cases');
const html = [
  '<!doctype html><meta charset="utf-8"><title>Simulated figure-case panels</title>',
  '<style>body{font:14px system-ui;background:#111;color:#eee;margin:1rem}figure{display:inline-block;margin:.5rem;vertical-align:top;max-width:' +
    size +
    'px}img{display:block;width:' +
    size +
    'px;height:' +
    size +
    'px}figcaption{font-size:12px}</style>',
];
let count = 0;
const times = [];
for (const file of readdirSync(casesDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const slug = file.replace(/\.yaml$/, '');
  if (only && !slug.includes(only)) continue;
  const figure = figureCaseSchema.parse(parse(readFileSync(path.join(casesDir, file), 'utf8')));
  html.push(`<h2>Fig ${figure.figure}: ${figure.title}</h2><p>${figure.legend}</p>`);
  const sheetPanels = [];
  for (const panel of figure.panels) {
    const t0 = performance.now();
    const { rgb, arrowsRgb } = panelRgb(figure.scene, panel.view, size, panel.annotations ?? []);
    times.push(performance.now() - t0);
    const name = `${slug}-${panel.letter}`;
    writeFileSync(path.join(outDir, `${name}.png`), encode({ width: size, height: size, data: rgb, channels: 3 }));
    if (!flag('--no-arrows'))
      writeFileSync(
        path.join(outDir, `${name}-arrows.png`),
        encode({ width: size, height: size, data: arrowsRgb, channels: 3 }),
      );
    sheetPanels.push(flag('--no-arrows') ? rgb : arrowsRgb);
    html.push(
      `<figure><img src="${name}${flag('--no-arrows') ? '' : '-arrows'}.png" alt=""><figcaption><b>${panel.letter}</b> ${panel.caption}</figcaption></figure>`,
    );
    count++;
  }
  if (flag('--sheet')) {
    // One contact sheet per case (4 panels a row), for looking at a whole case at once.
    const cols = Math.min(4, sheetPanels.length),
      rows = Math.ceil(sheetPanels.length / cols);
    const W = cols * size,
      H = rows * size,
      sheet = new Uint8Array(W * H * 3);
    sheetPanels.forEach((img, i) => {
      const ox = (i % cols) * size,
        oy = Math.floor(i / cols) * size;
      for (let r = 0; r < size; r++) sheet.set(img.subarray(r * size * 3, (r + 1) * size * 3), ((oy + r) * W + ox) * 3);
    });
    writeFileSync(path.join(outDir, `sheet-${slug}.png`), encode({ width: W, height: H, data: sheet, channels: 3 }));
  }
}
writeFileSync(path.join(outDir, 'index.html'), html.join('\n'));
times.sort((a, b) => a - b);
console.log(
  `${count} panels at ${size}×${size} written to ${outDir} (median ${times[Math.floor(times.length / 2)]?.toFixed(0)} ms per panel)`,
);
