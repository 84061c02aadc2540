// Layout of the report panel: a sticky action bar (actions, open errors, outcome), then a preview that reads like the
// printed report, wrapping at any width down to 320 px.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useReportPanelStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  bar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  status: { minHeight: 0 },
  statusText: { overflowWrap: 'anywhere' },
  feedback: { display: 'flex', flexDirection: 'column' },
  heading: { margin: 0 },
  legend: { color: tokens.colorNeutralForeground3 },
  preview: { minWidth: 0, overflowWrap: 'anywhere' },
  front: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { textAlign: 'center', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase500 },
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS} 0`, textIndent: '2em', lineHeight: tokens.lineHeightBase400 },
  sectionHeader: { overflowWrap: 'anywhere' },
  sectionPanel: { marginLeft: 0, marginRight: 0 },
  subheading: {
    margin: `${tokens.spacingVerticalS} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Inline: the highlight follows the text across line breaks instead of boxing the sentence.
  generated: {
    backgroundColor: tokens.colorPaletteBlueBackground2,
    borderBottom: `1px dotted ${tokens.colorPaletteBlueBorderActive}`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorPaletteBlueBorderActive, color: tokens.colorNeutralForegroundOnBrand },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  missing: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
});
