// The task pane shell: product name and a 检查 button that lists the workbook's sheets (the real UI comes later).
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title3,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Grid } from '../../core/grid/grid';
import { isGatewayError, type WorkbookGateway } from '../gateway';
import { TASKPANE_MESSAGES as M, fillMessage } from '../messages';
import { useAppStyles } from './App.styles';

export type AppProps = { readonly gateway: WorkbookGateway };

type ReadState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'read'; readonly grids: readonly Grid[] }
  | { readonly kind: 'failed'; readonly message: string };

export function App({ gateway }: AppProps) {
  const styles = useAppStyles();
  const [state, setState] = useState<ReadState>({ kind: 'idle' });

  const check = async () => {
    setState({ kind: 'reading' });
    try {
      setState({ kind: 'read', grids: await gateway.readGrids() });
    } catch (error) {
      setState({ kind: 'failed', message: describeError(error) });
    }
  };

  return (
    <main className={styles.root}>
      <Title3 as="h1" className={styles.title}>
        {M.productName}
      </Title3>
      <Body1>{M.tagline}</Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={state.kind === 'reading'} onClick={() => void check()}>
          {M.check}
        </Button>
        {state.kind === 'reading' && <Spinner size="tiny" label={M.checking} />}
      </div>
      {state.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'read' && <SheetTable grids={state.grids} sizeClassName={styles.sizeCell} />}
    </main>
  );
}

function SheetTable({ grids, sizeClassName }: { grids: readonly Grid[]; sizeClassName: string }) {
  return (
    <>
      <Table size="small" aria-label={M.sheetsCaption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{M.sheetName}</TableHeaderCell>
            <TableHeaderCell>{M.sheetSize}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {grids.map((grid) => (
            <TableRow key={grid.name}>
              <TableCell>{grid.name}</TableCell>
              <TableCell className={sizeClassName}>
                {grid.rowCount === 0
                  ? M.sheetEmpty
                  : fillMessage(M.sheetSizeValue, { rows: grid.rowCount, cols: grid.colCount })}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Caption1>{fillMessage(M.sheetCount, { count: grids.length })}</Caption1>
    </>
  );
}

/** Gateway errors already carry a Chinese message; anything else is a bug whose English text would not help. */
function describeError(error: unknown): string {
  if (isGatewayError(error)) return fillMessage(M.readFailed, { message: error.message });
  return M.unexpectedError;
}
