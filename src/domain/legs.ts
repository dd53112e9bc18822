import type { Iso3, Leg } from './types';

/**
 * Splits a route origin→T1→…→Tn→destination into its legs. Internal trafficking (origin equal to
 * destination with no transit) has no legs: it is shown as a country total, not as an arc.
 * Consecutive repeats of a place (A→A→B) are collapsed, since a leg from a place to itself is not
 * a movement.
 */
export function routeToLegs(origin: Iso3, transit: readonly Iso3[], destination: Iso3): Leg[] {
  const stops: Iso3[] = [];
  for (const place of [origin, ...transit, destination]) {
    if (stops[stops.length - 1] !== place) stops.push(place);
  }
  const legs: Leg[] = [];
  for (let i = 0; i + 1 < stops.length; i++) {
    legs.push({ from: stops[i]!, to: stops[i + 1]!, seq: i });
  }
  return legs;
}

/** True when a route never leaves its country of origin. */
export function isInternal(origin: Iso3, transit: readonly Iso3[], destination: Iso3): boolean {
  return origin === destination && transit.every((t) => t === origin);
}
