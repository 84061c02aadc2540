// Layout of the task pane: a narrow single column (Excel's pane starts at about 320 px), never scrolling sideways.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowX: 'hidden',
  },
  // Fluent's typography components keep the browser's heading margins; the column gap spaces things instead.
  title: {
    margin: 0,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  tagline: { color: tokens.colorNeutralForeground3 },
  tabs: {
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
  },
  panel: { minWidth: 0 },
});
