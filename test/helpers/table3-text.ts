/**
 * @file The text around a table 三 that tests write row by row (test/centred-labels, test/item-rows):
 * a report's opening, table 二 and table 三's header as a -layout dump prints them, and its closing sections.
 */
export const TOP = ['示例县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局依法推进政务公开。', '二、主动公开政府信息情况',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t0\t4', '行政规范性文件\t2\t1\t9', '三、收到和处理政府信息公开申请情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）     申请人情况', '        自然人     法人或其他组织      总计',
  '            商业企业   科研机构   社会公益组织   法律服务机构   其他'];
export const TAIL = ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '培训不足。', '六、其他需要报告的事项', '无。'];
/** A row of seven zeros. */
export const Z = '0 0 0 0 0 0 0';
/** Six applicant columns and their total. */
export const v = (...xs: number[]): string => [...xs, xs.reduce((a, b) => a + b, 0)].join(' ');
