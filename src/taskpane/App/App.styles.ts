// Layout of the task pane: a narrow single column (Excel's pane starts at about 320 px), never scrolling sideways;
// a one-line header, so the findings start near the top.
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
    // clip, not hidden: a hidden overflow makes the column a scroll container, which would break the report's sticky bar.
    overflowX: 'clip',
  },
  // Fluent's typography components keep the browser's heading margins; the column gap spaces things instead.
  title: {
    margin: 0,
  },
  // One line: the name, then the tabs; at the narrowest pane the tabs wrap under the name instead of overflowing.
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: { marginRight: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { minWidth: 0 },
});
