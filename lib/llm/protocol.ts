import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { OBJECTION_IDS } from '../playbook/ids';

/** The port the panel opens to the background for one streamed LLM answer. */
export const LLM_PORT = 'sop-copilot-llm';

export const LLM_FAILURES = ['off', 'no-permission', 'timeout', 'auth', 'not-found', 'rate-limited', 'server', 'bad-request', 'network', 'dropped', 'malformed', 'invalid-answer', 'blocked', 'endpoint-blocked', 'not-api'] as const;
export type LlmFailureCode = (typeof LLM_FAILURES)[number];

const short = z.string().trim().max(200);
const contact = z.object({ firstName: z.string().trim().min(1).max(100), company: short.optional(), title: short.optional() });

export const llmTaskSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('draft'),
    language: z.enum(LOCALES),
    contact,
    offline: z.object({ subject: z.string().max(300), body: z.string().min(1).max(6000) }),
    lastReply: z.string().max(4000).optional(),
  }),
  z.object({
    kind: z.literal('rephrase'),
    language: z.enum(LOCALES),
    purpose: z.enum(['spin-question', 'talk-track']),
    contact,
    offline: z.string().min(1).max(1500),
    lastReply: z.string().max(4000).optional(),
  }),
  z.object({ kind: z.literal('read_reply'), language: z.enum(LOCALES), reply: z.string().min(1).max(4000) }),
]);

export const panelMessageSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('start'), task: llmTaskSchema }), z.object({ type: z.literal('stop') })]);
export type PanelMessage = z.infer<typeof panelMessageSchema>;

export const llmFailureSchema = z.object({
  code: z.enum(LLM_FAILURES),
  status: z.number().int().optional(),
  retryAfterSeconds: z.number().int().nonnegative().optional(),
  host: z.string().max(300).optional(),
});
export type LlmFailure = z.infer<typeof llmFailureSchema>;

/**
 * The port to the background closed with no outcome (the service worker stopped, the extension
 * reloaded): with part of the answer already on screen the connection dropped mid-answer; before any
 * text, the endpoint was never heard from.
 */
export function failureWhenPortCloses(receivedSoFar: string, host: string): LlmFailure {
  return { code: receivedSoFar.length > 0 ? 'dropped' : 'network', host };
}

export const backgroundMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('delta'), text: z.string().max(20_000) }),
  z.object({
    type: z.literal('done'),
    answer: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('draft'), subject: z.string(), body: z.string() }),
      z.object({ kind: z.literal('text'), text: z.string() }),
      z.object({ kind: z.literal('reading'), category: z.enum([...OBJECTION_IDS, 'none']), hiddenConcern: z.string().max(300), evidence: z.string().max(4000).nullable() }),
    ]),
  }),
  z.object({ type: z.literal('failed'), failure: llmFailureSchema }),
  z.object({ type: z.literal('stopped') }),
]);
export type BackgroundMessage = z.infer<typeof backgroundMessageSchema>;
