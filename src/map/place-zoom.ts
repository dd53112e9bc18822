/**
 * Places inside countries by zoom: at the regional zoom they merge into their countries (the
 * map draws the country legs and circles, exactly as for a country-level file); closer in they
 * separate (legs between places, circles for places). Two levels chosen by zoom rather than
 * flowmap.gl's clustering, which would sum the places' published figures: a country's figure is
 * a cell of its own (perturbed from its own records), not the sum of its places' (which omits
 * the hidden ones).
 */
import type { MapData } from './map-data';

/** From this zoom in (about a country filling the map), places separate. */
export const PLACE_ZOOM = 4;

/** Whether a zoom shows places inside countries. */
export const showsPlaces = (zoom: number) => zoom >= PLACE_ZOOM;

/** What the map draws at one level: its places' drawing when `places` and it has places. */
export function atLevel(data: MapData, places: boolean): MapData {
  if (!places || !data.placeLevel) return data;
  const { locations, flows, places: circles, hiddenLegs } = data.placeLevel;
  return { ...data, locations, flows, places: circles, hiddenLegs };
}
