// Layout of the report panel: actions, the findings to fix, and a preview that reads like the printed report.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useReportPanelStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  findings: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  front: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { textAlign: 'center', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase500 },
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS} 0`, textIndent: '2em', lineHeight: tokens.lineHeightBase400 },
  subheading: {
    margin: `${tokens.spacingVerticalS} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  generated: {
    display: 'inline',
    padding: 0,
    border: 'none',
    font: 'inherit',
    textAlign: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    backgroundColor: tokens.colorPaletteBlueBackground2,
    borderBottom: `1px dotted ${tokens.colorPaletteBlueBorderActive}`,
    ':hover': { backgroundColor: tokens.colorPaletteBlueBorderActive, color: tokens.colorNeutralForegroundOnBrand },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  missing: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  legend: { color: tokens.colorNeutralForeground3 },
});
