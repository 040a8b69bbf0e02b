import { backfillInBackground } from '@/lib/background/backfill-keys';
import { openPanelFromToolbar } from '@/lib/browser/panel-host';
import { handlePageReport, RejectedMessageError } from '@/lib/background/handle-page-report';
import { healthAfterFailure, storageHealthItem } from '@/lib/db/storage-health';
import { injectIntoOpenTabs, rearmSilentTabs } from '@/lib/background/inject-open-tabs';
import { serveCrmOutbox } from '@/lib/crm/serve-outbox';
import { getDatabase } from '@/lib/db/database';
import { followUserInput } from '@/lib/db/user-input';
import { runLlm } from '@/lib/llm/run';
import { serveLlmPort } from '@/lib/llm/serve-port';
import { llmSettingsItem, parseLlmSettings } from '@/lib/llm/settings';
import { onMessage } from '@/lib/messaging/protocol';
import { readManagedPolicy } from '@/lib/policy/managed-storage';
import { scheduleTeamPlaybook } from '@/lib/policy/team-playbook-schedule';

export default defineBackground(() => {
  const db = getDatabase();
  // The upkeep here (the contacts' keys) pauses while the rep types in a panel.
  followUserInput();

  // The toolbar button opens the panel beside the current tab (Chrome's side panel, Firefox's sidebar).
  openPanelFromToolbar(browser);

  // A report is written whole or not at all; whether it worked is kept where a full disk cannot stop
  // it being said (session storage), and a report from a tab closed meanwhile leaves no tab state.
  onMessage('reportPage', async ({ data, sender }) => {
    try {
      await handlePageReport(db, data, sender, browser.runtime.id, Date.now());
    } catch (error) {
      if (!(error instanceof RejectedMessageError)) await storageHealthItem.setValue(healthAfterFailure(error, Date.now(), sender.url)).catch(console.error);
      throw error;
    }
    // A change the rep made in the panel that failed stays said until they dismiss it: this capture is not that change.
    const health = await storageHealthItem.getValue();
    if (!health.ok && health.what !== 'change') await storageHealthItem.setValue({ ok: true });
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await browser.tabs.get(tabId).catch(() => db.tabStates.delete(tabId));
  });

  // The optional LLM: only the panel may ask, only when the user turned it on and granted its host.
  browser.runtime.onConnect.addListener((port) =>
    serveLlmPort(port, {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      loadSettings: async () => parseLlmSettings(await llmSettingsItem.getValue()),
      loadPolicy: readManagedPolicy,
      hasPermission: (origin) => browser.permissions.contains({ origins: [origin] }),
      run: runLlm,
    }),
  );

  // Tab ids do not survive a browser restart; states of closed tabs are dropped as they close.
  browser.runtime.onStartup.addListener(() => void db.tabStates.clear());
  browser.tabs.onRemoved.addListener((tabId) => void db.tabStates.delete(tabId));

  // Tabs opened before install or update have no content script yet; a tab that loaded and stayed silent gets its script again.
  browser.runtime.onInstalled.addListener(() => void injectIntoOpenTabs().catch(console.error));
  rearmSilentTabs(db);

  // Activities queued for the rep's CRM go out from here (lib/crm/).
  serveCrmOutbox(db);

  // The team playbook the admin's policy names: fetched, checked against its pin, kept fresh.
  scheduleTeamPlaybook(db);

  // A store upgraded from before version 8 gets its contacts' search keys (Today's index is built by the pages that judge).
  void backfillInBackground(db, () => browser.runtime.getPlatformInfo());
});
