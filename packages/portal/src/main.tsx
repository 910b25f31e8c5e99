import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { ConfigProvider, unstableSetRender } from 'antd-mobile';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { App } from './App';
import { initElderMode } from './elder';
import './global.css';

// antd-mobile 5 mounts Toast/Dialog with the legacy ReactDOM.render, which React 19 removed;
// give it a createRoot-based renderer (https://mobile.ant.design/guide/v5-for-19).
type RootHost = (Element | DocumentFragment) & { __xjRoot?: Root };
unstableSetRender((node, container) => {
  const host = container as RootHost;
  host.__xjRoot ??= createRoot(host);
  const root = host.__xjRoot;
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    delete host.__xjRoot;
  };
});

// 长辈模式 from localStorage onto <html> before the first render, so the page never paints at the wrong size.
initElderMode();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN}>
      {/* The server serves the portal under /portal; keep in sync with vite `base`. */}
      <BrowserRouter basename="/portal">
        <App />
      </BrowserRouter>
    </ConfigProvider>
  </StrictMode>,
);
