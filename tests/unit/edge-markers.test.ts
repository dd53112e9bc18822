import { describe, expect, it } from 'vitest';
import type { MapBounds } from '../../src/domain/bounds';
import { edgeMarkerAnchor, edgeMarkers } from '../../src/map/edge-markers';
import type { MapFlow, MapLocation } from '../../src/map/map-data';

const LOCATIONS: MapLocation[] = [
  { id: 'BRA', lon: -51.9, lat: -14.2 },
  { id: 'ARG', lon: -63.6, lat: -38.4 },
  { id: 'ESP', lon: -3.7, lat: 40.4 },
  { id: 'MEX', lon: -102.5, lat: 23.6 },
  { id: 'ITA', lon: 12.6, lat: 41.9 },
];
const flow = (from: string, to: string, value: number): MapFlow => ({
  from,
  to,
  victims: { kind: 'shown', value },
  sectors: [],
});
/** South America, as the map frames it. */
const VIEW: MapBounds = [-92, -56, -30, 16];

describe('edge markers', () => {
  it('marks where a leg leaves the view, just inside its edge, naming the place outside', () => {
    const [m, ...rest] = edgeMarkers([flow('BRA', 'ESP', 120)], LOCATIONS, VIEW);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ id: 'ESP', edge: 'east' });
    const [lon, lat] = m!.position;
    expect(lon).toBeLessThan(-30);
    expect(lon).toBeGreaterThan(-32);
    // On the leg from Brazil towards Spain: north of Brazil, inside the view.
    expect(lat).toBeGreaterThan(-14.2);
    expect(lat).toBeLessThan(16);
  });

  it('marks a leg coming in from outside, and names each place once', () => {
    const markers = edgeMarkers(
      [flow('BRA', 'ESP', 300), flow('ARG', 'ESP', 40), flow('MEX', 'ARG', 25)],
      LOCATIONS,
      VIEW,
    );
    expect(markers.map((m) => [m.id, m.edge])).toEqual([
      ['ESP', 'east'],
      // From Argentina towards Mexico the leg leaves by the west edge, south of the north one.
      ['MEX', 'west'],
    ]);
    // Spain's marker is on its largest leg, Brazil's.
    const onBrazilLeg = edgeMarkers([flow('BRA', 'ESP', 300)], LOCATIONS, VIEW)[0]!;
    expect(markers[0]!.position).toEqual(onBrazilLeg.position);
  });

  it('marks nothing for a leg wholly inside or wholly outside the view', () => {
    expect(edgeMarkers([flow('BRA', 'ARG', 50), flow('ITA', 'ESP', 50)], LOCATIONS, VIEW)).toEqual(
      [],
    );
    // Zoomed out so that Spain is in view: no marker.
    expect(edgeMarkers([flow('BRA', 'ESP', 50)], LOCATIONS, [-120, -60, 20, 50])).toEqual([]);
  });

  it('marks only places out of view, placing each marker clear of the controls', () => {
    // Brazil → Spain with Spain in view but in the band under the controls: no marker.
    const wide: MapBounds = [-92, -56, 10, 45];
    const inner: MapBounds = [-92, -56, 10, 30];
    expect(edgeMarkers([flow('BRA', 'ESP', 50)], LOCATIONS, wide, inner)).toEqual([]);
    // Out of view, its marker sits on the inner edge, below the band.
    const [m] = edgeMarkers([flow('BRA', 'ESP', 50)], LOCATIONS, VIEW, [-92, -56, -30, 10]);
    expect(m!.position[1]).toBeLessThan(10);
  });

  it('reads its name from its dot towards the inside of the view', () => {
    const [spain] = edgeMarkers([flow('BRA', 'ESP', 120)], LOCATIONS, VIEW);
    expect(edgeMarkerAnchor(spain!, VIEW).text).toBe('end');
    const [mexico] = edgeMarkers([flow('MEX', 'ARG', 25)], LOCATIONS, VIEW);
    expect(edgeMarkerAnchor(mexico!, VIEW).text).toBe('start');
    const [chile] = edgeMarkers(
      [flow('BRA', 'ARG', 25)],
      LOCATIONS,
      [-70, -30, -40, 0], // Argentina's point below the view
    );
    expect(chile).toMatchObject({ id: 'ARG', edge: 'south' });
    expect(edgeMarkerAnchor(chile!, [-70, -30, -40, 0]).baseline).toBe('bottom');
  });
});
