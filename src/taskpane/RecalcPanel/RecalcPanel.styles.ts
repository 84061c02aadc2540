// Layout of the 重算 tab: narrow tables whose cells wrap (Chinese breaks anywhere), the write-back controls below.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useRecalcPanelStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  table: { tableLayout: 'fixed', width: '100%' },
  // Wide enough for "34,474,255.03" in the small font, so amounts never break inside a number.
  valueCol: { width: '7.2em' },
  number: {
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
    textAlign: 'right',
  },
  cell: {
    overflowWrap: 'anywhere',
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  link: {
    padding: 0,
    border: 'none',
    background: 'none',
    font: 'inherit',
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  differs: { backgroundColor: tokens.colorPaletteRedBackground1 },
  differsText: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  formula: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
    fontFamily: tokens.fontFamilyMonospace,
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    textAlign: 'left',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  text: { overflowWrap: 'anywhere' },
});
