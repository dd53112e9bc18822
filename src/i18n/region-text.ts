/** The names of world regions (domain/world-regions), as nodes of a map around South America. */
import { REGION_PREFIX, type WorldRegion } from '../domain/world-regions';
import { t } from './index';

/** A region node's name ("Europe", "Europa"), or undefined if `id` is no region node. */
export function regionName(id: string): string | undefined {
  if (!id.startsWith(REGION_PREFIX)) return undefined;
  const region = id.slice(REGION_PREFIX.length) as WorldRegion;
  return t(`worldRegions.${region}`, { defaultValue: region });
}
