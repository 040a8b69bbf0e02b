import type { ManagedPolicy } from './policy';

/** Why the policy refuses an LLM request: the LLM is off for the team, or this endpoint is not on the admin's list. */
export type LlmPolicyRefusal = 'blocked' | 'endpoint-blocked';

/**
 * Whether `baseUrl` starts with `prefix` as a URL does: same scheme, host and port, and the path
 * continues at a `/` (so `https://api.openai.com` does not allow `https://api.openai.com.evil.example`).
 */
export function startsWithEndpoint(baseUrl: string, prefix: string): boolean {
  let url: URL;
  let allowed: URL;
  try {
    url = new URL(baseUrl);
    allowed = new URL(prefix);
  } catch {
    return false;
  }
  if (url.origin !== allowed.origin || url.username || url.password) return false;
  const path = url.pathname.replace(/\/?$/, '/');
  const allowedPath = allowed.pathname.replace(/\/?$/, '/');
  return path.startsWith(allowedPath);
}

/**
 * Null when the policy lets the LLM call `baseUrl`; else why not. Checked by the background before
 * any request (the UI's locks are a courtesy; this is the enforcement).
 *
 * @example llmPolicyRefusal({ ...NO_POLICY, allowedLlmEndpoints: ['https://llm.northwind.example/v1'] }, 'https://api.openai.com/v1') // 'endpoint-blocked'
 */
export function llmPolicyRefusal(policy: Pick<ManagedPolicy, 'allowLlm' | 'allowedLlmEndpoints'>, baseUrl: string): LlmPolicyRefusal | null {
  if (!policy.allowLlm) return 'blocked';
  const list = policy.allowedLlmEndpoints;
  if (list && !list.some((prefix) => startsWithEndpoint(baseUrl, prefix))) return 'endpoint-blocked';
  return null;
}
