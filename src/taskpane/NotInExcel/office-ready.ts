// Decides what the task pane shows before the App: Office.onReady with a time limit, so a blocked office.js (a CDN
// that a government network filters, inside Excel) or a host that never answers leaves a message, not a blank pane.

/** How long Office.onReady may take before the pane says it is not answering. */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

export type OfficeReadiness = 'excel' | 'other-host' | 'no-office' | 'timeout';

type OfficeLike = {
  readonly onReady: () => Promise<{ readonly host: unknown }>;
  readonly HostType?: { readonly Excel?: unknown };
};

/** Which of the four it is; `office` is the global Office (undefined when office.js did not load). */
export async function officeReadiness(
  office: OfficeLike | undefined,
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
): Promise<OfficeReadiness> {
  if (office === undefined || typeof office.onReady !== 'function') return 'no-office';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const result = await Promise.race([office.onReady().then((info) => info), timeout]);
    if (result === 'timeout') return 'timeout';
    return result.host === (office.HostType?.Excel ?? 'Excel') ? 'excel' : 'other-host';
  } catch {
    return 'timeout';
  } finally {
    clearTimeout(timer);
  }
}

/** The heading and text for each case but 'excel'. */
export const OFFICE_READY_MESSAGES = {
  'other-host': {
    title: '请在 Excel 中打开本加载项',
    body: '绩效自评助手是 Excel 加载项，需要在 Excel 的“开始”选项卡中点击“自评助手”按钮打开。',
  },
  'no-office': {
    title: '无法加载 Office 组件',
    body: '没能从 appsforoffice.microsoft.com 加载 office.js。如果是在 Excel 中打开的，请检查网络或防火墙是否允许访问该地址后重新打开任务窗格；如果是在浏览器中直接打开的，请改在 Excel 中打开本加载项。',
  },
  timeout: {
    title: 'Excel 没有响应',
    body: 'Excel 在 10 秒内没有准备好加载项。请关闭任务窗格后重新打开；如果仍然如此，请重新启动 Excel。',
  },
} as const satisfies Record<Exclude<OfficeReadiness, 'excel'>, { title: string; body: string }>;
