import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('Floatplan: index.html has no #root element to render into.');

// Before the first render, so restored work (not the built-in example) is the first thing painted.
bootstrap();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
