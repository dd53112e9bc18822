/**
 * The justice view's figures (see data/justice-store.ts): per country, indicator and sex over
 * the filter's years, per country, indicator and year (the source's totals), and the victims
 * detected in each country (in `cases`, where GLOTIP's detecting country is the destination),
 * each with its cell key and whether it includes a count suppressed at source. Only the years
 * and the selected country apply: the figures have no sector, and their sex is their own.
 */
import { placeCountry } from '../../domain/gazetteer';
import {
  JUSTICE_INDICATORS,
  JUSTICE_SEXES,
  type JusticeFigures,
  type JusticeIndicator,
  type JusticeSex,
} from '../../domain/justice';
import type { Filter, Iso3 } from '../../domain/types';
import type { DbConnector } from '../connector';
import { keySum } from '../record-keys';
import { sqlInt, sqlString } from '../sql';

/** The country a filter selects (a place inside one selects its country), or null. */
function selectedCountry(filter: Filter): string | null {
  if (!filter.place) return null;
  return placeCountry(filter.place) ?? filter.place;
}

function justiceWhere(filter: Filter): string {
  const parts = [
    `year BETWEEN ${sqlInt(filter.yearFrom)} AND ${sqlInt(filter.yearTo)}`,
    `indicator IN (${JUSTICE_INDICATORS.map(sqlString).join(', ')})`,
  ];
  const country = selectedCountry(filter);
  if (country) parts.push(`country = ${sqlString(country)}`);
  return parts.join(' AND ');
}

const FIGURE = `sum(persons)::BIGINT AS persons, ${keySum('key_sum')} AS key,
  coalesce(bool_or(source_suppressed), false) AS partial`;

/** Each country's figure per indicator and sex, over the filter's years, and those years. */
export function justiceTotalsSql(filter: Filter): string {
  return `
SELECT country, indicator, sex, ${FIGURE},
       array_to_string(list_sort(list_distinct(list(year::INTEGER))), ',') AS years
FROM justice WHERE ${justiceWhere(filter)}
GROUP BY country, indicator, sex ORDER BY country, indicator, sex`;
}

/** Each country's total per indicator and year (the source's total rows). */
export function justiceYearsSql(filter: Filter): string {
  return `
SELECT country, indicator, year::INTEGER AS year, ${FIGURE}
FROM justice WHERE ${justiceWhere(filter)} AND sex = 'total'
GROUP BY country, indicator, year ORDER BY country, indicator, year`;
}

/**
 * Victims detected in each country with justice figures: over the filter's years (`indicator`
 * NULL), and over the years in which it has a total of each indicator (its ratio's base).
 */
export function detectedVictimsSql(filter: Filter): string {
  return `
WITH j AS (SELECT DISTINCT country, indicator, year FROM justice
           WHERE ${justiceWhere(filter)} AND sex = 'total'),
c AS (SELECT destination AS country, year, sum(victims) AS victims, ${keySum('key_sum')} AS key,
             coalesce(bool_or(source_suppressed), false) AS partial
      FROM cases
      WHERE year BETWEEN ${sqlInt(filter.yearFrom)} AND ${sqlInt(filter.yearTo)}
        AND destination IN (SELECT DISTINCT country FROM justice WHERE ${justiceWhere(filter)})
      GROUP BY destination, year)
SELECT country, NULL::VARCHAR AS indicator, sum(victims)::BIGINT AS victims, ${keySum('key')} AS key,
       bool_or(partial) AS partial
FROM c GROUP BY country
UNION ALL
SELECT j.country, j.indicator, sum(c.victims)::BIGINT, ${keySum('c.key')}, bool_or(c.partial)
FROM j JOIN c ON c.country = j.country AND c.year = j.year
GROUP BY j.country, j.indicator
ORDER BY 1, 2 NULLS FIRST`;
}

const isIndicator = (v: unknown): v is JusticeIndicator =>
  (JUSTICE_INDICATORS as readonly unknown[]).includes(v);
const isSex = (v: unknown): v is JusticeSex => (JUSTICE_SEXES as readonly unknown[]).includes(v);

/**
 * The justice view's figures under a filter (empty where the dataset has none). Each year's
 * figures only for a selected country, the one the view shows them for: a whole world's years
 * would be thousands of cells to publish that no one sees.
 */
export async function queryJustice(db: DbConnector, filter: Filter): Promise<JusticeFigures> {
  const [totals, years, victims] = await Promise.all([
    db.query(justiceTotalsSql(filter)),
    filter.place ? db.query(justiceYearsSql(filter)) : Promise.resolve([]),
    db.query(detectedVictimsSql(filter)),
  ]);
  const figure = (r: Record<string, unknown>) => ({
    country: String(r.country) as Iso3,
    persons: Number(r.persons),
    key: Number(r.key),
    partial: r.partial === true,
  });
  return {
    totals: totals.flatMap((r) =>
      isIndicator(r.indicator) && isSex(r.sex)
        ? [
            {
              ...figure(r),
              indicator: r.indicator,
              sex: r.sex,
              // As text: lists come back as different objects from the two engines' connectors.
              years: String(r.years ?? '')
                .split(',')
                .filter((y) => y !== '')
                .map(Number),
            },
          ]
        : [],
    ),
    years: years.flatMap((r) =>
      isIndicator(r.indicator)
        ? [{ ...figure(r), indicator: r.indicator, year: Number(r.year) }]
        : [],
    ),
    victims: victims.map((r) => ({
      country: String(r.country) as Iso3,
      indicator: isIndicator(r.indicator) ? r.indicator : null,
      victims: Number(r.victims),
      key: Number(r.key),
      partial: r.partial === true,
    })),
  };
}
