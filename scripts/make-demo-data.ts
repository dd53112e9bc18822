/**
 * Generates the synthetic demo dataset, deterministically (fixed seed), as Parquet in the
 * canonical shape (src/data/schema.ts). Usage: npm run demo-data [-- --out path]
 * The same seed always yields the same rows; the test suite checks that.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECTORS, type Sector } from '../src/domain/sectors';
import type { CaseRecord } from '../src/domain/types';
import { DuckDBInstance } from '@duckdb/node-api';
import { ROUTES, trendFactor } from './demo-routes';

export const DEMO_SEED = 20240730; // World Day against Trafficking in Persons
export const DEMO_YEARS = [2010, 2023] as const;
/** Multiplies every route's weight; sets the dataset's size (about 40,000 cases). */
const DEMO_SCALE = 1.45;

/** mulberry32: a small, fast, seedable PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickWeighted<T extends string>(weights: Partial<Record<T, number>>, u: number): T {
  const entries = Object.entries(weights) as [T, number][];
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let x = u * total;
  for (const [k, w] of entries) {
    x -= w;
    if (x <= 0) return k;
  }
  return entries[entries.length - 1]![0];
}

/** The demo case rows, in a stable order. */
export function makeDemoCases(seed = DEMO_SEED): CaseRecord[] {
  const rand = prng(seed);
  const cases: CaseRecord[] = [];
  for (let year = DEMO_YEARS[0]; year <= DEMO_YEARS[1]; year++) {
    for (const route of ROUTES) {
      const expected = DEMO_SCALE * route.weight * trendFactor(route.trend, year);
      // Jitter ±25 % and round stochastically so small routes still get occasional cases.
      const jittered = expected * (0.75 + 0.5 * rand());
      const n = Math.floor(jittered) + (rand() < jittered % 1 ? 1 : 0);
      for (let i = 0; i < n; i++) {
        const sector = pickWeighted<Sector>(route.sectors, rand());
        const sectors: Sector[] = [sector];
        if (rand() < 0.08) {
          const second = SECTORS[Math.floor(rand() * (SECTORS.length - 2))]!;
          if (second !== sector) sectors.push(second);
        }
        const skipTransit = route.transit.length > 0 && rand() < 0.2;
        const unknownOrigin = rand() < 0.015;
        const u = rand();
        cases.push({
          year,
          origin: unknownOrigin ? null : route.origin,
          transit: skipTransit ? [] : [...route.transit],
          destination: route.destination,
          sectors,
          sex: u < 0.03 ? 'unknown' : rand() < route.female ? 'female' : 'male',
          ageGroup: rand() < 0.05 ? 'unknown' : rand() < route.minors ? 'minor' : 'adult',
          victims: 1,
        });
      }
    }
  }
  return cases;
}

/**
 * Writes cases to a canonical Parquet file, Snappy-compressed (which hyparquet reads in the
 * browser without extra codecs). Uses native DuckDB (@duckdb/node-api): duckdb-wasm in
 * Node cannot COPY to a file.
 */
export async function writeCasesParquet(cases: CaseRecord[], out: string): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rutas-demo-'));
  const csvPath = path.join(dir, 'cases.csv');
  const csv = [
    'year,origin,transit,destination,sectors,sex,age_group,victims',
    ...cases.map((c) =>
      [
        c.year,
        c.origin ?? '',
        c.transit.join(';'),
        c.destination ?? '',
        c.sectors.join(';'),
        c.sex,
        c.ageGroup,
        c.victims,
      ].join(','),
    ),
  ].join('\n');
  writeFileSync(csvPath, csv);
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await conn.run(`COPY (
    SELECT year::SMALLINT AS year, origin,
           coalesce(string_split(transit, ';'), []::VARCHAR[]) AS transit,
           destination, string_split(sectors, ';') AS sectors, sex, age_group,
           victims::INTEGER AS victims
    FROM read_csv('${csvPath}', header = true, all_varchar = true)
    ORDER BY year, origin, destination, sectors, sex, age_group
  ) TO '${out.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION snappy)`);
  conn.closeSync();
  rmSync(dir, { recursive: true, force: true });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const outIdx = process.argv.indexOf('--out');
  const out =
    outIdx > 0 ? process.argv[outIdx + 1]! : path.join(process.cwd(), 'data', 'demo-cases.parquet');
  const cases = makeDemoCases();
  await writeCasesParquet(cases, out);
  console.log(
    `Wrote ${cases.length} synthetic cases to ${out} (${(statSync(out).size / 1024).toFixed(0)} KiB)`,
  );
}
