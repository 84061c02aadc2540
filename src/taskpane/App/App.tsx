// The task pane: 检查 / 重算 / 报告 tabs over one check state, talking to the workbook only through the gateway prop.
import { Spinner, Subtitle2, Tab, TabList, useId } from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useState } from 'react';
import type { CellRef } from '../../core/grid/grid';
import type { Checker } from '../check/run-check';
import { CheckPanel } from '../CheckPanel/CheckPanel';
import type { WorkbookHost } from '../../host/workbook-host';
import { TASKPANE_MESSAGES as M } from '../messages';
import { RecalcPanel } from '../RecalcPanel/RecalcPanel';
import { describeError, useCheck } from '../useCheck/useCheck';
import { useAppStyles } from './App.styles';

export type AppProps = {
  readonly gateway: WorkbookHost;
  /** Where checkWorkbook runs; the entry points pass a Web Worker checker, tests the main-thread default. */
  readonly checker?: Checker;
};

// The report builder loads when the 报告 tab first opens: it stays out of the pane's first download.
const ReportTab = lazy(() => import('../ReportTab/ReportTab').then((m) => ({ default: m.ReportTab })));

const TABS = ['check', 'recalc', 'report'] as const;
type TabValue = (typeof TABS)[number];
const TAB_LABELS: Record<TabValue, string> = { check: M.tabCheck, recalc: M.tabRecalc, report: M.tabReport };

export function App({ gateway, checker }: AppProps) {
  const styles = useAppStyles();
  const baseId = useId('tab');
  const [tab, setTab] = useState<TabValue>('check');
  const state = useCheck(gateway, checker ? { checker } : {});
  const { setNotice } = state;

  const select = useCallback(
    (refs: readonly CellRef[]) => {
      gateway.selectCells(refs).catch((error: unknown) => setNotice({ intent: 'error', text: describeError(error) }));
    },
    [gateway, setNotice],
  );

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Subtitle2 as="h1" className={styles.title}>
          {M.productName}
        </Subtitle2>
        <TabList
          size="small"
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as TabValue)}
          aria-label={M.tabsLabel}
        >
          {TABS.map((value) => (
            <Tab key={value} id={`${baseId}-${value}`} value={value} aria-controls={`${baseId}-${value}-panel`}>
              {TAB_LABELS[value]}
            </Tab>
          ))}
        </TabList>
      </header>
      <div role="tabpanel" id={`${baseId}-${tab}-panel`} aria-labelledby={`${baseId}-${tab}`} className={styles.panel}>
        {tab === 'check' && <CheckPanel state={state} onSelect={select} />}
        {tab === 'recalc' && (
          <RecalcPanel
            {...(state.result ? { result: state.result } : {})}
            gateway={gateway}
            state={state}
            onSelect={select}
          />
        )}
        {tab === 'report' && (
          <Suspense fallback={<Spinner size="tiny" label={M.reportLoading} />}>
            <ReportTab
              {...(state.result ? { result: state.result } : {})}
              gateway={gateway}
              state={state}
              onSelect={select}
              onShowFindings={() => setTab('check')}
            />
          </Suspense>
        )}
      </div>
    </main>
  );
}
