/**
 * The map's PNG is read from the map on screen, drawn again within one task (map/snapshot.ts):
 * in the dark theme the image is still printed in the light one, at 1× and 2×, and the map on
 * screen stays dark, its flows drawn, its selection and labels as before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { countMapPixels } from './support/pixels';
import { openSession, waitForDrawn, type Session } from './support/browser';
import { afterAll, beforeAll } from 'vitest';

/** Land pixels of the light basemap (#f6f3ec) and of the dark one (#3b3f45) in a PNG. */
async function landColours(s: Session, bytes: Buffer) {
  return s.page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const image = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    const near = (i: number, hex: number) =>
      Math.abs(data[i]! - (hex >> 16)) < 4 &&
      Math.abs(data[i + 1]! - ((hex >> 8) & 0xff)) < 4 &&
      Math.abs(data[i + 2]! - (hex & 0xff)) < 4;
    let light = 0;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (near(i, 0xf6f3ec)) light++;
      else if (near(i, 0x3b3f45)) dark++;
    }
    return { width: image.width, light, dark, total: data.length / 4 };
  }, bytes.toString('base64'));
}

async function save(s: Session, button: string) {
  const [download] = await Promise.all([
    s.page.waitForEvent('download'),
    s.page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync((await download.path())!);
}

/** Pixels of the dark land colour on screen (the map's canvas, controls hidden). */
async function darkLandOnScreen(s: Session) {
  const shot = await s.page.locator('[data-testid="map"] canvas').screenshot();
  return (await landColours(s, shot)).dark;
}

describe('the map PNG in the dark theme', () => {
  const baseUrl = inject('baseUrl');
  let s: Session;
  beforeAll(async () => {
    s = await openSession(baseUrl);
    await s.page.goto(`${baseUrl}?theme=dark`);
    await waitForDrawn(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('prints on the light basemap and leaves the screen dark', async () => {
    const before = await darkLandOnScreen(s);
    expect(before).toBeGreaterThan(10_000);
    const flowsBefore = (await countMapPixels(s.page)).flow;
    const one = await landColours(s, await save(s, 'Export map as PNG'));
    const map = (await s.page.getByTestId('map').boundingBox())!;
    expect(one.width).toBe(Math.round(map.width));
    // South America in the light land colour, none of it in the dark one.
    expect(one.light).toBeGreaterThan(0.05 * one.total);
    expect(one.dark).toBeLessThan(0.001 * one.total);
    const two = await landColours(s, await save(s, 'PNG at 2×'));
    expect(two.width).toBe(2 * one.width);
    expect(two.light / one.light).toBeGreaterThan(3);
    expect(two.dark).toBeLessThan(0.001 * two.total);
    // The screen drawn as before: dark land, the flows there, ready.
    await waitForDrawn(s.page);
    await expect.poll(() => darkLandOnScreen(s)).toBeGreaterThan(0.9 * before);
    expect((await countMapPixels(s.page)).flow).toBeGreaterThan(0.9 * flowsBefore);
    expect(s.errors).toEqual([]);
    expect(s.offOrigin).toEqual([]);
  });

  it('keeps a selection on screen through an export', async () => {
    await s.page.getByRole('tab', { name: 'Map' }).click();
    const box = (await s.page.getByTestId('map').boundingBox())!;
    // Brazil's middle, about 2/3 across and 40% down the regional frame.
    await s.page.mouse.click(box.x + box.width * 0.62, box.y + box.height * 0.45);
    await waitForDrawn(s.page);
    const selectedOnScreen = async () => {
      const shot = await s.page.locator('[data-testid="map"] canvas').screenshot();
      return s.page.evaluate(async (b64) => {
        const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
        const image = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(image.width, image.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const { data } = ctx.getImageData(0, 0, image.width, image.height);
        let n = 0;
        // The dark theme's selected land (#6b5a2a).
        for (let i = 0; i < data.length; i += 4)
          if (
            Math.abs(data[i]! - 0x6b) < 5 &&
            Math.abs(data[i + 1]! - 0x5a) < 5 &&
            Math.abs(data[i + 2]! - 0x2a) < 5
          )
            n++;
        return n;
      }, shot.toString('base64'));
    };
    const before = await selectedOnScreen();
    expect(before).toBeGreaterThan(1000);
    await save(s, 'Export map as PNG');
    await expect.poll(selectedOnScreen).toBeGreaterThan(0.9 * before);
  });
});
