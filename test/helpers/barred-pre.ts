/**
 * A <pre> table with '|' between its columns, zeros left blank and a wrapped label, as `pdftotext -layout` prints it
 * (breaker41 gen60 ptt-layout-a4/r13-shaped): one space between bars for a blank cell.
 */
export const BARRED_PRE_ROWS: readonly string[] = [
  '一、本年度新收政府信息公开申请数量               | 113| 42| 5| 8| 10| 15| 193',
  '二、上年度结转政府信息公开申请数量               | | | | | 1| | 1',
  '三、本年度办理| （一）予以公开                | 10| | 1| | | 1| 12',
  '       | （三）不予公开| 1.属于国家秘密      | 25| 9| | | 3| 3| 40',
  '       |         | 2.其他法律行政法规禁止公| | | 2| | 1| | 3',
  '       |         |开             | | | | | | |',
];
