import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { wakeBackgroundOnCrmEnqueue } from '@/lib/crm/wake-background';
import { App } from '@/components/App';
import './style.css';

wakeBackgroundOnCrmEnqueue();
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from sidepanel.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
