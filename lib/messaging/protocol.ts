import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ReportPageMessage } from './schemas';

export type { PageReport, ReportPageMessage } from './schemas';

/**
 * Every message between extension contexts. Payloads are validated with the schemas above on
 * receipt: the types describe what an honest sender sends, not what arrives.
 */
export interface ProtocolMap {
  reportPage(message: ReportPageMessage): void;
  /** Panel → content script of a tab: put this text into the compose box the user works in. */
  insertDraft(message: { text: string }): { ok: true } | { ok: false; reason: 'no-compose' | 'several-compose' };
  /** Panel or settings → background: an activity was queued for the CRM, or the rep asked to retry: run the outbox now. */
  crmDrain(): void;
  /**
   * Settings → background: check the team playbook the policy names now (the status item says what
   * was found); `useTeam`: the rep asks for it in place of their own playbook.
   */
  checkTeamPlaybook(message: { from: 'settings'; useTeam?: boolean }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
