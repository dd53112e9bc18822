/**
 * A dataset's tables in the engine, together: its cases (data/schema.ts) and, where the file
 * had any, its criminal-justice figures (data/justice-store.ts). Stored, shown and dropped as
 * one, from the texts the page keeps for each dataset (so an engine that dies can be given them
 * again).
 */
import type { DbConnector } from '../data/connector';
import { activateJustice, removeJustice, storeJustice } from '../data/justice-store';
import { activateDataset, removeDataset, storeDataset } from '../data/schema';
import { showDataset } from '../data/shown-dataset';

/** What a dataset was stored from: the cases' canonical CSV and the justice CSV, if any. */
export interface DatasetTexts {
  /** A Blob where the import worker made it (its text then kept outside the page's memory). */
  csv: string | Blob;
  justiceCsv?: string;
}

export async function storeTables(db: DbConnector, id: string, texts: DatasetTexts): Promise<void> {
  await storeDataset(db, id, texts.csv);
  if (texts.justiceCsv) await storeJustice(db, id, texts.justiceCsv);
}

/**
 * Makes the dataset the one every view reads: `cases` and its tables, and `justice`; until done,
 * no dataset's views are answered (data/shown-dataset.ts).
 */
export function showTables(db: DbConnector, id: string): Promise<void> {
  return showDataset(
    db,
    id,
    () => activateDataset(db, id),
    () => activateJustice(db, id),
  );
}

export async function dropTables(db: DbConnector, id: string): Promise<void> {
  await removeDataset(db, id);
  await removeJustice(db, id);
}
