import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { i18n, showLanguage } from './i18n';
import { readPageParams } from './state/page-params';
import './styles/index.css';

// The link's language, before the first render (every string of the first paint is in it).
const page = readPageParams(window.location.search);
if (page.lang) showLanguage(page.lang);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App page={page} />
    </I18nextProvider>
  </StrictMode>,
);
