/** A selected country stands out: the circles and labels of places off its routes are faded. */
import { describe, expect, it } from 'vitest';
import type { Iso3 } from '../../src/domain/types';
import { buildLayers, fade, type LayerState } from '../../src/map/layers';
import type { MapData, MapPlace } from '../../src/map/map-data';
import { figure } from '../support/figures';

const place = (iso3: Iso3, position: [number, number]): MapPlace => ({
  place: iso3,
  involved: figure(400),
  outgoing: figure(400),
  incoming: figure(0),
  transit: figure(0),
  internal: figure(0),
  position,
});
const data: MapData = {
  locations: [],
  flows: [{ from: 'BOL', to: 'ARG', victims: { kind: 'shown', value: 200 }, sectors: [] }],
  places: [place('BOL', [-64, -17]), place('ARG', [-64, -34]), place('PER', [-75, -9])],
  hiddenLegs: 0,
  unmappedLegs: 0,
};
const anchors = new Map<Iso3, [number, number]>([
  ['BOL', [-64, -17]],
  ['ARG', [-64, -34]],
  ['PER', [-75, -9]],
  ['GUY', [-59, 5]],
]);
const base: LayerState = { data, selected: null, labelled: ['GUY'], anchors };

type Rgba = [number, number, number, number];
function colours(state: LayerState) {
  const byId = Object.fromEntries(buildLayers(state).map((l) => [l.id, l.props]));
  const fill = (byId.places as unknown as { getFillColor: (p: MapPlace) => Rgba }).getFillColor;
  const text = (byId.labels as unknown as { getColor: (d: { id: Iso3 }) => Rgba }).getColor;
  return {
    circle: (id: Iso3) => fill(data.places.find((p) => p.place === id)!),
    label: (id: Iso3) => text({ id }),
  };
}

describe('a selection on the map', () => {
  it('fades nothing when no country is selected', () => {
    const { circle, label } = colours(base);
    expect(circle('PER')).toEqual(circle('BOL'));
    expect(label('GUY')).toEqual(label('BOL'));
    expect(label('GUY')[3]).toBe(255);
  });

  it('fades the places off the selected routes, not the selection or its partners', () => {
    const plain = colours(base);
    const { circle, label } = colours({ ...base, selected: 'BOL' });
    expect(circle('BOL')).toEqual(plain.circle('BOL'));
    expect(circle('ARG')).toEqual(plain.circle('ARG'));
    expect(circle('PER')).toEqual(fade(plain.circle('PER')));
    expect(circle('PER')[3]).toBeLessThan(plain.circle('PER')[3] / 2);
    expect(label('BOL')).toEqual(plain.label('BOL'));
    expect(label('ARG')).toEqual(plain.label('ARG'));
    expect(label('GUY')).toEqual(fade(plain.label('GUY')));
    expect(label('PER')[3]).toBeLessThan(128);
  });

  it('fades in the dark theme too', () => {
    const { label } = colours({ ...base, selected: 'BOL', dark: true });
    expect(label('GUY')).toEqual(fade([230, 230, 230, 255]));
  });
});
