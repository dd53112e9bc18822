import { describe, expect, it } from 'vitest';
import { POPULATION as population } from '../../src/domain/population';
import { figure } from '../support/figures';
import { EMPTY_MAP_DATA, type MapData, type MapFlow } from '../../src/map/map-data';
import { flowsPerCapita } from '../../src/map/per-capita';

const flow = (from: string, to: string, victims: number): MapFlow => ({
  from,
  to,
  victims: figure(victims) as MapFlow['victims'],
  sectors: [],
});
const data: MapData = {
  ...EMPTY_MAP_DATA,
  flows: [flow('BOL', 'ARG', 120), flow('XKX', 'ARG', 50)],
};

describe('flowsPerCapita', () => {
  it('sizes legs by the published count per 100,000 people of one end, per year', () => {
    expect(flowsPerCapita(data, 'victims', population, 2019, 2019)).toBe(data);
    const byOrigin = flowsPerCapita(data, 'origin', population, 2019, 2019);
    // 120 / 11,671,386 (Bolivia, 2019) × 100,000; Kosovo has no population figure here.
    expect(byOrigin.flows.map((f) => [f.from, f.magnitude])).toEqual([
      ['BOL', expect.closeTo(1.0282, 4)],
    ]);
    expect(byOrigin.legsWithoutRate).toBe(1);
    const byDestination = flowsPerCapita(data, 'destination', population, 2019, 2019);
    // Both end in Argentina (44,973,465 in 2019): 120 → 0.267, 50 → 0.111.
    expect(byDestination.flows.map((f) => f.magnitude)).toEqual([
      expect.closeTo(0.2668, 4),
      expect.closeTo(0.1112, 4),
    ]);
    expect(byDestination.flows[0]!.victims).toEqual({ kind: 'shown', value: 120 });
  });
});
