import { describe, expect, it } from 'vitest';
import type { DisclosurePolicy } from '../../src/domain/disclosure';
import type { LegAggregate, PlaceAggregate } from '../../src/domain/types';
import { publishView } from '../../src/domain/publish';
import { toMapData } from '../../src/map/map-data';

const anchors = new Map<string, [number, number]>([
  ['BOL', [-64, -17]],
  ['ARG', [-64, -34]],
]);
/** No noise, bands of 5: the figures toMapData is given are then easy to tell apart. */
const POLICY: DisclosurePolicy = { k: 10, base: 5, noise: null };
const keys = { outgoing: 0, incoming: 0, transit: 0, internal: 0, involved: 0 };
const leg = (from: string, to: string, victims: number): LegAggregate => ({
  from,
  to,
  victims,
  key: 0,
  sectors: [{ sector: 'mining', victims, key: 0 }],
});

describe('toMapData', () => {
  it('publishes rounded legs, hides small ones and counts both kinds left out', () => {
    const places: PlaceAggregate[] = [
      { place: 'BOL', outgoing: 35, incoming: 7, transit: 0, internal: 4, involved: 46, keys },
      { place: 'XKX', outgoing: 0, incoming: 12, transit: 0, internal: 0, involved: 12, keys },
    ];
    const legs = [leg('BOL', 'ARG', 23), leg('ARG', 'BOL', 7), leg('BOL', 'XKX', 12)];
    const summary = { victims: 46, key: 0, unplaced: 0, unplacedKey: 0 };
    const data = toMapData(publishView(legs, places, summary, POLICY), anchors);
    expect(data.flows.map((f) => [f.from, f.to, f.victims.value])).toEqual([['BOL', 'ARG', 20]]);
    expect(data.flows[0]!.sectors[0]!.victims).toEqual({ kind: 'shown', value: 20 });
    expect(data.hiddenLegs).toBe(1);
    expect(data.unmappedLegs).toBe(1);
    expect(data.places.map((p) => p.place)).toEqual(['BOL']);
    expect(data.places[0]!.internal).toEqual({ kind: 'suppressed', k: 10 });
    expect(data.locations.map((l) => l.id).sort()).toEqual(['ARG', 'BOL']);
  });
});
