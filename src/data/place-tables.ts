/**
 * Places inside countries in the tables views read. `cases` keeps `origin`, `transit` and
 * `destination` as countries, so every country figure is what the same cases written at country
 * level give; beside them, `origin_place`, `transit_places` (entry by entry) and
 * `destination_place` hold place ids (domain/gazetteer), null where only the country is known.
 *
 * From them, like `legs` and `place_roles` from the countries: `place_legs` (a route's stops are
 * its places, or its countries where no place is known, so legs join places) with
 * `place_leg_sectors`, and `place_point_roles` (what each case adds to each place's roles). Each
 * carries `key_sum` and the filter columns, `place_key` ("|BO-L|AR-C|") among them, so that a
 * place can be selected like a country. A dataset with no place holds none of their rows.
 */

/** The place columns as CASES_COLUMNS declares them. */
export const PLACE_COLUMNS_SQL = `
  origin_place VARCHAR,
  transit_places VARCHAR[],
  destination_place VARCHAR`;

/**
 * A SELECT of case rows with the place columns added (null) where it has none: a table stored
 * before places existed, or made in a test, reads as a country-level one.
 */
export function withPlaceColumns(select: string): string {
  return `(SELECT * FROM (${select}) UNION ALL BY NAME
    SELECT * FROM (SELECT NULL::VARCHAR AS origin_place, NULL::VARCHAR[] AS transit_places,
                          NULL::VARCHAR AS destination_place) WHERE false)`;
}

/** A row that names no place: only its countries are known. */
export const PLACE_FREE = `(origin_place IS NULL AND destination_place IS NULL
  AND len(list_filter(coalesce(transit_places, []), x -> x IS NOT NULL)) = 0)`;

/** The places on a cube row's route, for `place_key` (see data/queries/filter). */
export const PLACE_KEY = `'|' || array_to_string(list_filter([origin_place] || coalesce(transit_places, []) || [destination_place], x -> x IS NOT NULL), '|') || '|'`;

/** The route's stops: each place where known, else its country. */
const STOPS = `[coalesce(origin_place, origin)]
  || list_transform(transit, (t, i) -> coalesce(transit_places[i], t))
  || [coalesce(destination_place, destination)]`;

/** Only when the shown dataset has places: a country-level one derives no rows. */
const WITH_PLACES = `(SELECT coalesce(bool_or(has_places), false) FROM cases)`;

const FILTER_COLUMNS = 'year, sector_mask, route_key, place_key, sex, age_group';

/**
 * Legs between places: consecutive repeats of a stop collapse (as in `legs`), and each end keeps
 * its country (`src_country`, `dst_country`), so a country's leg is the sum of its place legs.
 */
export const DERIVE_PLACE_LEGS_SQL = `
CREATE OR REPLACE TABLE place_legs AS
WITH r AS (
  SELECT ${FILTER_COLUMNS}, sectors, victims, key_sum, source_suppressed,
         ${STOPS} AS raw_stops, [origin] || transit || [destination] AS raw_countries
  FROM cases
  WHERE origin IS NOT NULL AND destination IS NOT NULL AND ${WITH_PLACES}
), s AS (
  SELECT *, list_filter(raw_stops, (x, i) -> i = 1 OR x <> raw_stops[i - 1]) AS stops,
         list_filter(raw_countries, (x, i) -> i = 1 OR raw_stops[i] <> raw_stops[i - 1]) AS countries
  FROM r
)
SELECT ${FILTER_COLUMNS}, sectors, victims, key_sum, source_suppressed,
       stops[i] AS src, stops[i + 1] AS dst, countries[i] AS src_country,
       countries[i + 1] AS dst_country
FROM (SELECT *, unnest(range(1, len(stops))) AS i FROM s)`;

/** Each place leg once per sector, for the legs' sector mixes. */
export const DERIVE_PLACE_LEG_SECTORS_SQL = `
CREATE OR REPLACE TABLE place_leg_sectors AS
SELECT ${FILTER_COLUMNS}, src, dst, unnest(sectors) AS sector, victims, key_sum
FROM place_legs`;

/**
 * One row per case shape and place on its route (places only: a stop known only by its country
 * is the country's, in `place_roles`), with what it adds to the place's roles, as
 * `place_roles` does for countries (o: origin, i: destination, t: transit, n: internal).
 */
export const DERIVE_PLACE_POINT_ROLES_SQL = `
CREATE OR REPLACE TABLE place_point_roles AS
WITH f AS (
  SELECT *, coalesce(origin_place, origin) AS o_stop, coalesce(destination_place, destination) AS d_stop,
         list_transform(transit, (t, i) -> coalesce(transit_places[i], t)) AS t_stops
  FROM cases WHERE has_places AND ${WITH_PLACES}
), g AS (
  SELECT *, coalesce(o_stop = d_stop AND len(list_filter(t_stops, t -> t <> o_stop)) = 0, false) AS internal,
         list_distinct(list_filter([origin_place] || transit_places || [destination_place], x -> x IS NOT NULL)) AS places
  FROM f
), x AS (SELECT * EXCLUDE (places), unnest(places) AS place FROM g)
SELECT ${FILTER_COLUMNS}, source_suppressed, place,
       CASE WHEN place = o_stop AND NOT internal THEN victims ELSE 0 END AS o,
       CASE WHEN place = d_stop AND NOT internal THEN victims ELSE 0 END AS i,
       CASE WHEN place <> o_stop AND place <> d_stop THEN victims ELSE 0 END AS t,
       CASE WHEN internal AND place = o_stop THEN victims ELSE 0 END AS n,
       victims AS inv,
       CASE WHEN place = o_stop AND NOT internal THEN key_sum ELSE 0 END AS ko,
       CASE WHEN place = d_stop AND NOT internal THEN key_sum ELSE 0 END AS ki,
       CASE WHEN place <> o_stop AND place <> d_stop THEN key_sum ELSE 0 END AS kt,
       CASE WHEN internal AND place = o_stop THEN key_sum ELSE 0 END AS kn,
       key_sum AS kinv,
       coalesce(place = o_stop AND NOT internal, false) OR coalesce(place = d_stop AND NOT internal, false)
         OR coalesce(place <> o_stop AND place <> d_stop, false) OR (internal AND place = o_stop) AS has_role
FROM x`;

/** The statements that derive the place tables from `cases`. */
export const DERIVE_PLACE_TABLES_SQL = [
  DERIVE_PLACE_LEGS_SQL,
  DERIVE_PLACE_LEG_SECTORS_SQL,
  DERIVE_PLACE_POINT_ROLES_SQL,
];
