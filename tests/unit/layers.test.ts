/** buildLayers is a pure function of state and data: its layers' ids and props, without WebGL. */
import { describe, expect, it } from 'vitest';
import type { Disclosed } from '../../src/domain/disclosure';
import type { Iso3 } from '../../src/domain/types';
import { buildLayers, circleRadiusPx, type LayerState, type MapHover } from '../../src/map/layers';
import type { MapData, MapFlow, MapPlace } from '../../src/map/map-data';
import { figure } from '../support/figures';

const shown = (value: number) => ({ kind: 'shown', value }) as const;
const place = (iso3: Iso3, involved: Disclosed, position: [number, number]): MapPlace => ({
  place: iso3,
  involved,
  outgoing: involved,
  incoming: figure(0),
  transit: figure(0),
  internal: figure(0),
  position,
});
const flow: MapFlow = { from: 'BOL', to: 'ARG', victims: shown(200), sectors: [] };
const data: MapData = {
  locations: [
    { id: 'BOL', lon: -64, lat: -17 },
    { id: 'ARG', lon: -64, lat: -34 },
  ],
  flows: [flow, { from: 'PER', to: 'ARG', victims: shown(900), sectors: [] }],
  places: [place('BOL', shown(400), [-64, -17]), place('PER', figure(3), [-75, -9])],
  hiddenLegs: 0,
  unmappedLegs: 0,
};
const anchors = new Map<Iso3, [number, number]>([
  ['BOL', [-64, -17]],
  ['PER', [-75, -9]],
  ['GUY', [-59, 5]],
]);
const state: LayerState = { data, selected: 'BOL', labelled: ['GUY', 'BRA'], anchors };

type Props = Record<string, unknown>;
const layers = (s: LayerState = state) =>
  Object.fromEntries(buildLayers(s).map((l) => [l.id, l.props as unknown as Props]));
const fn = <A extends unknown[], R>(props: Props, name: string) => props[name] as (...a: A) => R;

describe('buildLayers', () => {
  it('gives the same five layers, by stable id, in drawing order', () => {
    const ids = ['places', 'flows', 'labels', 'edge-dots', 'edge-markers'];
    expect(buildLayers(state).map((l) => l.id)).toEqual(ids);
    expect(
      buildLayers({ ...state, data: { ...data, flows: [], places: [] } }).map((l) => l.id),
    ).toEqual(ids);
  });

  it('ends legs that leave the view in a marker naming the place, only given the view', () => {
    const markers = (bounds?: [number, number, number, number]) =>
      (
        buildLayers({ ...state, bounds }).find((l) => l.id === 'edge-markers')!.props.data as {
          id: string;
        }[]
      ).map((m) => m.id);
    expect(markers()).toEqual([]);
    // Bolivia in view, Argentina south of it: the leg Bolivia → Argentina leaves by the south.
    expect(markers([-70, -25, -60, 0])).toEqual(['ARG']);
    expect(markers([-70, -40, -60, 0])).toEqual([]);
  });

  it('sizes circles by published totals, a hidden one as nothing, and rings the selection', () => {
    const { places } = layers();
    expect(places!.data).toEqual(data.places);
    expect(places!.pickable).toBe(true);
    const radius = fn<[MapPlace], number>(places!, 'getRadius');
    expect(radius(data.places[0]!)).toBe(circleRadiusPx(400, 400));
    expect(radius(data.places[1]!)).toBe(0);
    const line = fn<[MapPlace], number>(places!, 'getLineWidth');
    expect([line(data.places[0]!), line(data.places[1]!)]).toEqual([2.5, 1]);
  });

  it('hands flowmap.gl the flows, fitting the view or capped at a fixed domain', () => {
    const fitted = layers().flows!;
    expect(fitted.data).toEqual({ locations: data.locations, flows: data.flows });
    expect(fitted.adaptiveScalesEnabled).toBe(true);
    expect(fitted.scaleLock).toEqual({ enabled: false });
    expect(fn<[MapFlow], number>(fitted, 'getFlowMagnitude')(data.flows[1]!)).toBe(900);
    const fixed = layers({ ...state, scale: { flowMax: 500, circleMax: 1000 } }).flows!;
    expect(fixed.adaptiveScalesEnabled).toBe(false);
    expect(fixed.scaleLock).toEqual({ enabled: true, domains: { flowMagnitude: [0, 500] } });
    expect(fn<[MapFlow], number>(fixed, 'getFlowMagnitude')(data.flows[1]!)).toBe(500);
    const perCapita = { ...flow, magnitude: 1.5 };
    expect(fn<[MapFlow], number>(fixed, 'getFlowMagnitude')(perCapita)).toBe(1.5);
    const fixedPlaces = layers({ ...state, scale: { flowMax: 500, circleMax: 1000 } }).places!;
    const radius = fn<[MapPlace], number>(fixedPlaces, 'getRadius');
    expect(radius(data.places[0]!)).toBe(circleRadiusPx(400, 1000));
  });

  it('labels the focus countries and the places that have an anchor, larger when selected', () => {
    const labels = layers({ ...state, labelScale: 2 }).labels!;
    const rows = labels.data as { id: Iso3; name: string }[];
    expect(rows.map((r) => r.id).sort()).toEqual(['BOL', 'GUY', 'PER']);
    expect(rows.find((r) => r.id === 'BOL')!.name).toBe('Bolivia');
    const size = fn<[{ id: Iso3 }], number>(labels, 'getSize');
    expect([size({ id: 'BOL' }), size({ id: 'PER' })]).toEqual([28, 24]);
  });

  it('reports a hovered circle as our own place, and none when the pointer leaves', () => {
    const hovers: (MapHover | null)[] = [];
    const { places } = layers({ ...state, onHover: (h) => hovers.push(h) });
    const onHover = fn<[unknown], void>(places!, 'onHover');
    onHover({ x: 3, y: 4, object: data.places[0] });
    onHover({ x: 5, y: 6 });
    expect(hovers).toEqual([{ kind: 'place', place: data.places[0], x: 3, y: 4 }, null]);
  });
});
