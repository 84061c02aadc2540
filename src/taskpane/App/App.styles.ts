// Layout of the task pane shell: a narrow single column, as Excel's pane is about 320 px wide.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  // Fluent's typography components keep the browser's heading margins; the column gap spaces things instead.
  title: {
    margin: 0,
  },
  actions: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  sizeCell: {
    whiteSpace: 'nowrap',
  },
});
