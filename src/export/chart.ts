/**
 * A chart on screen as a file: SVG with the styles it is drawn with inlined and a caption (the
 * disclosure rule) below, or PNG drawn from that SVG at twice its size. The charts hold published
 * figures only, so only they reach the file.
 */
import { t } from '../i18n';
const STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linejoin',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'text-decoration',
  'display',
];

const LINE_HEIGHT = 13;

/** The chart as a standalone SVG document, with `caption` under it. */
export function chartSvg(svg: SVGSVGElement, caption: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  // Files are printed on white: the styles are read in the light theme's colours (switched and
  // back within this task, so the screen never shows it).
  const root = document.documentElement;
  const theme = root.dataset.theme;
  root.dataset.theme = 'light';
  try {
    originals.forEach((el, i) => {
      const style = getComputedStyle(el);
      const target = copies[i] as SVGElement;
      target.removeAttribute('class');
      target.setAttribute(
        'style',
        STYLES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';'),
      );
    });
  } finally {
    if (theme === undefined) delete root.dataset.theme;
    else root.dataset.theme = theme;
  }
  const box = svg.viewBox.baseVal;
  const width = box.width || svg.clientWidth;
  // The caption in lines that fit the width (about 5.5 px a character at 10 px).
  const perLine = Math.max(30, Math.floor((width - 8) / 5.5));
  const lines: string[] = [];
  for (const word of caption.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= perLine)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const chartHeight = box.height || svg.clientHeight;
  const height = chartHeight + 8 + lines.length * LINE_HEIGHT;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('style');
  const ns = 'http://www.w3.org/2000/svg';
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  const text = document.createElementNS(ns, 'text');
  text.setAttribute(
    'style',
    'font-family:Liberation Sans, Arial, sans-serif;font-size:10px;fill:#4a5360',
  );
  lines.forEach((line, i) => {
    const span = document.createElementNS(ns, 'tspan');
    span.setAttribute('x', '4');
    span.setAttribute('y', String(chartHeight + 8 + (i + 0.75) * LINE_HEIGHT));
    span.textContent = line;
    text.appendChild(span);
  });
  copy.appendChild(text);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

/** The chart's SVG drawn into a PNG at `scale` times its size. */
export async function chartPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error(t('chartExport.failed')))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
