import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { start } from './app/start';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('Floatplan: index.html has no #root element to render into.');

// Before the first render: the language's catalogs, restored work (not the built-in example) and its layout.
await start();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
