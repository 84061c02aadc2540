// Shown when the page runs outside Excel, where there is no workbook to check.
import { Body1, Title3 } from '@fluentui/react-components';
import { TASKPANE_MESSAGES } from '../messages';
import { useAppStyles } from '../App/App.styles';

export function NotInExcel() {
  const styles = useAppStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1" className={styles.title}>
        {TASKPANE_MESSAGES.notInExcelTitle}
      </Title3>
      <Body1>{TASKPANE_MESSAGES.notInExcelBody}</Body1>
    </main>
  );
}
