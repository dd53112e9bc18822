/**
 * Places inside countries from exact aggregates to the map: published like every figure (a place
 * cell below k is never shown, the noise of the cell key method on the rest), listed after the
 * country legs for the Table, named with their country, and drawn at two levels by zoom.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type DisclosurePolicy, KEY_RANGE } from '../../src/domain/disclosure';
import { publishView } from '../../src/domain/publish';
import type { LegAggregate, PlaceAggregate, PlaceLegAggregate } from '../../src/domain/types';
import { countryName } from '../../src/i18n/country-text';
import { toMapData } from '../../src/map/map-data';
import { atLevel, showsPlaces } from '../../src/map/place-zoom';
import { flowTooltipHtml, placeTooltipHtml } from '../../src/map/tooltip';

const anchors = new Map<string, [number, number]>([
  ['BOL', [-64, -17]],
  ['ARG', [-64, -34]],
]);
const ROUNDED: DisclosurePolicy = { k: 10, base: 5, noise: null };
const keys = { outgoing: 1, incoming: 2, transit: 3, internal: 4, involved: 5 };
const leg = (from: string, to: string, victims: number, key = 7): LegAggregate => ({
  from,
  to,
  victims,
  key,
  sectors: [{ sector: 'manufacturing_textiles', victims, key }],
});
const placeLeg = (from: string, to: string, victims: number, key = 11): PlaceLegAggregate => ({
  ...leg(from, to, victims, key),
  fromCountry: from.startsWith('BO') ? 'BOL' : 'ARG',
  toCountry: to.startsWith('AR') ? 'ARG' : 'BOL',
});
const total = (place: string, outgoing: number, incoming: number): PlaceAggregate => ({
  place,
  outgoing,
  incoming,
  transit: 0,
  internal: 0,
  involved: outgoing + incoming,
  keys,
});
const summary = { victims: 60, key: 0, unplaced: 0, unplacedKey: 0 };
const charts = (placeLegs: PlaceLegAggregate[], placePoints: PlaceAggregate[]) => ({
  sectors: [],
  sectorsAddUp: false,
  years: [],
  yearFrom: 2020,
  yearTo: 2020,
  placeLegs,
  placePoints,
});
const countryLegs = [leg('BOL', 'ARG', 60)];
const countryTotals = [total('BOL', 60, 0), total('ARG', 0, 60)];
const inside = [
  placeLeg('BO-L', 'AR-C', 40),
  placeLeg('BO-C', 'AR-C', 17),
  placeLeg('BO-P', 'AR-C', 3),
];
const points = [
  total('BO-L', 40, 0),
  total('BO-C', 17, 0),
  total('BO-P', 3, 0),
  total('AR-C', 0, 60),
];

describe('publishing places inside countries', () => {
  it('hides a place cell below k and never shows its count, under the noise too', () => {
    for (let key = 0; key < 200; key++) {
      const small = [inside[0]!, inside[1]!, placeLeg('BO-P', 'AR-C', 3, key * 21_474_836)];
      const view = publishView(
        countryLegs,
        countryTotals,
        summary,
        DEFAULT_POLICY,
        charts(small, points),
      );
      const shown = view.placeLegs!.find((l) => l.from === 'BO-P')!.victims;
      if (shown.kind === 'shown') expect(shown.value).toBeGreaterThanOrEqual(10);
      const point = view.placePoints!.find((p) => p.place === 'BO-P')!.involved;
      if (point.kind === 'shown') expect(point.value).toBeGreaterThanOrEqual(10);
      expect(key * 21_474_836).toBeLessThan(KEY_RANGE);
    }
  });

  it("withholds a figure rather than let a hidden place leg be read off its country's", () => {
    // Exact figures (no noise, no rounding): 60 − 40 − 17 would give Potosí's 3 away.
    const exact: DisclosurePolicy = { k: 10, base: 1, noise: null };
    const view = publishView(countryLegs, countryTotals, summary, exact, charts(inside, points));
    const country = view.legs.find((l) => l.from === 'BOL' && l.to === 'ARG')!.victims;
    const parts = view.placeLegs!.map((l) => l.victims);
    expect(parts.map((p) => p.kind)).toContain('suppressed');
    expect([country, ...parts].some((d) => d.kind === 'withheld')).toBe(true);
    // Without the place legs, the country leg is shown as it is.
    const alone = publishView(countryLegs, countryTotals, summary, exact);
    expect(alone.legs[0]!.victims).toEqual({ kind: 'shown', value: 60 });
  });

  it('lists the place legs after the country legs, and names them with their countries', () => {
    const view = publishView(countryLegs, countryTotals, summary, ROUNDED, charts(inside, points));
    expect(view.legs.map((l) => `${l.from}>${l.to}`)).toEqual([
      'BOL>ARG',
      'BO-L>AR-C',
      'BO-C>AR-C',
      'BO-P>AR-C',
    ]);
    expect(view.legs.map((l) => l.victims.kind)).toEqual(['shown', 'shown', 'shown', 'suppressed']);
    expect(view.placeLegs?.[2]).toMatchObject({ victims: { kind: 'suppressed' }, sectors: [] });
    expect(view.placePoints?.map((p) => p.place)).toEqual(['AR-C', 'BO-L', 'BO-C', 'BO-P']);
    expect(countryName('BO-L', 'es')).toBe('La Paz, Bolivia');
    expect(countryName('BR-SP', 'en')).toBe('São Paulo, Brazil');
    expect(countryName('PE-CUS', 'en')).toBe('Cusco, Peru');
    expect(countryName('BO-L.el-alto', 'pt')).toBe('El Alto, Bolívia');
    expect(countryName('pt:-16.97:-65.42:BOL', 'en')).toBe('-16.97, -65.42, Bolivia');
    expect(countryName('BOL', 'en')).toBe('Bolivia');
  });

  it('publishes a country-level view as before: no place figures at all', () => {
    const view = publishView(countryLegs, countryTotals, summary, ROUNDED, charts([], []));
    expect(view).not.toHaveProperty('placeLegs');
    expect(view).not.toHaveProperty('placePoints');
    expect(view.legs).toHaveLength(1);
  });
});

describe('drawing places by zoom', () => {
  const view = publishView(countryLegs, countryTotals, summary, ROUNDED, charts(inside, points));
  const data = toMapData(view, anchors);

  it('draws the country legs at the regional zoom, the place legs closer in', () => {
    expect(showsPlaces(2.3)).toBe(false);
    expect(showsPlaces(5)).toBe(true);
    const regional = atLevel(data, false);
    expect(regional.flows.map((f) => `${f.from}>${f.to}`)).toEqual(['BOL>ARG']);
    expect(regional.places.map((p) => p.place).sort()).toEqual(['ARG', 'BOL']);
    expect(regional.unmappedLegs).toBe(0);
    const close = atLevel(data, true);
    expect(close.flows.map((f) => `${f.from}>${f.to}`)).toEqual(['BO-L>AR-C', 'BO-C>AR-C']);
    expect(close.hiddenLegs).toBe(1);
    expect(close.locations.find((l) => l.id === 'AR-C')).toMatchObject({
      lon: -58.377,
      lat: -34.613,
    });
    expect(close.places.find((p) => p.place === 'BO-L')?.position).toEqual([-68.15, -16.5]);
    // Potosí's 3 victims are hidden: no circle, so no label naming it on the map either.
    expect(close.places.map((p) => p.place)).not.toContain('BO-P');
  });

  it('names the places in the tooltips, with their countries', () => {
    const close = atLevel(data, true);
    const flow = flowTooltipHtml(close.flows[0]!);
    expect(flow).toContain('La Paz, Bolivia → Ciudad de Buenos Aires, Argentina');
    expect(flow).toContain('Victims: 40');
    const circle = placeTooltipHtml(close.places.find((p) => p.place === 'BO-C')!);
    expect(circle).toContain('<strong>Cochabamba, Bolivia</strong>');
  });

  it('keeps one level for a country-level view', () => {
    const plain = toMapData(publishView(countryLegs, countryTotals, summary, ROUNDED), anchors);
    expect(plain.placeLevel).toBeUndefined();
    expect(atLevel(plain, true)).toBe(plain);
  });
});
