/**
 * The sector chart's bars and their victims by sex. Each bar is the sum of its victims by sex;
 * with no sector filter (single-sector cases), the bars add up to the view's total.
 */
import type { Relation } from '../audit';
import type { SectorAggregate } from '../types';
import { type ExactCells, type ReadCell, sectorId, sexId, SUMMARY_ID } from './cells';
import type { PublishedSectorBar } from './figures';

export function sectorCells(sectors: readonly SectorAggregate[], exact: ExactCells) {
  for (const s of sectors) {
    exact.set(sectorId(s.sector), { value: s.victims, key: s.key, partial: s.partial });
    for (const x of s.bySex ?? []) {
      // Listed under the bar (hidden ones too): a viewer knows they are not empty.
      exact.set(sexId(s.sector, x.sex), {
        value: x.victims,
        key: x.key,
        partial: x.partial,
        exists: true,
      });
    }
  }
}

export function sectorRelations(sectors: readonly SectorAggregate[], addUp: boolean): Relation[] {
  const relations: Relation[] = [];
  if (addUp && sectors.length > 0) {
    relations.push({ totals: [SUMMARY_ID], parts: sectors.map((s) => sectorId(s.sector)) });
  }
  for (const s of sectors) {
    if (s.bySex && s.bySex.length > 0) {
      relations.push({
        totals: [sectorId(s.sector)],
        parts: s.bySex.map((x) => sexId(s.sector, x.sex)),
      });
    }
  }
  return relations;
}

export function readSectors(
  sectors: readonly SectorAggregate[],
  get: ReadCell,
): PublishedSectorBar[] {
  return sectors.map((s) => ({
    sector: s.sector,
    victims: get(sectorId(s.sector)),
    bySex: (s.bySex ?? []).map((x) => ({ sex: x.sex, victims: get(sexId(s.sector, x.sex)) })),
  }));
}
