import { describe, expect, it } from 'vitest';
import { isInternal, routeToLegs } from '../../src/domain/legs';

describe('routeToLegs', () => {
  it('splits a direct route into one leg', () => {
    expect(routeToLegs('BOL', [], 'ARG')).toEqual([{ from: 'BOL', to: 'ARG', seq: 0 }]);
  });

  it('splits a route with transits into ordered legs', () => {
    expect(routeToLegs('VEN', ['COL', 'ECU'], 'PER')).toEqual([
      { from: 'VEN', to: 'COL', seq: 0 },
      { from: 'COL', to: 'ECU', seq: 1 },
      { from: 'ECU', to: 'PER', seq: 2 },
    ]);
  });

  it('gives internal trafficking no legs', () => {
    expect(routeToLegs('PER', [], 'PER')).toEqual([]);
    expect(isInternal('PER', [], 'PER')).toBe(true);
  });

  it('collapses consecutive repeats but keeps round trips', () => {
    expect(routeToLegs('VEN', ['VEN', 'COL'], 'COL')).toEqual([{ from: 'VEN', to: 'COL', seq: 0 }]);
    expect(routeToLegs('PER', ['BOL'], 'PER')).toHaveLength(2);
    expect(isInternal('PER', ['BOL'], 'PER')).toBe(false);
  });
});
