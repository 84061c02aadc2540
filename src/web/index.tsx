// The offline page's entry: the task pane on the file host, for many .xlsx files at once, with nothing sent anywhere.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createPageCheckers } from './check/page-checkers';
import { checkWorkerUrl } from './check/worker-source';
import { openFileHost } from './file-host-api';
import { WebPage } from './WebPage/WebPage';

const loadSample = async () => (await import('./sample-workbook')).sampleBytes();

function Page() {
  const [fallback, setFallback] = useState(false);
  const checkers = useMemo(() => createPageCheckers(checkWorkerUrl, () => setFallback(true)), []);
  return <WebPage checkers={checkers} openHost={openFileHost} loadSample={loadSample} fallbackNotice={fallback} />;
}

const root = document.getElementById('root');
if (!root) throw new Error('web.html has no #root element');
createRoot(root).render(
  <FluentProvider theme={webLightTheme}>
    <Page />
  </FluentProvider>,
);
