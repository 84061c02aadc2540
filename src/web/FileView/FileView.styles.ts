// The selected file: a bar saying what the task pane did to it (what Excel would show in the sheet), then the pane.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useFileViewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    // Stays in view while the findings scroll by, so a clicked finding's cells are seen at once.
    position: 'sticky',
    top: 0,
    zIndex: 1,
  },
  name: { overflowWrap: 'anywhere', minWidth: 0, fontWeight: tokens.fontWeightSemibold },
  fact: { overflowWrap: 'anywhere', minWidth: 0, color: tokens.colorNeutralForeground2 },
  selection: { overflowWrap: 'anywhere', minWidth: 0, color: tokens.colorBrandForeground1 },
  message: { padding: tokens.spacingHorizontalM },
});
