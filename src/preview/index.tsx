// Browser preview entry: installs the simulated Excel host, then renders the SAME task pane App with the real office-js
// gateway on top of it. Never imported by the add-in's own entry (src/taskpane/index.tsx).
import { Caption1, FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createExcelGateway } from '../excel/excel-gateway';
import { App } from '../taskpane/App/App';
import type { Checker } from '../taskpane/check/run-check';
import { createWorkerChecker } from '../taskpane/check/worker-checker';
import type { WorkbookHost } from '../host/workbook-host';
import { fillMessage } from '../taskpane/messages';
import { PREVIEW_MESSAGES as M } from './preview-messages';
import { installSimulatedExcel, type ZipingHost } from './simulated-excel';

const SAMPLE_URL = 'assets/sample-2024.xlsx';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  name: { overflowWrap: 'anywhere', minWidth: 0 },
  open: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
    cursor: 'pointer',
    ':focus-within': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** `onOpened` runs after another workbook is loaded: Excel opens a new task pane with each workbook, so does this. */
function HostBar({ host, onOpened }: { readonly host: ZipingHost; onOpened(): void }) {
  const styles = useStyles();
  const [name, setName] = useState<string>(M.sampleName);
  const input = useRef<HTMLInputElement>(null);
  const open = async (file: File | undefined) => {
    if (!file) return;
    try {
      await host.loadWorkbook(new Uint8Array(await file.arrayBuffer()));
      setName(file.name);
      onOpened();
    } catch (error) {
      setName(fillMessage(M.loadFailed, { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <div className={styles.bar}>
      <Caption1>
        <strong>{M.banner}</strong>
      </Caption1>
      <Caption1 className={styles.name}>{fillMessage(M.workbook, { name })}</Caption1>
      <label className={styles.open}>
        {M.openFile}
        <input
          ref={input}
          type="file"
          accept=".xlsx"
          hidden
          onChange={(e) => {
            void open(e.target.files?.[0]);
            // The same file chosen again is a new opening too.
            e.target.value = '';
          }}
        />
      </label>
    </div>
  );
}

const host = installSimulatedExcel(async () => {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`${SAMPLE_URL}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
});

const bar = document.getElementById('host-bar');
const root = document.getElementById('root');
if (!bar || !root) throw new Error('preview.html lacks #host-bar or #root');
const pane = createRoot(root);
let office: { gateway: WorkbookHost; checker: Checker } | undefined;
let opened = 0;
/** A fresh pane (keyed by the opening) checks the workbook as it starts, like the add-in on a newly opened workbook. */
const renderPane = () => {
  if (!office) return;
  pane.render(
    <FluentProvider theme={webLightTheme}>
      <App key={opened} gateway={office.gateway} checker={office.checker} />
    </FluentProvider>,
  );
};

createRoot(bar).render(
  <FluentProvider theme={webLightTheme}>
    <HostBar
      host={host}
      onOpened={() => {
        opened++;
        renderPane();
      }}
    />
  </FluentProvider>,
);
void Office.onReady(() => {
  office = { gateway: createExcelGateway(), checker: createWorkerChecker() };
  renderPane();
});
