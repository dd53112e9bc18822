/**
 * The published figures of one view: what the map, tooltips, Table and exports may show. Each
 * figure family (legs, places, sectors, years, sector routes, places per year) has its own file
 * with its cells, the relations a viewer can know between them, and its read-back.
 */
import type { Disclosed } from '../disclosure';
import type { Sector } from '../sectors';
import type { Iso3, Sex } from '../types';

export interface PublishedLeg {
  from: Iso3;
  to: Iso3;
  victims: Disclosed;
  /** Sectors on this leg, largest first; empty for a hidden leg (its mix is not published). */
  sectors: { sector: Sector; victims: Disclosed }[];
}

/** A leg between places inside countries, as published, with the countries of its ends. */
export type PublishedPlaceLeg = PublishedLeg & { fromCountry: Iso3; toCountry: Iso3 };

export const PLACE_ROLES = ['involved', 'outgoing', 'incoming', 'transit', 'internal'] as const;
export type PlaceRole = (typeof PLACE_ROLES)[number];

export type PublishedPlace = { place: Iso3 } & Record<PlaceRole, Disclosed>;
export type PublishedPlaceYear = PublishedPlace & { year: number };

/** A bar of the sector chart, with its victims by sex. */
export interface PublishedSectorBar {
  sector: Sector;
  victims: Disclosed;
  bySex: { sex: Sex; victims: Disclosed }[];
}

/** A link of the origin → sector → destination chart, as published. */
export interface PublishedSectorRoute {
  end: 'origin' | 'destination';
  /** null: that end of the route is unknown. */
  place: Iso3 | null;
  sector: Sector;
  victims: Disclosed;
}

export interface PublishedView {
  legs: PublishedLeg[];
  places: PublishedPlace[];
  /** Victims per sector under every filter but the sector filter, in vocabulary order. */
  sectors: PublishedSectorBar[];
  /** Victims per year under every filter but the years. */
  years: { year: number; victims: Disclosed }[];
  /** Origin → sector and sector → destination links, under every filter but the sectors. */
  sectorRoutes: PublishedSectorRoute[];
  /** Per-country totals per year, under every filter but the years. */
  placeYears: PublishedPlaceYear[];
  victims: Disclosed;
  unplaced: Disclosed;
  /** Places inside countries (see place-figures.ts); absent or empty for a country-level file. */
  placeLegs?: PublishedPlaceLeg[];
  placePoints?: PublishedPlace[];
}

/** Rank of a published figure for ordering: shown values, then withheld, then hidden. */
export function publishedRank(d: Disclosed): number {
  if (d.kind === 'shown') return d.value;
  return d.kind === 'withheld' ? -1 : -2;
}

/**
 * Orders by published figures only: an order by exact counts would tell apart equal-looking
 * cells, hidden ones included.
 */
export const byPublished = (a: Disclosed, b: Disclosed) => publishedRank(b) - publishedRank(a);
