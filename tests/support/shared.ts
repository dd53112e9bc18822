/**
 * The real public reference files the importer tests read (GLOTIP and CTDC excerpts), copied into
 * `tests/fixtures/` with their source lines (see `tests/fixtures/README.md`), so that a bare clone
 * runs every test. `RUTAS_SHARED_DATA` may point at another folder holding `glotip/` and `ctdc/`
 * (e.g. the workplace's `../shared/data`) to run the same tests on it. The product never reads them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const SHARED_DATA =
  process.env.RUTAS_SHARED_DATA ?? path.resolve(import.meta.dirname, '../fixtures');

if (!existsSync(path.join(SHARED_DATA, 'glotip'))) {
  throw new Error(
    `The reference files are not at ${SHARED_DATA}: RUTAS_SHARED_DATA must name a folder ` +
      'holding glotip/ and ctdc/.',
  );
}
