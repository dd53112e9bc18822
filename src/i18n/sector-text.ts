/** The interface's own sector labels, in each of its languages, as words a file may write. */
import { sectorVocabulary, type SectorVocabulary } from '../domain/sectors';
import { en } from './en';
import { es } from './es';
import { pt } from './pt';

let vocabulary: SectorVocabulary | null = null;

/** The files' sector words plus the labels en, es and pt show; built on first use. */
export function interfaceSectorVocabulary(): SectorVocabulary {
  return (vocabulary ??= sectorVocabulary([en.sectors, es.sectors, pt.sectors]));
}
