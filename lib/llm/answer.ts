import { z } from 'zod';
import { OBJECTION_IDS, type ObjectionId } from '../playbook/ids';
import type { LlmTask } from './prompt';

const draftAnswer = z.object({ subject: z.string().trim().min(1).max(300), body: z.string().trim().min(1).max(6000) });
const textAnswer = z.object({ text: z.string().trim().min(1).max(1500) });
/** The category must be one of ours; the evidence is checked against the reply afterwards. */
const readingAnswer = z.object({
  category: z.enum([...OBJECTION_IDS, 'none']),
  hiddenConcern: z.string().trim().max(300),
  evidence: z.string().max(4000).nullable().optional(),
});

export type LlmReadingAnswer = { kind: 'reading'; category: ObjectionId | 'none'; hiddenConcern: string; evidence: string | null };
export type LlmAnswer = { kind: 'draft'; subject: string; body: string } | { kind: 'text'; text: string } | LlmReadingAnswer;

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

/**
 * The words of `reply` the model quoted, as they stand in the reply; null when the reply does
 * not contain them. Only runs of white space may differ (a model often writes a line break as a
 * space), so what is shown as a quote is always the prospect's own text.
 *
 * @example evidenceIn('Hi,\nthe price is\ntoo high.', 'the price is too high') // 'the price is\ntoo high'
 */
export function evidenceIn(reply: string, quoted: string): string | null {
  const words = quoted.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'u');
  return pattern.exec(reply)?.[0] ?? null;
}

/** The model's answer checked against the task's schema; null when it does not fit (the offline text stays). */
export function parseAnswer(task: LlmTask, raw: string): LlmAnswer | null {
  const json = jsonIn(raw);
  if (task.kind === 'draft') {
    const parsed = draftAnswer.safeParse(json);
    return parsed.success ? { kind: 'draft', ...parsed.data } : null;
  }
  if (task.kind === 'read_reply') {
    const parsed = readingAnswer.safeParse(json);
    if (!parsed.success) return null;
    const { category, hiddenConcern, evidence } = parsed.data;
    // Evidence the reply does not contain is dropped, not shown as a quote: the reading stays.
    return { kind: 'reading', category, hiddenConcern, evidence: evidence && category !== 'none' ? evidenceIn(task.reply, evidence) : null };
  }
  const parsed = textAnswer.safeParse(json);
  return parsed.success ? { kind: 'text', text: parsed.data.text } : null;
}
