import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { wakeBackgroundOnCrmEnqueue } from '@/lib/crm/wake-background';
import { sayFailedChanges } from '@/lib/db/storage-health';
import { browser } from 'wxt/browser';
import { prepareContactSearch } from '@/lib/contacts/store';
import { reportPageLoad } from '@/lib/db/user-input';
import { App } from '@/components/App';
import './style.css';

wakeBackgroundOnCrmEnqueue();
// A click whose write failed (a full disk) is said in the panel, not only in the console.
sayFailedChanges();
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from sidepanel.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// The Contacts search is held in memory from the panel's first moments, so it is there before the rep types in Contacts
// (README, "How it works"): the snapshot saved by an earlier panel is loaded at once, after the first paint (one read
// transaction); without one it is built from a second after the panel opened, each step after the page's pending tasks,
// stepping aside while the rep types and while a page loads in a tab and the panel shows it (its reads would delay the page's).
browser.tabs.onUpdated.addListener((_tabId, change) => {
  if (change.status === 'loading' || change.status === 'complete') reportPageLoad(change.status);
});
requestAnimationFrame(() => setTimeout(() => prepareContactSearch(), 0));
