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

export function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

/** Labels and words for each sector in English, Spanish and Portuguese, as files write them. */
const SECTOR_WORDS: Record<Sector, string[]> = {
  sexual_exploitation: [
    'sexual exploitation',
    'sexual',
    'sex',
    'explotacion sexual',
    'exploracao sexual',
    'prostitution',
    'prostitucion',
  ],
  domestic_work: [
    'domestic work',
    'domestic servitude',
    'domestic',
    'trabajo domestico',
    'servidumbre domestica',
    'trabalho domestico',
    'servidao domestica',
  ],
  agriculture: ['agriculture', 'agricultura', 'agropecuaria', 'farming'],
  mining: ['mining', 'mineria', 'mineracao', 'mining or drilling', 'garimpo'],
  construction: ['construction', 'construccion', 'construcao'],
  manufacturing_textiles: [
    'manufacturing',
    'textiles',
    'textile',
    'textil',
    'manufactura',
    'talleres textiles',
    'industria textil',
    'manufatura',
  ],
  fishing_marine: ['fishing', 'marine', 'fishing marine', 'pesca', 'aquafarming', 'maritime'],
  hospitality: ['hospitality', 'hoteleria', 'hotelaria', 'restaurants'],
  begging: ['begging', 'mendicidad', 'mendicancia'],
  forced_criminality: [
    'forced criminality',
    'illicit activities',
    'actividades ilicitas',
    'atividades ilicitas',
    'criminality',
  ],
  other: [
    'other',
    'otro',
    'otros',
    'outro',
    'outros',
    'other forms of exploitation',
    'forced labour',
    'forced labor',
    'trabajo forzoso',
    'trabalho forcado',
  ],
  unknown: ['unknown', 'desconocido', 'desconhecido', 'not specified', 'sin determinar'],
};

/** Normalised words → sector: what `normalizeSector` reads a file's text against. */
export type SectorVocabulary = ReadonlyMap<string, Sector>;

/** Lower case, no accents, words of letters only, single spaces. */
function sectorKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/**
 * The words files write for each sector, plus `labels` (e.g. the interface's own in each of its
 * languages, which read back as well).
 */
export function sectorVocabulary(
  labels: readonly Readonly<Record<Sector, string>>[] = [],
): SectorVocabulary {
  const index = new Map<string, Sector>();
  for (const [sector, words] of Object.entries(SECTOR_WORDS) as [Sector, string[]][]) {
    for (const w of words) index.set(w, sector);
    for (const label of labels) index.set(sectorKey(label[sector]), sector);
  }
  return index;
}

/** Each vocabulary's readings so far, by text: a file writes a handful of values, many times. */
const readings = new WeakMap<SectorVocabulary, Map<string, Sector | null>>();
const READINGS_SIZE = 10_000;

/** A sector id for what a file writes ("Minería", "domestic work", "textiles"), or null. */
export function normalizeSector(text: string, vocabulary: SectorVocabulary): Sector | null {
  let read = readings.get(vocabulary);
  if (!read) readings.set(vocabulary, (read = new Map()));
  const known = read.get(text);
  if (known !== undefined) return known;
  const key = sectorKey(text);
  const snake = key.replaceAll(' ', '_');
  const sector = isSector(snake) ? snake : (vocabulary.get(key) ?? null);
  if (read.size >= READINGS_SIZE) read.clear();
  read.set(text, sector);
  return sector;
}
