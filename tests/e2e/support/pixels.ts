import type { Page } from 'playwright-core';

export interface PixelCounts {
  total: number;
  /** Pixels of the South American land colour. */
  land: number;
  /** Pixels of the flow colour ramp (orange to dark red). */
  flow: number;
  /** Distinct colours, coarsely binned: a blank canvas has one or two. */
  colours: number;
  /** Pixels within the tolerance of any of the colours asked for. */
  matching: number;
}

/**
 * Counts the map's pixels by colour, as they are on screen: a screenshot of the map's canvas with
 * the controls drawn over it hidden (the map keeps no drawing buffer to read back).
 */
async function countPixels(page: Page, colours: string[] = [], tolerance = 8) {
  const png = await page.locator('[data-testid="map"] canvas').screenshot({
    style: '.view-tabs, .shade-control, .maplibregl-control-container { visibility: hidden; }',
  });
  const rgb = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
  return page.evaluate(
    async ({ b64, rgb, tolerance }): Promise<PixelCounts> => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const image = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, image.width, image.height);
      let land = 0;
      let flow = 0;
      let matching = 0;
      const bins = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i]!;
        const g = data[i + 1]!;
        const b = data[i + 2]!;
        bins.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
        if (Math.abs(r - 0xf6) < 4 && Math.abs(g - 0xf3) < 4 && Math.abs(b - 0xec) < 4) land++;
        else if (r > 150 && r - g > 60 && r - b > 90) flow++;
        const hit = rgb.some(
          (c) =>
            Math.abs(r - c[0]!) < tolerance &&
            Math.abs(g - c[1]!) < tolerance &&
            Math.abs(b - c[2]!) < tolerance,
        );
        if (hit) matching++;
      }
      return { total: data.length / 4, land, flow, colours: bins.size, matching };
    },
    { b64: png.toString('base64'), rgb, tolerance },
  );
}

/** The map's pixels by colour: land, flows, and how varied. */
export async function countMapPixels(page: Page): Promise<PixelCounts> {
  return countPixels(page);
}

/** Pixels of the map within `tolerance` of any of the given colours (hex, "#rrggbb"). */
export async function countColourPixels(
  page: Page,
  colours: string[],
  tolerance = 8,
): Promise<number> {
  return (await countPixels(page, colours, tolerance)).matching;
}
