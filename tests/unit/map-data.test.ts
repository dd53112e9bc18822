import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/domain/disclosure';
import type { LegAggregate, PlaceAggregate } from '../../src/domain/types';
import { publishView } from '../../src/domain/publish';
import { toMapData } from '../../src/map/map-data';

const anchors = new Map<string, [number, number]>([
  ['BOL', [-64, -17]],
  ['ARG', [-64, -34]],
]);
const leg = (from: string, to: string, victims: number): LegAggregate => ({
  from,
  to,
  victims,
  sectors: [{ sector: 'mining', victims }],
});

describe('toMapData', () => {
  it('publishes rounded legs, hides small ones and counts both kinds left out', () => {
    const places: PlaceAggregate[] = [
      { place: 'BOL', outgoing: 35, incoming: 7, transit: 0, internal: 4, involved: 46 },
      { place: 'XKX', outgoing: 0, incoming: 12, transit: 0, internal: 0, involved: 12 },
    ];
    const legs = [leg('BOL', 'ARG', 23), leg('ARG', 'BOL', 7), leg('BOL', 'XKX', 12)];
    const summary = { victims: 46, unplaced: 0 };
    const data = toMapData(publishView(legs, places, summary, DEFAULT_POLICY), anchors);
    expect(data.flows.map((f) => [f.from, f.to, f.victims.value])).toEqual([['BOL', 'ARG', 20]]);
    expect(data.flows[0]!.sectors[0]!.victims).toEqual({ kind: 'shown', value: 20 });
    expect(data.hiddenLegs).toBe(1);
    expect(data.unmappedLegs).toBe(1);
    expect(data.places.map((p) => p.place)).toEqual(['BOL']);
    expect(data.places[0]!.internal).toEqual({ kind: 'suppressed', k: 10 });
    expect(data.locations.map((l) => l.id).sort()).toEqual(['ARG', 'BOL']);
  });
});
