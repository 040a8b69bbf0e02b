import { useEffect, useRef, useState } from 'react';
import type { LlmAnswer } from '@/lib/llm/answer';
import type { LlmTask } from '@/lib/llm/prompt';
import { backgroundMessageSchema, failureWhenPortCloses, LLM_PORT, type LlmFailure } from '@/lib/llm/protocol';

export type LlmRequestState =
  | { kind: 'idle' }
  | { kind: 'streaming'; raw: string }
  | { kind: 'done'; answer: LlmAnswer }
  | { kind: 'stopped' }
  | { kind: 'failed'; failure: LlmFailure };

/**
 * One LLM request at a time over the background's port: `start` asks, deltas accumulate while it
 * streams, and the outcome (answer, stop, failure) ends it. Every message from the background is
 * checked by zod; a port that closes without an outcome is a failure on `host` (dropped once text came). Leaving
 * the screen closes the port, which aborts the request.
 */
export function useLlmRequest(host: string): { state: LlmRequestState; start: (task: LlmTask) => void; stop: () => void; reset: () => void } {
  const [state, setState] = useState<LlmRequestState>({ kind: 'idle' });
  const port = useRef<Browser.runtime.Port | null>(null);
  useEffect(() => () => port.current?.disconnect(), []);

  const start = (task: LlmTask) => {
    port.current?.disconnect();
    const connection = browser.runtime.connect({ name: LLM_PORT });
    port.current = connection;
    setState({ kind: 'streaming', raw: '' });
    connection.onMessage.addListener((raw: unknown) => {
      const parsed = backgroundMessageSchema.safeParse(raw);
      if (!parsed.success || port.current !== connection) return;
      const message = parsed.data;
      if (message.type === 'delta') setState((s) => (s.kind === 'streaming' ? { kind: 'streaming', raw: s.raw + message.text } : s));
      else if (message.type === 'done') setState({ kind: 'done', answer: message.answer });
      else if (message.type === 'failed') setState({ kind: 'failed', failure: message.failure });
      else setState({ kind: 'stopped' });
      if (message.type !== 'delta') {
        connection.disconnect();
        port.current = null;
      }
    });
    connection.onDisconnect.addListener(() => {
      if (port.current === connection) setState((s) => ({ kind: 'failed', failure: failureWhenPortCloses(s.kind === 'streaming' ? s.raw : '', host) }));
    });
    connection.postMessage({ type: 'start', task });
  };

  return { state, start, stop: () => port.current?.postMessage({ type: 'stop' }), reset: () => setState({ kind: 'idle' }) };
}
