import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fetchConsoleConfig, GatewayClient } from './api';
import { App } from './App';

dayjs.locale('zh-cn');

const root = createRoot(document.getElementById('root')!);
// The server writes a fresh nonce into this meta tag per request (see server/createConsoleServer.ts).
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;

fetchConsoleConfig()
  .then((config) => {
    root.render(
      <StrictMode>
        <App client={new GatewayClient(config.gatewayUrl)} cspNonce={nonce && nonce !== '__CSP_NONCE__' ? nonce : undefined} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = error instanceof Error ? error.message : '工作台无法启动，请刷新页面重试。';
    document.getElementById('root')!.replaceChildren(p);
  });
