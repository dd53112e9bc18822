/**
 * Builds a protected release from a file of cases, outside the browser: the same importers, the
 * same engine build (duckdb-wasm's Node build) and the same cell key method as "Publish a
 * protected extract" in the Share dialog. Writes the release (CSV, marked as a release, which
 * Rutas loads as one; or Parquet, with the manifest in its key-value metadata) and the manifest
 * beside it (`<out>.manifest.json`).
 *
 *   npm run release -- cases.csv release.csv [routes|countries|full]
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canonicalCsv, importFile } from '../src/data/ingest/import-file';
import { createNodeConnector } from '../src/data/node-connector';
import { buildRelease, RELEASE_GRANULARITIES, type ReleaseGranularity } from '../src/data/release';
import { activateDataset, storeDataset } from '../src/data/schema';
import { resolvePolicy } from '../src/domain/disclosure';

const [input, output, granularity = 'routes'] = process.argv.slice(2);
if (!input || !output || !(granularity in RELEASE_GRANULARITIES)) {
  console.error(
    'Usage: npm run release -- <cases file> <release.csv|release.parquet> [routes|countries|full]',
  );
  process.exit(2);
}
const started = performance.now();
const { rows, report } = await importFile(
  path.basename(input),
  new Uint8Array(readFileSync(input)),
);
const db = await createNodeConnector();
await storeDataset(db, 'input', canonicalCsv(rows));
await activateDataset(db, 'input');
const policy = resolvePolicy({ datasetFloor: report.disclosureFloor ?? undefined });
const release = await buildRelease(
  db,
  granularity as ReleaseGranularity,
  policy,
  path.basename(input),
);
if (output.toLowerCase().endsWith('.parquet')) {
  const tmp = path.join(mkdtempSync(path.join(os.tmpdir(), 'rutas-release-')), 'release.csv');
  writeFileSync(tmp, release.csv);
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
  await conn.run(
    `COPY (SELECT * FROM read_csv(${q(tmp)}, comment = '#', header = true, all_varchar = true))
     TO ${q(output)} (FORMAT parquet, KV_METADATA {rutas_release: 'protected', rutas_manifest: ${q(JSON.stringify(release.manifest))}})`,
  );
  conn.closeSync();
} else {
  writeFileSync(output, release.csv);
}
writeFileSync(`${output}.manifest.json`, JSON.stringify(release.manifest, null, 2) + '\n');
console.log(
  `${report.rowsRead.toLocaleString('en')} rows → ${release.manifest.cells.toLocaleString('en')} ` +
    `protected cells in ${output} (${release.manifest.dropped.toLocaleString('en')} below k left out; ` +
    `k = ${release.manifest.k}, ±${release.manifest.maxNoise}; ${Math.round(performance.now() - started)} ms)`,
);
