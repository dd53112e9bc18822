/** The sector-of-exploitation vocabulary shared by every importer, query and view. */
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { pt } from '../i18n/pt';

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

let sectorIndex: Map<string, Sector> | null = null;

/** A sector id for what a file writes ("Minería", "domestic work", "textiles"), or null. */
export function normalizeSector(text: string): Sector | null {
  const key = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
  if (isSector(key.replaceAll(' ', '_'))) return key.replaceAll(' ', '_') as Sector;
  if (!sectorIndex) {
    sectorIndex = new Map();
    for (const [sector, words] of Object.entries(SECTOR_WORDS) as [Sector, string[]][]) {
      for (const w of words) sectorIndex.set(w, sector);
      // The interface's own labels, in each of its languages, read back as well.
      for (const messages of [en, es, pt]) {
        const label = messages.sectors[sector]
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .replace(/[^a-z]+/g, ' ')
          .trim();
        sectorIndex.set(label, sector);
      }
    }
  }
  return sectorIndex.get(key) ?? null;
}
