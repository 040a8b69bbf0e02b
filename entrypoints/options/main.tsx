import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { wakeBackgroundOnCrmEnqueue } from '@/lib/crm/wake-background';
import { sayFailedChanges } from '@/lib/db/storage-health';
import { SettingsPage } from '@/components/SettingsPage';
import '../sidepanel/style.css';

wakeBackgroundOnCrmEnqueue();
// A click whose write failed (a full disk) is said in the panel, not only in the console.
sayFailedChanges();
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from options.html');
createRoot(root).render(
  <StrictMode>
    <SettingsPage />
  </StrictMode>,
);
