import type { Page } from 'playwright-core';

export interface PixelCounts {
  total: number;
  /** Pixels of the South American land colour. */
  land: number;
  /** Pixels of the flow colour ramp (orange to dark red). */
  flow: number;
  /** Distinct colours, coarsely binned: a blank canvas has one or two. */
  colours: number;
}

/** Counts pixels of the map's WebGL canvas (kept with preserveDrawingBuffer) by colour. */
export async function countMapPixels(page: Page): Promise<PixelCounts> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas');
    if (!canvas) throw new Error('no map canvas');
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    let land = 0;
    let flow = 0;
    const bins = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i]!;
      const g = data[i + 1]!;
      const b = data[i + 2]!;
      bins.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
      if (Math.abs(r - 0xf6) < 4 && Math.abs(g - 0xf3) < 4 && Math.abs(b - 0xec) < 4) land++;
      else if (r > 150 && r - g > 60 && r - b > 90) flow++;
    }
    return { total: data.length / 4, land, flow, colours: bins.size };
  });
}

/** Pixels of the map's canvas within `tolerance` of any of the given colours (hex, "#rrggbb"). */
export async function countColourPixels(
  page: Page,
  colours: string[],
  tolerance = 8,
): Promise<number> {
  const rgb = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
  return page.evaluate(
    ({ rgb, tolerance }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas');
      if (!canvas) throw new Error('no map canvas');
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        const hit = rgb.some(
          (c) =>
            Math.abs(data[i]! - c[0]!) < tolerance &&
            Math.abs(data[i + 1]! - c[1]!) < tolerance &&
            Math.abs(data[i + 2]! - c[2]!) < tolerance,
        );
        if (hit) n++;
      }
      return n;
    },
    { rgb, tolerance },
  );
}
