/**
 * The canonical column names of a stored case row, in order (see schema.ts CASES_COLUMNS): the
 * country-level ones, then the places inside countries (null, or empty for transit, where only
 * the country is known; see domain/gazetteer for the ids).
 */
export const COUNTRY_LEVEL_COLUMNS = [
  'year',
  'origin',
  'transit',
  'destination',
  'sectors',
  'sex',
  'age_group',
  'victims',
] as const;

/** Place ids beside `origin`, `transit` (entry by entry, '' where unknown) and `destination`. */
export const PLACE_COLUMNS = ['origin_place', 'transit_places', 'destination_place'] as const;

export const CANONICAL_COLUMNS = [...COUNTRY_LEVEL_COLUMNS, ...PLACE_COLUMNS] as const;
