import { playbookSchema, type Playbook } from './schema';

export type PlaybookImport = { ok: true; playbook: Playbook } | { ok: false; problems: string[] };

/** `stages[3].exitCriteria` from zod's path array. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

/** The playbook as the JSON file a team edits and imports back. */
export function exportPlaybook(playbook: Playbook): string {
  return `${JSON.stringify(playbook, null, 2)}\n`;
}

/**
 * Parses and validates an edited playbook file. Every problem is listed with its path
 * (`stages[3].exitCriteria: required`); nothing is applied unless the whole file is valid.
 */
export function importPlaybook(text: string): PlaybookImport {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = playbookSchema.safeParse(json);
  if (parsed.success) return { ok: true, playbook: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    const where = formatPath(issue.path) || '(file)';
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return `${where}: ${missing ? 'required' : issue.message}`;
  });
  return { ok: false, problems };
}
