import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App.tsx';
import { createClient } from './api/client.ts';
import { ApiContext } from './api/ApiContext.tsx';
import { httpTransport, tokenFromLocation } from './api/http-transport.ts';
import { ipcTransport } from './api/transport.ts';
import { I18nProvider } from './i18n/i18n.tsx';
import { MissingToken } from './components/MissingToken.tsx';
import './styles/app.css';
import './styles/library.css';
import './styles/review.css';
import './styles/particulars.css';
import './styles/records.css';

// The CSP forbids eval: tell zod not to try its compiled fast path (it would log CSP violations).
z.config({ jitless: true });

// IPC inside the Electron window (the preload exposes window.lontar), HTTP in browser mode.
const bridge = window.lontar;
const token = bridge ? null : tokenFromLocation();
const client = bridge ? createClient(ipcTransport(bridge)) : token ? createClient(httpTransport(token)) : null;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      {client ? (
        <ApiContext.Provider value={client}>
          <App />
        </ApiContext.Provider>
      ) : (
        <MissingToken />
      )}
    </I18nProvider>
  </StrictMode>,
);
