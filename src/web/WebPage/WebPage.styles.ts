// The page: a header, then the files column and the task pane side by side on a desktop, one above the other when narrow.
import { makeStyles, tokens } from '@fluentui/react-components';

/** Below this width the files and the pane stack (a phone, or a narrow window beside the spreadsheet). */
const WIDE = '@media (min-width: 860px)';

export const useWebPageStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    overflowX: 'clip',
  },
  dragging: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { margin: 0, color: tokens.colorNeutralForegroundOnBrand },
  privacy: { color: tokens.colorNeutralForegroundOnBrand, overflowWrap: 'anywhere', minWidth: 0 },
  layout: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalM,
    [WIDE]: {
      display: 'grid',
      gridTemplateColumns: 'minmax(300px, 380px) minmax(0, 1fr)',
      alignItems: 'start',
      padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
      columnGap: tokens.spacingHorizontalXL,
    },
  },
  files: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    [WIDE]: { position: 'sticky', top: tokens.spacingVerticalL },
  },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  drop: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    textAlign: 'center',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dropLater: { color: tokens.colorNeutralForeground3 },
  pane: {
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    [WIDE]: { maxWidth: '800px' },
  },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
  hiddenInput: { display: 'none' },
});
