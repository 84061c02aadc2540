// Shown when the page runs outside Excel, where there is no workbook to check, or when Office never became ready.
import { Body1, Title3 } from '@fluentui/react-components';
import { useAppStyles } from '../App/App.styles';
import { OFFICE_READY_MESSAGES, type OfficeReadiness } from './office-ready';

export function NotInExcel({ reason = 'other-host' }: { readonly reason?: Exclude<OfficeReadiness, 'excel'> }) {
  const styles = useAppStyles();
  const text = OFFICE_READY_MESSAGES[reason];
  return (
    <main className={styles.root}>
      <Title3 as="h1" className={styles.title}>
        {text.title}
      </Title3>
      <Body1>{text.body}</Body1>
    </main>
  );
}
