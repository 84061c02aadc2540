// officeReadiness: the four cases before the App, with Office.onReady bounded by a time limit.
import { officeReadiness } from '../../src/taskpane/NotInExcel/office-ready';

const HostType = { Excel: 'Excel' };

describe('officeReadiness', () => {
  it('is no-office without office.js, excel or other-host by the host office.js reports', async () => {
    await expect(officeReadiness(undefined)).resolves.toBe('no-office');
    await expect(officeReadiness({ HostType, onReady: async () => ({ host: 'Excel' }) })).resolves.toBe('excel');
    await expect(officeReadiness({ HostType, onReady: async () => ({ host: null }) })).resolves.toBe('other-host');
  });

  it('gives up with timeout when onReady never resolves', async () => {
    jest.useFakeTimers();
    try {
      const result = officeReadiness({ HostType, onReady: () => new Promise(() => undefined) }, 10_000);
      await jest.advanceTimersByTimeAsync(9_999);
      let settled = false;
      void result.then(() => {
        settled = true;
      });
      await Promise.resolve();
      expect(settled).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      await expect(result).resolves.toBe('timeout');
    } finally {
      jest.useRealTimers();
    }
  });
});
