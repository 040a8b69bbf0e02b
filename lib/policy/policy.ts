import { z } from 'zod';
import { CRM_SITE_IDS, type CrmSiteId } from '../sites/hosts';

/**
 * The keys an admin sets through Chrome/Edge enterprise policy (`public/managed-schema.json`),
 * spelled as the admin writes them.
 */
export const POLICY_KEYS = ['TeamPlaybookUrl', 'TeamPlaybookSha256', 'AllowPersonalPlaybook', 'TeamCrm', 'TeamCrmInstanceUrl', 'AllowLlm', 'AllowedLlmEndpoints'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

/** Why a value the admin set is ignored. */
export const POLICY_PROBLEMS = ['not-https', 'not-sha256', 'not-boolean', 'unknown-crm', 'not-url-list'] as const;
export type PolicyProblemReason = (typeof POLICY_PROBLEMS)[number];

export interface PolicyProblem {
  key: PolicyKey;
  reason: PolicyProblemReason;
  /** The refused value (or list entry), shortened, for the admin to recognise. */
  value: string;
}

/** The team's CRM, as the crm engineer's logging reads it. */
export type TeamCrm = CrmSiteId;

/** The policy in force: what the admin set and the defaults for the rest. */
export interface ManagedPolicy {
  /** HTTPS address of the team playbook; absent: no team playbook by policy. */
  teamPlaybookUrl?: string;
  /** SHA-256 of the file's bytes, lower-case hex; absent: any file that validates is taken. */
  teamPlaybookSha256?: string;
  /** May a rep import a playbook of their own (default true). */
  allowPersonalPlaybook: boolean;
  teamCrm?: TeamCrm;
  /** The CRM's HTTPS address for this team (`https://northwind.my.salesforce.com`). */
  teamCrmInstanceUrl?: string;
  /** May the rep use the optional LLM at all (default true). */
  allowLlm: boolean;
  /** URL prefixes the LLM's base URL must start with; absent: any endpoint. Empty: none. */
  allowedLlmEndpoints?: string[];
  /** The keys the admin set with a usable value: what the rep sees as locked. */
  locked: PolicyKey[];
  /** Values the admin set that are ignored, and why. */
  problems: PolicyProblem[];
}

export const NO_POLICY: ManagedPolicy = { allowPersonalPlaybook: true, allowLlm: true, locked: [], problems: [] };

const httpsUrl = z.url({ protocol: /^https$/ }).max(2048);
const sha256 = z.string().trim().regex(/^[0-9a-fA-F]{64}$/).transform((hex) => hex.toLowerCase());

/** An HTTPS URL an admin wrote, as a URL without user name or password; null if it is not one. */
export function httpsUrlOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const parsed = httpsUrl.safeParse(value.trim());
  if (!parsed.success) return null;
  const url = new URL(parsed.data);
  return url.username || url.password ? null : url.href;
}

/** An LLM endpoint prefix: an http(s) URL (a local model server may be plain http). */
function endpointPrefixOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}

function shown(value: unknown): string {
  // JSON.stringify gives undefined for a function or undefined, whatever its type says.
  const json = JSON.stringify(value) as string | undefined;
  const text = typeof value === 'string' ? value : (json ?? String(value));
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/**
 * The policy from what `chrome.storage.managed` holds. Each key is read on its own: a value that
 * does not fit is ignored (the default applies) and listed in `problems`, never thrown, so one
 * typo by the admin cannot break the extension or unlock the rest.
 *
 * @example parseManagedPolicy({ AllowLlm: false }).allowLlm // false
 */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  const record = typeof raw === 'object' && raw !== null ? (raw as Partial<Record<string, unknown>>) : {};
  const policy: ManagedPolicy = { ...NO_POLICY, locked: [], problems: [] };
  const refuse = (key: PolicyKey, reason: PolicyProblemReason, value: unknown) => policy.problems.push({ key, reason, value: shown(value) });
  const lock = (key: PolicyKey) => policy.locked.push(key);

  const url = record.TeamPlaybookUrl;
  if (url !== undefined) {
    const ok = httpsUrlOf(url);
    if (ok) {
      policy.teamPlaybookUrl = ok;
      lock('TeamPlaybookUrl');
    } else refuse('TeamPlaybookUrl', 'not-https', url);
  }
  const pin = record.TeamPlaybookSha256;
  if (pin !== undefined) {
    const parsed = sha256.safeParse(pin);
    if (parsed.success) {
      policy.teamPlaybookSha256 = parsed.data;
      lock('TeamPlaybookSha256');
    } else refuse('TeamPlaybookSha256', 'not-sha256', pin);
  }
  for (const [key, field] of [['AllowPersonalPlaybook', 'allowPersonalPlaybook'], ['AllowLlm', 'allowLlm']] as const) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value === 'boolean') {
      policy[field] = value;
      lock(key);
    } else refuse(key, 'not-boolean', value);
  }
  const crm = record.TeamCrm;
  if (crm !== undefined) {
    const found = CRM_SITE_IDS.find((id) => typeof crm === 'string' && id === crm.trim().toLowerCase());
    if (found) {
      policy.teamCrm = found;
      lock('TeamCrm');
    } else refuse('TeamCrm', 'unknown-crm', crm);
  }
  const instance = record.TeamCrmInstanceUrl;
  if (instance !== undefined) {
    const ok = httpsUrlOf(instance);
    if (ok) {
      policy.teamCrmInstanceUrl = ok;
      lock('TeamCrmInstanceUrl');
    } else refuse('TeamCrmInstanceUrl', 'not-https', instance);
  }
  const endpoints = record.AllowedLlmEndpoints;
  if (endpoints !== undefined) {
    // A list with bad entries keeps its good ones; a list with none left allows no endpoint (it
    // fails closed: the admin meant to restrict).
    const entries: unknown[] = Array.isArray(endpoints) ? endpoints : [endpoints];
    const good: string[] = [];
    for (const entry of entries) {
      const ok = endpointPrefixOf(entry);
      if (ok) good.push(ok);
      else refuse('AllowedLlmEndpoints', 'not-url-list', entry);
    }
    policy.allowedLlmEndpoints = good;
    lock('AllowedLlmEndpoints');
  }
  return policy;
}
