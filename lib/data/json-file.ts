import type { z } from 'zod';

export type JsonFileResult<T> = { ok: true; data: T } | { ok: false; problems: string[] };

/** `stages[3].exitCriteria` from zod's path array; `(file)` for the file itself. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '') || '(file)';
}

/**
 * Reads a JSON file a user picked (a byte-order mark is fine) and validates it: either the data,
 * or every problem by path (`contacts[1].name: …`), at most `limit` of them.
 */
export function parseJsonFile<S extends z.ZodType>(
  text: string,
  schema: S,
  { message = (issue: z.core.$ZodIssue) => issue.message, limit = Infinity }: { message?: (issue: z.core.$ZodIssue) => string; limit?: number } = {},
): JsonFileResult<z.output<S>> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  // With the input on each issue, a message can quote the refused value (a link, say).
  const parsed = schema.safeParse(json, { reportInput: true });
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, problems: parsed.error.issues.slice(0, limit).map((issue) => `${formatIssuePath(issue.path)}: ${message(issue)}`) };
}
