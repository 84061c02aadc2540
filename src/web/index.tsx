// The offline page's entry: the task pane on the file host, for many .xlsx files at once, with nothing sent anywhere.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createPageCheckers } from './check/page-checkers';
import { checkWorkerUrl } from './check/worker-source';
import { WebPage } from './WebPage/WebPage';

const loadSample = async () => (await import('./sample-workbook')).sampleBytes();
// The file host (exceljs, jszip) loads with the first file shown, not with the page.
const openHost = async (bytes: Uint8Array, fileName: string) =>
  (await import('../host/file/file-host')).openFileHost(bytes, fileName);

function Page() {
  const [fallback, setFallback] = useState(false);
  const checkers = useMemo(() => createPageCheckers(checkWorkerUrl, () => setFallback(true)), []);
  return <WebPage checkers={checkers} openHost={openHost} loadSample={loadSample} fallbackNotice={fallback} />;
}

const root = document.getElementById('root');
if (!root) throw new Error('web.html has no #root element');
createRoot(root).render(
  <FluentProvider theme={webLightTheme}>
    <Page />
  </FluentProvider>,
);
