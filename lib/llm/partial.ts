const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };

/**
 * The part of a JSON string field that has arrived so far, decoded, while the model is still
 * writing it: `{"subject":"Hi","body":"Dear Mei,\nthan` → `Dear Mei,\nthan` for `body`. Lets the
 * panel show tokens as they arrive although the answer is a JSON object. '' before the field starts.
 */
export function partialField(buffer: string, field: string): string {
  const match = new RegExp(`"${field}"\\s*:\\s*"`).exec(buffer);
  if (!match) return '';
  let out = '';
  for (let i = match.index + match[0].length; i < buffer.length; i++) {
    const char = buffer[i] ?? '';
    if (char === '"') break;
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = buffer[i + 1];
    if (next === undefined) break;
    if (next === 'u') {
      const hex = buffer.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) break;
      out += String.fromCharCode(parseInt(hex, 16));
      i += 5;
    } else {
      out += ESCAPES[next] ?? next;
      i += 1;
    }
  }
  return out;
}
