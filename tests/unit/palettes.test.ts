/**
 * The palettes under simulated colour-vision deficiencies (Machado, Oliveira & Fernandes 2009,
 * severity 1, applied in linear RGB): the sexes stay told apart, and the flow ramp and the
 * choropleth classes stay ordered light to dark.
 */
import { lab, rgb } from 'd3';
import { describe, expect, it } from 'vitest';
import { FLOW_COLORS } from '../../src/map/flow-colors';
import { SHADE_COLORS } from '../../src/map/choropleth';
import { SEX_COLORS } from '../../src/ui/palette';

type Matrix = [number, number, number][];
const VISION: Record<string, Matrix> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (v: number) => {
  const c = Math.min(1, Math.max(0, v));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

/** The colour as a viewer with `vision` sees it, in CIELAB. */
function seen(color: string, vision: Matrix) {
  const { r, g, b } = rgb(color);
  const lin = [r, g, b].map(toLinear);
  const [R, G, B] = vision.map((row) =>
    toSrgb(row[0] * lin[0]! + row[1] * lin[1]! + row[2] * lin[2]!),
  );
  return lab(rgb(R!, G!, B!));
}

const deltaE = (a: ReturnType<typeof lab>, b: ReturnType<typeof lab>) =>
  Math.hypot(a.l - b.l, a.a - b.a, a.b - b.b);

describe('palettes for every colour vision', () => {
  for (const [name, vision] of Object.entries(VISION)) {
    it(`tells the sexes apart and keeps the ramps ordered (${name})`, () => {
      const sexes = Object.entries(SEX_COLORS);
      for (let i = 0; i < sexes.length; i++) {
        for (let j = i + 1; j < sexes.length; j++) {
          const d = deltaE(seen(sexes[i]![1], vision), seen(sexes[j]![1], vision));
          expect(d, `${sexes[i]![0]} / ${sexes[j]![0]}`).toBeGreaterThan(15);
        }
      }
      for (const ramp of [FLOW_COLORS, SHADE_COLORS]) {
        const lightness = ramp.map((c) => seen(c, vision).l);
        for (let i = 1; i < lightness.length; i++) {
          expect(lightness[i]! + 5, `${ramp[i - 1]} → ${ramp[i]}`).toBeLessThan(lightness[i - 1]!);
        }
      }
    });
  }
});
