// Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the e2e test: an Excel host that is
// ready at once and holds a two-sheet workbook, enough for the task pane's 检查 path (readWorkbookGrids).
(function () {
  'use strict';

  function range(rowIndex, columnIndex, values, numberFormat) {
    return {
      isNullObject: false,
      rowIndex: rowIndex,
      columnIndex: columnIndex,
      values: values,
      formulas: values,
      numberFormat:
        numberFormat ||
        values.map(function (row) {
          return row.map(function () {
            return 'General';
          });
        }),
      valueTypes: values.map(function (row) {
        return row.map(function (v) {
          return v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : 'String';
        });
      }),
      load: function () {
        return this;
      },
    };
  }

  function sheet(name, used, mergedAddress) {
    return {
      name: name,
      getUsedRangeOrNullObject: function () {
        return used;
      },
      getRange: function () {
        return {
          getMergedAreasOrNullObject: function () {
            return {
              isNullObject: !mergedAddress,
              address: mergedAddress,
              load: function () {
                return this;
              },
            };
          },
        };
      },
    };
  }

  var workbook = {
    worksheets: {
      items: [
        sheet(
          '部门整体支出绩效自评表',
          range(0, 0, [
            ['部门整体支出绩效自评表', '', '', ''],
            ['项目', '年初预算数', '全年预算数', '全年执行数'],
            ['合计', 3447.43, 3447.43, 3447.47],
          ]),
          "'部门整体支出绩效自评表'!A1:D1",
        ),
        sheet(
          '自评指标评分表',
          range(1, 1, [
            ['一级指标', '权重', '得分'],
            ['产出', 40, 38],
          ]),
          null,
        ),
      ],
      load: function () {
        return this;
      },
    },
  };

  globalThis.Excel = {
    run: function (batch) {
      return Promise.resolve(
        batch({
          workbook: workbook,
          sync: function () {
            return Promise.resolve();
          },
        }),
      );
    },
  };

  globalThis.Office = {
    HostType: { Excel: 'Excel' },
    context: {
      requirements: {
        isSetSupported: function () {
          return true;
        },
      },
    },
    onReady: function (callback) {
      var info = { host: 'Excel', platform: 'PC' };
      if (callback)
        setTimeout(function () {
          callback(info);
        }, 0);
      return Promise.resolve(info);
    },
  };
})();
