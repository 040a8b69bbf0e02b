import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardPage } from '@/components/dashboard/DashboardPage';
import '../sidepanel/style.css';
import '@/components/dashboard/dashboard.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from dashboard.html');
createRoot(root).render(
  <StrictMode>
    <DashboardPage />
  </StrictMode>,
);
