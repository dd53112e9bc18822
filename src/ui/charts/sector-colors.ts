/**
 * A colour for each sector of exploitation, the same in every chart: Tableau 10 (d3) for the ten
 * named sectors, in their order, and greys for "other" and "unknown", which name no sector.
 */
import { schemeTableau10 } from 'd3';
import { SECTORS, type Sector } from '../../domain/sectors';

const GREYS: Partial<Record<Sector, string>> = { other: '#8c8c8c', unknown: '#b5b5b5' };

const COLORS = new Map<Sector, string>(
  SECTORS.filter((s) => !GREYS[s]).map((s, i) => [s, schemeTableau10[i % 10]!]),
);

export function sectorColor(sector: Sector): string {
  return GREYS[sector] ?? COLORS.get(sector) ?? '#8c8c8c';
}
