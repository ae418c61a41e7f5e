/**
 * @file The status of one field for people: one word that says whether the value can be used as
 * it is (`ok`), should be looked at (`low`, `derived`, `blank`), has no value for a reason
 * (`ambiguous`, `missing`, `notApplicable`) or was set by a person (`corrected`). Chinese labels
 * and plain-Chinese explanations of the flags for the spreadsheets and the review pages.
 */
import { CONFIDENT } from '../golden/compare.js';
import type { FieldFlag, FieldInfo } from '../schema/report.js';

export const FIELD_STATUSES = ['ok', 'low', 'ambiguous', 'missing', 'notApplicable', 'blank', 'derived', 'corrected'] as const;
export type FieldStatus = (typeof FIELD_STATUSES)[number];

/** The status of a field; the first that applies in the order corrected, ambiguous, missing, notApplicable, derived, blank, low, ok. */
export function fieldStatus(info: FieldInfo | undefined): FieldStatus {
  if (!info) return 'missing';
  const has = (f: string): boolean => (info.flags as readonly string[]).includes(f);
  if (has('corrected')) return 'corrected';
  if (has('ambiguous')) return 'ambiguous';
  if (has('missing')) return 'missing';
  if (has('notApplicable')) return 'notApplicable';
  if (has('derived')) return 'derived';
  if (has('blank')) return 'blank';
  return info.confidence < CONFIDENT ? 'low' : 'ok';
}

/** Chinese names of the statuses. */
export const STATUS_ZH: Record<FieldStatus, string> = {
  ok: '可信',
  low: '置信度低',
  ambiguous: '无法确定',
  missing: '未读到',
  notApplicable: '不适用（原文为“/”“—”“无”）',
  blank: '原文空白，按0计',
  derived: '原文未印，由勾稽关系推算',
  corrected: '已人工更正',
};

/** Plain-Chinese reason for each flag, as an officer would read it. */
export const FLAG_ZH: Record<FieldFlag, string> = {
  blank: '原表该格为空白，按 0 计',
  approximate: '原表印的是约数（如“约400”“1200余件”），按印出的数读出，不是确数',
  cellWords: '原表该格在数字旁还印了文字或符号（如“至少40”“40来”“40（估算）”），按印出的数读出，不一定是确数',
  derived: '原表没有印出这个数（或为空），由表内合计关系推算得出',
  notApplicable: '原表填的是“/”“—”“无”或“不适用”',
  missing: '文档中没有找到这个数',
  position: '这一行的名称没有读到，按行的顺序放入',
  repaired: '这一行印出的数字个数不对，按表内合计关系选定了位置',
  segmented: '几个数字连在了一起，是拆分后得到的',
  ambiguous: '有几种读法都说得通，无法确定是哪一个',
  labelFuzzy: '行名称与模板只是大致相符',
  labelPartial: '行名称不完整（被截断、折行或拼接而来），按部分名称放入',
  checkFailed: '与这个数有关的合计关系按原表数字不成立',
  unitConverted: '原表金额单位不是“万元”，已换算为“万元”',
  unitAssumed: '原表没有注明金额单位或单位无法识别，按“万元”计',
  unitUnsure: '原表对金额单位的说明前后不一、无法识别，或没有注明单位而数额按“万元”计明显过大，单位存疑',
  correctedInText: '报告正文（更正说明或注释）指出表中这个数有误并给出了更正的数，这里保留表中印出的数，请核对',
  marked: '数字后面带有标记（句点、顿号、脚注号或括号注明的其中数），已去掉标记读出',
  chineseNumeral: '原表用汉字数字书写（如“二十八”），已按数值读出；写法不规范的未读出',
  scaled: '原表数字后带“万”“亿”等数量单位，已换算为完整数值（金额按省略了“元”计）',
  narrative: '按正文中写明的总数在几种读法中选定',
  collapsed: '原文把相同的几格合并成了一个数（归档时合并了重复行），按表内合计关系展开',
  joined: '一个数被拆成了两段印出，按表内合计关系拼合',
  ocr: '由扫描图像识别（OCR）读出',
  deciphered: 'PDF 文字层无字符映射，按模板固定文字与表格合计破译字形编码读出',
  negative: '这一栏不应为负数，读出的负号可能是误读',
  corrected: '已由人工更正',
  unconfirmed: '没有独立的依据（合计关系、表头栏目顺序或行的位置）确认这个数，请核对',
};

/** One sentence for a field: its status, its flags' reasons, its candidates. */
export function explainField(info: FieldInfo | undefined): string {
  if (!info) return FLAG_ZH.missing;
  const parts = info.flags.filter((f) => f !== 'ambiguous' || !info.candidates).map((f) => FLAG_ZH[f]);
  if (info.candidates?.length && info.flags.includes('ambiguous')) parts.unshift(`有几种读法都说得通：可能是 ${info.candidates.join(' 或 ')}，请对照原文确定`);
  else if (info.candidates?.length) parts.push(`表中印出的与正文更正的数：${info.candidates.join(' 或 ')}，请对照原文确定`);
  if (parts.length === 0 && info.confidence < CONFIDENT) parts.push('读取把握不大，请对照原文核对');
  return parts.join('；');
}
