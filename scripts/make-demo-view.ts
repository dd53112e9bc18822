/**
 * Writes data/demo-view.json: the demo's first view, published, for the first paint before the
 * engine is ready (src/data/demo-view.ts). Run after `npm run demo-data`: npm run demo-view
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { computeDemoView } from '../src/data/demo-view';
import { createNodeConnector } from '../src/data/node-connector';

const root = path.join(import.meta.dirname, '..');
const bytes = readFileSync(path.join(root, 'data/demo-cases.parquet'));
const view = await computeDemoView(
  await createNodeConnector(),
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
);
const out = path.join(root, 'data/demo-view.json');
writeFileSync(out, `${JSON.stringify(view)}\n`);
console.log(`Wrote ${out} (${view.published.legs.length} legs)`);
process.exit(0);
