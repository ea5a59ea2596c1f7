import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fetchConsoleConfig, GatewayClient } from './api';
import { App } from './App';
import { nonceEveryStyle } from './nonceEveryStyle';

dayjs.locale('zh-cn');

const root = createRoot(document.getElementById('root')!);
// The server writes a fresh nonce into this meta tag per request (see server/createConsoleServer.ts).
const meta = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
// Under `vite dev` the placeholder is not replaced (and the dev server sends no CSP).
const nonce = meta && meta !== '__CSP_NONCE__' ? meta : undefined;
if (nonce) nonceEveryStyle(nonce);

fetchConsoleConfig()
  .then((config) => {
    root.render(
      <StrictMode>
        <App client={new GatewayClient(config.gatewayUrl, { oidcSignIn: config.oidcSignIn })} cspNonce={nonce} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = error instanceof Error ? error.message : '工作台无法启动，请刷新页面重试。';
    document.getElementById('root')!.replaceChildren(p);
  });
