/**
 * The route patterns behind the synthetic demo dataset. Loosely shaped after patterns described in
 * public reports on the region (UNODC GLOTIP regional overviews, IOM and national reports), but
 * every number here is invented: the demo is synthetic, not real cases.
 */
import type { Sector } from '../src/domain/sectors';

export type Trend = 'flat' | 'venezuela' | 'rising' | 'declining';

export interface RoutePattern {
  origin: string;
  /** Usual transit countries; some cases skip them (e.g. travel by air). */
  transit: string[];
  destination: string;
  /** Relative number of cases per year at the trend's peak. */
  weight: number;
  sectors: Partial<Record<Sector, number>>;
  /** Share of female victims. */
  female: number;
  /** Share of minors. */
  minors: number;
  trend: Trend;
}

const r = (
  origin: string,
  transit: string[],
  destination: string,
  weight: number,
  sectors: Partial<Record<Sector, number>>,
  female: number,
  minors: number,
  trend: Trend = 'flat',
): RoutePattern => ({ origin, transit, destination, weight, sectors, female, minors, trend });

export const ROUTES: RoutePattern[] = [
  // Venezuelan displacement, mostly after 2015, south along the Andes.
  r(
    'VEN',
    [],
    'COL',
    260,
    { sexual_exploitation: 5, domestic_work: 2, agriculture: 2, begging: 1 },
    0.75,
    0.2,
    'venezuela',
  ),
  r(
    'VEN',
    ['COL'],
    'ECU',
    130,
    { sexual_exploitation: 5, hospitality: 2, begging: 1 },
    0.75,
    0.15,
    'venezuela',
  ),
  r(
    'VEN',
    ['COL', 'ECU'],
    'PER',
    170,
    { sexual_exploitation: 5, hospitality: 2, begging: 1, domestic_work: 1 },
    0.8,
    0.12,
    'venezuela',
  ),
  r(
    'VEN',
    ['COL', 'ECU', 'PER'],
    'CHL',
    90,
    { domestic_work: 3, agriculture: 2, hospitality: 2, sexual_exploitation: 3 },
    0.7,
    0.08,
    'venezuela',
  ),
  r(
    'VEN',
    [],
    'BRA',
    80,
    { agriculture: 3, domestic_work: 2, sexual_exploitation: 2 },
    0.6,
    0.15,
    'venezuela',
  ),
  r('VEN', [], 'TTO', 40, { sexual_exploitation: 6, hospitality: 1 }, 0.9, 0.1, 'venezuela'),
  r('VEN', ['BRA'], 'GUY', 25, { sexual_exploitation: 3, mining: 2 }, 0.7, 0.1, 'venezuela'),
  // Bolivian and Paraguayan labour routes.
  r(
    'BOL',
    [],
    'ARG',
    150,
    { manufacturing_textiles: 6, agriculture: 3, domestic_work: 1 },
    0.45,
    0.2,
  ),
  r('BOL', [], 'BRA', 110, { manufacturing_textiles: 7, construction: 1 }, 0.5, 0.15),
  r('BOL', [], 'CHL', 50, { agriculture: 4, domestic_work: 2 }, 0.5, 0.1),
  r('PRY', [], 'ARG', 120, { sexual_exploitation: 5, domestic_work: 3 }, 0.85, 0.25, 'declining'),
  r('PRY', [], 'ESP', 45, { sexual_exploitation: 4, domestic_work: 2 }, 0.9, 0.05, 'declining'),
  r('PRY', ['ARG'], 'ESP', 20, { sexual_exploitation: 4 }, 0.9, 0.05, 'declining'),
  r('PER', [], 'ARG', 60, { domestic_work: 3, manufacturing_textiles: 3 }, 0.6, 0.1),
  r('PER', [], 'CHL', 55, { domestic_work: 3, agriculture: 2 }, 0.65, 0.1),
  r('COL', [], 'ECU', 70, { sexual_exploitation: 5, agriculture: 1 }, 0.8, 0.2),
  r('COL', [], 'ESP', 40, { sexual_exploitation: 5 }, 0.9, 0.05, 'declining'),
  r('COL', ['PAN'], 'MEX', 25, { sexual_exploitation: 3, forced_criminality: 1 }, 0.75, 0.1),
  r('DOM', [], 'ARG', 30, { sexual_exploitation: 6 }, 0.95, 0.05, 'declining'),
  r(
    'HTI',
    ['PAN', 'COL', 'ECU', 'PER'],
    'CHL',
    35,
    { agriculture: 3, construction: 3 },
    0.35,
    0.05,
    'rising',
  ),
  r(
    'HTI',
    [],
    'BRA',
    40,
    { construction: 4, agriculture: 2, manufacturing_textiles: 1 },
    0.3,
    0.05,
    'rising',
  ),
  // Gold mining along the Guiana shield.
  r('BRA', [], 'SUR', 35, { mining: 6, sexual_exploitation: 2 }, 0.35, 0.1),
  r('BRA', ['SUR'], 'GUF', 30, { mining: 7, sexual_exploitation: 1 }, 0.25, 0.08),
  r('ECU', [], 'COL', 25, { begging: 3, agriculture: 2 }, 0.55, 0.45),
  r('CHN', [], 'ARG', 12, { fishing_marine: 5, manufacturing_textiles: 1 }, 0.1, 0.02, 'rising'),
  r('IDN', [], 'URY', 10, { fishing_marine: 6 }, 0.05, 0.02, 'rising'),
  r('URY', [], 'ARG', 12, { sexual_exploitation: 3, domestic_work: 1 }, 0.8, 0.2),
  // Internal trafficking: shown as country totals, not arcs.
  r(
    'PER',
    [],
    'PER',
    160,
    { mining: 4, sexual_exploitation: 3, agriculture: 2, domestic_work: 1 },
    0.6,
    0.3,
  ),
  r('BOL', [], 'BOL', 90, { agriculture: 4, domestic_work: 3, sexual_exploitation: 1 }, 0.55, 0.35),
  r(
    'BRA',
    [],
    'BRA',
    260,
    { agriculture: 5, construction: 2, domestic_work: 2, sexual_exploitation: 2, mining: 1 },
    0.3,
    0.15,
  ),
  r('COL', [], 'COL', 140, { forced_criminality: 3, mining: 2, sexual_exploitation: 3 }, 0.5, 0.4),
  r('ECU', [], 'ECU', 60, { domestic_work: 3, begging: 2, sexual_exploitation: 2 }, 0.65, 0.45),
  r(
    'ARG',
    [],
    'ARG',
    130,
    { sexual_exploitation: 4, agriculture: 3, manufacturing_textiles: 1 },
    0.6,
    0.15,
  ),
  r('PRY', [], 'PRY', 60, { domestic_work: 5, sexual_exploitation: 2 }, 0.8, 0.55),
  r('GUY', [], 'GUY', 25, { mining: 4, sexual_exploitation: 3 }, 0.6, 0.2),
  r('SUR', [], 'SUR', 15, { mining: 4, sexual_exploitation: 2 }, 0.55, 0.2),
  r('CHL', [], 'CHL', 30, { agriculture: 2, sexual_exploitation: 2, other: 1 }, 0.6, 0.2),
  // Rare routes: a handful of cases in all, so disclosure control has small cells to hide.
  r('URY', [], 'SUR', 0.3, { mining: 1 }, 0.2, 0, 'flat'),
  r('GUY', ['BRA'], 'BOL', 0.3, { agriculture: 1 }, 0.5, 0, 'flat'),
];

/** Relative activity of a trend in a year, 2010–2023; 2020 dips for every route (COVID-19). */
export function trendFactor(trend: Trend, year: number): number {
  const t = (year - 2010) / 13;
  let f: number;
  switch (trend) {
    case 'venezuela':
      f =
        year < 2015 ? 0.08 : year <= 2019 ? 0.3 + 0.175 * (year - 2015) : 1 - 0.05 * (year - 2019);
      break;
    case 'rising':
      f = 0.3 + 0.7 * t;
      break;
    case 'declining':
      f = 1 - 0.55 * t;
      break;
    default:
      f = 0.9 + 0.1 * Math.sin(year);
  }
  return year === 2020 ? f * 0.6 : f;
}
