import type { Sector } from './sectors';

/** ISO 3166-1 alpha-3 code of a country, e.g. "VEN". */
export type Iso3 = string;

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];
export const AGE_GROUPS = ['adult', 'minor', 'unknown'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/**
 * One anonymized case (or an aggregate of cases with identical attributes): the canonical
 * shape every importer produces. `victims` is 1 for a case row.
 */
export interface CaseRecord {
  year: number;
  origin: Iso3 | null;
  /** Ordered transit countries, possibly empty. */
  transit: Iso3[];
  destination: Iso3 | null;
  sectors: Sector[];
  sex: Sex;
  ageGroup: AgeGroup;
  victims: number;
  /** The count was suppressed at source (e.g. "<5"): `victims` is 0 and the true count unknown. */
  sourceSuppressed?: boolean;
  /** Where inside `origin` (a domain/gazetteer id), if known. */
  originPlace?: string | null;
  /** Where inside each transit country, entry by entry (null: not known). */
  transitPlaces?: (string | null)[];
  /** Where inside `destination`, if known. */
  destinationPlace?: string | null;
}

/** One step of a route: origin→T1, T1→T2, …, Tn→destination. */
export interface Leg {
  from: Iso3;
  to: Iso3;
  /** 0-based position of the leg in its route. */
  seq: number;
}

/** A leg aggregated over all matching routes, with exact victim counts (never shown as is). */
export interface LegAggregate {
  from: Iso3;
  to: Iso3;
  victims: number;
  /** The cell key of those victims' records (see domain/disclosure KEY_RANGE). */
  key: number;
  /** Victims per sector on this leg; a multi-sector case counts in each of its sectors. */
  sectors: { sector: Sector; victims: number; key: number }[];
  /** Some of its cases carry a count suppressed at source: `victims` is a lower bound. */
  partial?: boolean;
}

/**
 * A leg between places inside countries (an end known only by its country is that country),
 * with the countries of its ends (never shown as is).
 */
export type PlaceLegAggregate = LegAggregate & { fromCountry: Iso3; toCountry: Iso3 };

/** Exact per-country totals (never shown as is). */
export interface PlaceAggregate {
  place: Iso3;
  /** Victims whose route starts here and ends elsewhere. */
  outgoing: number;
  /** Victims whose route ends here and starts elsewhere. */
  incoming: number;
  /** Victims moved through here. */
  transit: number;
  /** Victims trafficked within the country (origin = destination, no transit). */
  internal: number;
  /** Victims whose route touches the country at all, each counted once. */
  involved: number;
  /** The cell key of each role's records. */
  keys: Record<'outgoing' | 'incoming' | 'transit' | 'internal' | 'involved', number>;
  /** Some of its cases carry a count suppressed at source: the totals are lower bounds. */
  partial?: boolean;
}

/** Exact per-country totals in one year (never shown as is). */
export type PlaceYearAggregate = PlaceAggregate & { year: number };

/** Exact victims in one sector under a filter (never shown as is). */
export interface SectorAggregate {
  sector: Sector;
  victims: number;
  key: number;
  /** The same victims by sex (a sex outside the vocabulary counts as unknown). */
  bySex?: { sex: Sex; victims: number; key: number; partial?: boolean }[];
  /** Includes counts suppressed at source: a lower bound. */
  partial?: boolean;
}

/**
 * Exact victims between one end of their route and one sector, for the origin → sector →
 * destination chart (never shown as is). `place` null: that end of the route is unknown.
 */
export interface SectorRouteAggregate {
  end: 'origin' | 'destination';
  place: Iso3 | null;
  sector: Sector;
  victims: number;
  key: number;
  /** Includes counts suppressed at source: a lower bound. */
  partial?: boolean;
}

/** Exact victims in one year under a filter (never shown as is). */
export interface YearAggregate {
  year: number;
  victims: number;
  key: number;
  /** Includes counts suppressed at source: a lower bound. */
  partial?: boolean;
}

/** Exact totals of a filter (never shown as is). */
export interface ViewSummary {
  /** All victims matching the filter. */
  victims: number;
  key: number;
  /** Victims whose origin or destination is unknown, so no leg can be drawn. */
  unplaced: number;
  unplacedKey: number;
  /** Some matching cases carry a count suppressed at source: the figures are lower bounds. */
  partial?: boolean;
}

/** The filters every query honours. */
export interface Filter {
  yearFrom: number;
  yearTo: number;
  /** Empty means all sectors. */
  sectors: Sector[];
  /**
   * A selected country, or place inside one (a domain/gazetteer id): only routes that start,
   * pass through or end there.
   */
  place: Iso3 | null;
  /** Absent or empty means every sex. */
  sexes?: Sex[];
  /** Absent or empty means every age group. */
  ageGroups?: AgeGroup[];
}
