// The 重算 tab: recalculated figures next to the stated ones, and the previewed, undoable write-back of the differences.
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  mergeClasses,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { proposeFixes } from '../../core/fixes/propose-fixes';
import { toA1, qualifiedA1 } from '../../core/grid/a1';
import type { CellRef } from '../../core/grid/grid';
import { formatCellValue } from '../format-value';
import type { CellChange, WriteMode } from '../../host/workbook-host';
import { TASKPANE_MESSAGES as M, fillMessage } from '../messages';
import { describeError, type CheckTabProps, type Notice } from '../useCheck/useCheck';
import { keyFiguresOf } from './key-figures';
import { useRecalcPanelStyles } from './RecalcPanel.styles';

export type RecalcPanelProps = CheckTabProps;

/** The cell as the user reads it: A1 on the sheet the row is about, 'Sheet'!A1 elsewhere. */
function cellLabel(ref: CellRef, sheet: string | undefined): string {
  return ref.sheet === sheet ? toA1(ref) : qualifiedA1(ref.sheet, ref);
}

export function RecalcPanel({ result, gateway, state, onSelect }: RecalcPanelProps) {
  const styles = useRecalcPanelStyles();
  const [mode, setMode] = useState<WriteMode>('formulas');
  const [message, setMessage] = useState<Notice>();
  const [canUndo, setCanUndo] = useState(false);
  const changes: readonly CellChange[] = useMemo(() => (result ? proposeFixes(result) : []), [result]);
  const figures = useMemo(() => (result ? keyFiguresOf(result) : []), [result]);
  const changed = useMemo(() => new Set(changes.map((c) => `${c.ref.sheet}!${c.ref.row},${c.ref.col}`)), [changes]);
  const differs = (ref: CellRef | undefined) => ref !== undefined && changed.has(`${ref.sheet}!${ref.row},${ref.col}`);

  const numFmtAt = (ref: CellRef) => state.grids?.find((g) => g.name === ref.sheet)?.cells[ref.row]?.[ref.col]?.numFmt;

  if (!result?.recognised) return <Body1 className={styles.text}>{M.recalcNeedsCheck}</Body1>;
  const sheet = changes[0]?.ref.sheet;

  const apply = async () => {
    setMessage(undefined);
    try {
      const applied = await state.write(() => gateway.applyChanges(changes, mode), { recheck: true });
      if (applied.ok) {
        setCanUndo(true);
        setMessage({ intent: 'success', text: fillMessage(M.applied, { count: applied.written }) });
      } else if (applied.ref) {
        setMessage({
          intent: 'error',
          text: fillMessage(M.applyFailedAt, {
            cell: qualifiedA1(applied.ref.sheet, applied.ref),
            reason: applied.reason,
          }),
        });
      } else {
        setMessage({ intent: 'error', text: fillMessage(M.applyFailed, { reason: applied.reason }) });
      }
    } catch (error) {
      setMessage({ intent: 'error', text: describeError(error) });
    }
  };

  const undo = async () => {
    setMessage(undefined);
    try {
      const undone = await state.write(() => gateway.undoLastApply(), { recheck: true });
      setCanUndo(false);
      setMessage({ intent: undone ? 'success' : 'info', text: undone ? M.undone : M.nothingToUndo });
    } catch (error) {
      setMessage({ intent: 'error', text: describeError(error) });
    }
  };

  return (
    <div className={styles.root}>
      <Body1 className={styles.text}>{M.recalcIntro}</Body1>
      {figures.length > 0 && (
        <section aria-label={M.keyFigures}>
          <h3 className={styles.heading}>{M.keyFigures}</h3>
          <Table size="extra-small" className={styles.table} aria-label={M.keyFigures}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.cell}>{M.colWhat}</TableHeaderCell>
                <TableHeaderCell className={styles.cell}>{M.colStated}</TableHeaderCell>
                <TableHeaderCell className={styles.cell}>{M.colRecomputed}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {figures.map((figure) => (
                <TableRow key={figure.what} className={differs(figure.ref) ? styles.differs : undefined}>
                  <TableCell className={styles.cell}>{figure.what}</TableCell>
                  <TableCell className={styles.cell}>{figure.stated}</TableCell>
                  <TableCell className={styles.cell}>
                    <span className={differs(figure.ref) ? styles.differsText : undefined}>{figure.recomputed}</span>
                    {differs(figure.ref) && <span className={styles.formula}>{M.differs}</span>}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}

      {changes.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody className={styles.text}>{M.noChanges}</MessageBarBody>
        </MessageBar>
      ) : (
        <section aria-label={fillMessage(M.changesTitle, { count: changes.length })}>
          <h3 className={styles.heading}>{fillMessage(M.changesTitle, { count: changes.length })}</h3>
          <Body1 className={styles.text}>{M.previewNote}</Body1>
          <Table
            size="extra-small"
            className={styles.table}
            aria-label={fillMessage(M.changesTitle, { count: changes.length })}
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.cell}>{M.colCellWhat}</TableHeaderCell>
                <TableHeaderCell className={mergeClasses(styles.cell, styles.valueCol)}>{M.colCurrent}</TableHeaderCell>
                <TableHeaderCell className={mergeClasses(styles.cell, styles.valueCol)}>
                  {M.colRecomputed}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {changes.map((change) => {
                const label = cellLabel(change.ref, sheet);
                return (
                  <TableRow key={`${change.ref.sheet}!${label}`} className={styles.differs}>
                    <TableCell className={styles.cell}>
                      <button type="button" className={styles.link} onClick={() => onSelect([change.ref])}>
                        {label}
                      </button>{' '}
                      {change.what}
                    </TableCell>
                    <TableCell className={mergeClasses(styles.cell, styles.number)}>
                      {formatCellValue(change.current, numFmtAt(change.ref))}
                    </TableCell>
                    <TableCell className={mergeClasses(styles.cell, styles.number)}>
                      <span className={styles.differsText}>
                        {formatCellValue(change.value, change.numFmt ?? numFmtAt(change.ref))}
                      </span>
                      {mode === 'formulas' && change.formula && (
                        <span className={styles.formula}>{`=${change.formula}`}</span>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <Field label={M.writeMode}>
            <RadioGroup value={mode} onChange={(_, data) => setMode(data.value as WriteMode)}>
              <Radio value="formulas" label={M.writeFormulas} />
              <Radio value="values" label={M.writeValues} />
            </RadioGroup>
          </Field>
        </section>
      )}
      <div className={styles.actions}>
        {changes.length > 0 && (
          <Button
            appearance="primary"
            disabled={state.writing || state.progress !== undefined}
            onClick={() => void apply()}
          >
            {state.writing ? M.applying : M.apply}
          </Button>
        )}
        {(canUndo || changes.length > 0) && (
          <Button disabled={state.writing || !canUndo} onClick={() => void undo()}>
            {M.undo}
          </Button>
        )}
      </div>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody className={styles.text}>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
