import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardPage } from '@/components/dashboard/DashboardPage';
import { sayFailedChanges } from '@/lib/db/storage-health';
import '../sidepanel/style.css';
import '@/components/dashboard/dashboard.css';

// A write of the dashboard's that failed (a full disk) is said by the storage alert, as in the panel, not only in the console.
sayFailedChanges();
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from dashboard.html');
createRoot(root).render(
  <StrictMode>
    <DashboardPage />
  </StrictMode>,
);
