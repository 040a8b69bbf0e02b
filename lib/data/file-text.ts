import type { Locale } from '../i18n/locales';
import { translate } from '../i18n/messages';

export type FileText = { ok: true; text: string } | { ok: false; problems: string[] };

const MB = 1024 * 1024;

/** A backup of the whole store: 100,000 people and a million touches is well under this; V8's longest string (~512 MiB of characters) is above it. */
export const DATA_FILE_MAX_BYTES = 400 * MB;
/** A playbook, as for the team playbook's download (the built-in one is ~120 kB). */
export const PLAYBOOK_FILE_MAX_BYTES = 8 * MB;

/**
 * The text of a file the rep picked, before it is parsed. UTF-8 with or without a byte-order
 * mark, and UTF-16 (Notepad's "Unicode", with its mark, or without one when the file starts with
 * ASCII as JSON does) are read as what they are. Any other encoding (GBK or Big5 from a Chinese
 * Windows) is refused with how to save it again: guessing between them could store names wrongly
 * spelled, and a wrong guess would pass every check. A file over `maxBytes` is refused before it
 * is read, so a wrong pick cannot stall the page.
 *
 * @example await readFileText(file, 256 * 1024 * 1024, 'zh-Hans') // { ok: true, text: '{"format":…' }
 */
export async function readFileText(file: Pick<Blob, 'size' | 'arrayBuffer'>, maxBytes: number, locale: Locale = 'en'): Promise<FileText> {
  if (file.size > maxBytes) {
    const size = (file.size / MB).toFixed(file.size < 10 * MB ? 1 : 0);
    return { ok: false, problems: [translate(locale, 'issue.tooLarge', { size, limit: Math.round(maxBytes / MB) })] };
  }
  const text = decodeText(new Uint8Array(await file.arrayBuffer()));
  return text === undefined ? { ok: false, problems: [translate(locale, 'issue.notUtf8')] } : { ok: true, text };
}

/** The bytes as text when their encoding is known for sure (see {@link readFileText}); the byte-order mark dropped. */
export function decodeText(bytes: Uint8Array): string | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return decode('utf-8', bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return decode('utf-16be', bytes.subarray(2));
  // Without a mark, UTF-16 of ASCII text has a zero byte beside every character; UTF-8 text has none.
  if (bytes.length >= 4 && bytes.length % 2 === 0) {
    if (a !== 0 && b === 0 && bytes[3] === 0) return decode('utf-16le', bytes);
    if (a === 0 && b !== 0 && c === 0) return decode('utf-16be', bytes);
  }
  return decode('utf-8', bytes);
}

function decode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
