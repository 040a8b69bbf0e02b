import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/components/App';
import './style.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from sidepanel.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
