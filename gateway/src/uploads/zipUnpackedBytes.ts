/**
 * The unpacked size a zip declares for its members (sum of the central directory's sizes), read
 * without inflating anything; null when the bytes have no readable zip directory or use Zip64.
 * A guard before a library unpacks the whole file in memory (exceljs): honest bombs declare their size.
 */
export function zipUnpackedBytes(bytes: Buffer): number | null {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd < bytes.length - 65_557 || eocd + 22 > bytes.length) return null;
  const entries = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || at === 0xffffffff) return null;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return null;
    const size = bytes.readUInt32LE(at + 24);
    if (size === 0xffffffff) return null;
    total += size;
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return total;
}
