import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { wakeBackgroundOnCrmEnqueue } from '@/lib/crm/wake-background';
import { SettingsPage } from '@/components/SettingsPage';
import '../sidepanel/style.css';

wakeBackgroundOnCrmEnqueue();
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from options.html');
createRoot(root).render(
  <StrictMode>
    <SettingsPage />
  </StrictMode>,
);
