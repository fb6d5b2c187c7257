import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { startLanguage, useLanguageStore } from './i18n/language';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('Floatplan: index.html has no #root element to render into.');

// A Japanese start (remembered or from the browser) fetches its catalogs first, so the first paint is not English.
// If they cannot load, the app still starts: in English, and the language picker can retry.
await startLanguage().catch(() => useLanguageStore.setState({ language: 'en' }));

// Before the first render, so restored work (not the built-in example) is the first thing painted.
bootstrap();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
