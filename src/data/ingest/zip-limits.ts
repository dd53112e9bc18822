/**
 * How far an XLSX (a zip) would expand, from the sizes its central directory declares, read
 * before anything is inflated. The unzipper (fflate, in xlsx-reader.ts) allocates each entry's output
 * at its declared size and writes no further, so bounding the declared sizes bounds the memory:
 * a small file claiming gigabytes of XML (a "zip bomb") is refused instead of exhausting the tab.
 */
import { LoadError } from './report';
import { t } from '../../i18n';
import { formatNumber } from '../../i18n/format';

/** The most XML an XLSX may expand to (Excel's own limit of 1,048,576 rows fits well below). */
export const MAX_XLSX_EXPANDED_BYTES = 256 * 1024 * 1024;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;

/** What the central directory declares: each entry's name and uncompressed size. */
export interface ZipEntry {
  name: string;
  size: number;
}

/** The central directory's entries, or null when the zip has none that can be read. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fits = (at: number, n: number) => at >= 0 && at + n <= bytes.length;
  const u16 = (at: number) => (fits(at, 2) ? view.getUint16(at, true) : -1);
  const u32 = (at: number) => (fits(at, 4) ? view.getUint32(at, true) : -1);
  const u64 = (at: number) => (fits(at, 8) ? Number(view.getBigUint64(at, true)) : -1);
  // The end record is within the last 64 KiB (its comment) + 22 bytes.
  let end = bytes.length - 22;
  const floor = Math.max(0, bytes.length - 65557 - 22);
  while (end >= floor && u32(end) !== EOCD) end--;
  if (end < floor) return null;
  let count = u16(end + 10);
  let offset = u32(end + 16);
  if (end >= 20 && u32(end - 20) === ZIP64_LOCATOR) {
    const z = u64(end - 12);
    if (z >= 0 && u32(z) === ZIP64_EOCD) {
      count = u64(z + 32);
      offset = u64(z + 48);
    }
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL_HEADER) return entries.length > 0 ? entries : null;
    let size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = new TextDecoder().decode(nameBytes);
    if (size === 0xffffffff) {
      // ZIP64: the real size is in the extra field (id 1), its first 8 bytes.
      let e = at + 46 + nameLength;
      const stop = e + extraLength;
      size = Number.POSITIVE_INFINITY;
      while (e + 4 <= stop) {
        if (u16(e) === 1 && u16(e + 2) >= 8) {
          size = u64(e + 4);
          break;
        }
        e += 4 + u16(e + 2);
      }
    }
    entries.push({ name, size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses an XLSX whose XML parts (the ones xlsx-reader.ts inflates) would expand past `max`
 * bytes in all, by the sizes its central directory declares.
 */
export function checkZipExpansion(
  name: string,
  bytes: Uint8Array,
  max = MAX_XLSX_EXPANDED_BYTES,
): void {
  const entries = zipEntries(bytes);
  if (!entries) return; // Not a zip that can be read: the reader says so.
  const xml = entries.filter((e) => e.name.endsWith('.xml') || e.name.endsWith('.xml.rels'));
  const total = xml.reduce((sum, e) => sum + e.size, 0);
  if (total > max) {
    const largest = xml.reduce((a, b) => (b.size > a.size ? b : a));
    throw new LoadError(
      t('ingest.zipTooLarge', {
        name,
        size: Number.isFinite(total)
          ? formatNumber(Math.round(total / 2 ** 20))
          : `> ${formatNumber(4096)}`,
        part: largest.name,
        max: formatNumber(Math.round(max / 2 ** 20)),
      }),
    );
  }
}
