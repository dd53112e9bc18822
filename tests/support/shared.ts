/**
 * The workplace's shared reference files (real GLOTIP and CTDC samples): `../shared/data` next to
 * the project, or RUTAS_SHARED_DATA. Tests read them; the product never does.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const SHARED_DATA =
  process.env.RUTAS_SHARED_DATA ?? path.resolve(import.meta.dirname, '../../../shared/data');

if (!existsSync(path.join(SHARED_DATA, 'glotip'))) {
  throw new Error(
    `The shared reference files are not at ${SHARED_DATA}: check out the project next to ` +
      '`shared/`, or set RUTAS_SHARED_DATA to the folder holding glotip/ and ctdc/.',
  );
}
