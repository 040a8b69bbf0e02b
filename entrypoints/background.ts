import { handlePageReport } from '@/lib/background/handle-page-report';
import { injectIntoOpenTabs } from '@/lib/background/inject-open-tabs';
import { getDatabase } from '@/lib/db/database';
import { onMessage } from '@/lib/messaging/protocol';

export default defineBackground(() => {
  const db = getDatabase();

  // The toolbar button opens the panel beside the current tab.
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(console.error);

  onMessage('reportPage', ({ data, sender }) => handlePageReport(db, data, sender, browser.runtime.id, Date.now()));

  // Tab ids do not survive a browser restart; states of closed tabs are dropped as they close.
  browser.runtime.onStartup.addListener(() => void db.tabStates.clear());
  browser.tabs.onRemoved.addListener((tabId) => void db.tabStates.delete(tabId));

  // Tabs opened before install or update have no content script yet.
  browser.runtime.onInstalled.addListener(() => void injectIntoOpenTabs().catch(console.error));
});
