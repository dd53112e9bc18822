import { describe, expect, it } from 'vitest';
import { collidingLabels, worldPx, type LabelCandidate } from '../../src/map/label-collision';
import { buildLayers, type LayerState } from '../../src/map/layers';
import type { Iso3 } from '../../src/domain/types';
import { figure } from '../support/figures';

const label = (
  id: string,
  position: [number, number],
  priority: number,
  text = id,
): LabelCandidate<string> => ({ id, position, offsetPx: [0, -14], text, sizePx: 12, priority });

describe('labels that would overlap', () => {
  it('projects like Web Mercator on a 512-pixel world', () => {
    expect(worldPx([0, 0], 0)).toEqual([256, 256]);
    const [x, y] = worldPx([-180, 85], 1);
    expect(x).toBe(0);
    expect(y).toBeLessThan(2);
  });

  it('leaves out the smaller place where two labels overlap, keeps apart ones', () => {
    // Haiti and the Dominican Republic share Hispaniola: at the regional zoom they collide.
    const haiti = label('HTI', [-72.7, 19.0], 300, 'Haiti');
    const dom = label('DOM', [-70.5, 18.9], 900, 'Dominican Republic');
    const chile = label('CHL', [-70.9, -30.5], 100, 'Chile');
    expect(collidingLabels([haiti, dom, chile], 3)).toEqual(new Set(['HTI']));
    // Zoomed in, there is room for both.
    expect(collidingLabels([haiti, dom, chile], 7)).toEqual(new Set());
  });

  it('gives way by priority, whatever the order given', () => {
    const a = label('A', [-60, -10], 5, 'Aaaaaaaa');
    const b = label('B', [-60.2, -10], 50, 'Bbbbbbbb');
    expect(collidingLabels([a, b], 4)).toEqual(new Set(['A']));
    expect(collidingLabels([b, a], 4)).toEqual(new Set(['A']));
  });

  it('is applied by buildLayers at the zoom given, the selection always labelled', () => {
    const anchors = new Map<Iso3, [number, number]>([
      ['HTI', [-72.7, 19.0]],
      ['DOM', [-70.5, 18.9]],
    ]);
    const place = (iso3: Iso3, n: number) => ({
      place: iso3,
      involved: figure(n),
      outgoing: figure(n),
      incoming: figure(0),
      transit: figure(0),
      internal: figure(0),
      position: anchors.get(iso3)!,
    });
    const state: LayerState = {
      data: {
        locations: [],
        flows: [],
        places: [place('HTI', 100), place('DOM', 900)],
        hiddenLegs: 0,
        unmappedLegs: 0,
      },
      selected: null,
      labelled: [],
      anchors,
    };
    const ids = (s: LayerState) =>
      (buildLayers(s).find((l) => l.id === 'labels')!.props.data as { id: Iso3 }[]).map(
        (d) => d.id,
      );
    expect(ids(state).sort()).toEqual(['DOM', 'HTI']);
    expect(ids({ ...state, zoom: 3 })).toEqual(['DOM']);
    expect(ids({ ...state, zoom: 3, selected: 'HTI' })).toEqual(['HTI']);
  });
});
