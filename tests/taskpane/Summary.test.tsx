/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// exceljs (the sample's reader) needs the node build of its uuid dependency, hence the export conditions.
// The pane's summary names the form family it recognised (表式), on real forms of two families and the sample.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import { Summary } from '../../src/taskpane/Summary/Summary';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';
import { loadSampleGrids } from '../support/sample';
import { setUpJsdom } from './app-harness';

setUpJsdom();

async function corpusForm(id: string) {
  return readWorkbookGrids(new Uint8Array(readFileSync(join(__dirname, '..', 'forms', id, `${id}.xlsx`))));
}

/** The text the summary shows beside 表式. */
async function familyShown(grids: Parameters<typeof checkWorkbook>[0]): Promise<string | null | undefined> {
  render(
    <FluentProvider theme={webLightTheme}>
      <Summary result={checkWorkbook(grids)} />
    </FluentProvider>,
  );
  return screen.getByText('表式').nextElementSibling?.textContent;
}

describe('the summary names the recognised form family', () => {
  it.each([
    ['hunan-hengshan-guantang-2023', '湖南省部门整体支出绩效自评表'],
    ['anhui-tianchang-slj-fanghan-2022', '项目支出绩效自评表（财预〔2020〕10号）'],
  ])('%s: %s', async (id, name) => {
    expect(await familyShown(await corpusForm(id))).toBe(name);
  });

  it('the sample: the reference template', async () => {
    expect(await familyShown(await loadSampleGrids())).toBe('部门整体支出绩效自评表（参考模板）');
  });
});

describe('a form family without scores', () => {
  it('says the form is not scored instead of a stated and a recomputed score (阆中 绩效目标自评表)', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Summary result={checkWorkbook(await corpusForm('sichuan-langzhong-jtysj-chegoushui-2021'))} />
      </FluentProvider>,
    );
    expect(screen.getByText('自评得分').nextElementSibling?.textContent).toBe('本表式不评分');
    expect(screen.queryByText('自评等级')).toBeNull();
  });
});
