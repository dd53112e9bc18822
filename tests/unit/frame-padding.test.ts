import { describe, expect, it } from 'vitest';
import { framePadding } from '../../src/map/frame-padding';

const map = { left: 300, top: 40, right: 1280, bottom: 780 };

describe('the frame of South America clear of the controls', () => {
  it('keeps the plain margin when nothing lies over the map, or only hidden controls', () => {
    const plain = { top: 10, right: 10, bottom: 10, left: 10 };
    expect(framePadding(map, [])).toEqual(plain);
    expect(framePadding(map, [{ left: 0, top: 0, right: 0, bottom: 0 }])).toEqual(plain);
    // The zoom buttons at the top right are not in the top-left quarter.
    expect(framePadding(map, [{ left: 1240, top: 50, right: 1270, bottom: 110 }])).toEqual(plain);
  });

  it('frames to the right of a control box and below a strip of tabs at the top left', () => {
    const box = { left: 307, top: 80, right: 625, bottom: 183 };
    expect(framePadding(map, [box])).toEqual({ top: 10, right: 10, bottom: 10, left: 335 });
    const tabs = { left: 307, top: 47, right: 760, bottom: 77 };
    expect(framePadding(map, [tabs, box])).toEqual({ top: 47, right: 10, bottom: 10, left: 335 });
  });

  it('clears a strip below it and a box beside it, or below when that is larger', () => {
    const tall = { left: 0, top: 0, right: 1000, bottom: 1000 };
    const strip = { left: 0, top: 0, right: 900, bottom: 30 };
    const box = { left: 0, top: 30, right: 200, bottom: 400 };
    // A box as wide as the strip is cleared below too: beside, nothing would be left.
    expect(framePadding(tall, [{ ...box, right: 900 }])).toMatchObject({ top: 410, left: 10 });
    expect(framePadding(tall, [strip, box])).toEqual({ top: 40, right: 10, bottom: 10, left: 210 });
  });

  it('frames below the controls when that leaves South America larger (a wide, short map)', () => {
    const wide = { left: 0, top: 0, right: 1200, bottom: 900 };
    const strip = { left: 0, top: 0, right: 1100, bottom: 60 };
    expect(framePadding(wide, [strip])).toEqual({ top: 70, right: 10, bottom: 10, left: 10 });
  });
});
