/** The sector-of-exploitation vocabulary shared by every importer, query and view. */
export const SECTORS = [
  'sexual_exploitation',
  'domestic_work',
  'agriculture',
  'mining',
  'construction',
  'manufacturing_textiles',
  'fishing_marine',
  'hospitality',
  'begging',
  'forced_criminality',
  'other',
  'unknown',
] as const;

export type Sector = (typeof SECTORS)[number];

/** English labels; translations arrive with the i18n work. */
export const SECTOR_LABELS: Record<Sector, string> = {
  sexual_exploitation: 'Sexual exploitation',
  domestic_work: 'Domestic work',
  agriculture: 'Agriculture',
  mining: 'Mining',
  construction: 'Construction',
  manufacturing_textiles: 'Manufacturing / textiles',
  fishing_marine: 'Fishing / marine',
  hospitality: 'Hospitality',
  begging: 'Begging',
  forced_criminality: 'Forced criminality',
  other: 'Other',
  unknown: 'Unknown',
};

export function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}
