import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** One file of a zip: its path inside and its bytes. */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

/**
 * Every file of a zip (stored or deflated, no zip64: what the store packages are), read with Node
 * alone so the tests need no `unzip` on the machine. Throws on anything else.
 */
export function readZip(file: string): ZipEntry[] {
  const zip = readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${file}: not a zip (no end of central directory)`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: broken central directory at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (name.endsWith('/')) continue;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    if (method !== 0 && method !== 8) throw new Error(`${file}: ${name} uses compression ${method}`);
    entries.push({ name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
  }
  return entries;
}

/** Writes a zip's files under `into` (no path leaves it). */
export function unzipTo(file: string, into: string): void {
  const root = resolve(into);
  for (const { name, data } of readZip(file)) {
    const target = resolve(join(root, name));
    if (!target.startsWith(`${root}/`)) throw new Error(`${file}: ${name} leaves the folder`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
}
