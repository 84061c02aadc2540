// Layout of the 检查 tab: a toolbar that wraps at 320 px, progress with 取消, then the summary and the findings.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useCheckPanelStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  switch: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  progress: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  empty: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  emptyActions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  text: { overflowWrap: 'anywhere' },
});
