import { z } from 'zod';
import type { LlmTask } from './prompt';

const draftAnswer = z.object({ subject: z.string().trim().min(1).max(300), body: z.string().trim().min(1).max(6000) });
const textAnswer = z.object({ text: z.string().trim().min(1).max(1500) });

export type LlmAnswer = { kind: 'draft'; subject: string; body: string } | { kind: 'text'; text: string };

/** The JSON object in a model's answer: code fences and words around it are tolerated. */
function jsonIn(raw: string): unknown {
  const start = raw.indexOf('{');
  const end = raw.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    return JSON.parse(raw.slice(start, end + 1)) as unknown;
  } catch {
    return undefined;
  }
}

/** The model's answer checked against the task's schema; null when it does not fit (the offline text stays). */
export function parseAnswer(task: LlmTask, raw: string): LlmAnswer | null {
  const json = jsonIn(raw);
  if (task.kind === 'draft') {
    const parsed = draftAnswer.safeParse(json);
    return parsed.success ? { kind: 'draft', ...parsed.data } : null;
  }
  const parsed = textAnswer.safeParse(json);
  return parsed.success ? { kind: 'text', text: parsed.data.text } : null;
}
