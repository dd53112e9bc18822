/**
 * Writes data/basemap.json, the map's countries and anchors prepared at build time
 * (src/map/basemap-build.ts), from world-atlas's 1:50m and 1:110m countries (Natural Earth,
 * public domain). A test checks the file is current. Usage: npm run basemap-data
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import { buildBasemapFile } from '../src/map/basemap-build';

const require = createRequire(import.meta.url);
const topology = (name: string) =>
  JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Topology;
const file = buildBasemapFile(topology('countries-50m.json'), topology('countries-110m.json'));
const out = path.join(import.meta.dirname, '../data/basemap.json');
writeFileSync(out, `${JSON.stringify(file)}\n`);
const points = file.countries.features.reduce(
  (n, f) => n + f.geometry.coordinates.flat(2).length,
  0,
);
console.log(`Wrote ${out}: ${file.countries.features.length} countries, ${points} points`);
