/**
 * @file The review pages' plain-Chinese explanations of what the batch found: warnings by code and
 * cross-year findings. Field reasons come from `export/status.ts`.
 */
import type { CarryMismatch, CrossYearMismatch } from '../batch/index.js';
import { describeLocation } from '../export/location.js';

const WARNINGS: Record<string, string> = {
  table_is_image: '统计表是图片，读不出数字：需要人工录入',
  template_mixed: '表格同时用了 2019 年和 2021 年两版模板的用语',
  template_from_year: '表头没有认出模板，按年度推定',
  template_year_mismatch: '表格模板与报告年度不相符',
  sections_missing: '缺少部分章节',
  table_unread: '有一张统计表一个数字也没有读出（表格版式未能识别或没有找到该表）：需要人工录入或核对',
  table_blank: '有一张统计表印出了表头和行名但一个数字也没有（小机关全年无申请、无复议诉讼时常见）：各格按空白即 0 读取，需要人工核对',
  rows_missing: '统计表有部分行一个数字也没有读出（报告删去了模板中的行，或版式未能识别）：这些行需要人工录入或核对',
  encoding_detected: '文件编码是自动识别的',
  encoding_declared_wrong: '网页声明的编码与实际内容不符，已按实际内容读取',
  format_from_content: '文件扩展名是 .pdf，但内容是文本或网页，已按实际内容读取',
  encoding_repaired: '文件有少量字节损坏（无法解码），已按 � 读取：相邻的数字需要核对',
  text_mojibake_repaired: '文本是被当作 Latin-1/cp1252 再次编码的 UTF-8（乱码，如 html2text 未加 -utf8），已还原；被截断的字按 � 读取：相邻的数字需要核对',
  generated_content: '网页样式（::before/::after）在表格中添加了文字，已一并读取；无法计算的（计数器、图片）按 � 读取：相邻的数字需要核对',
  layout_dependent_text: '网页排版（移位、裁剪、遮盖、浅色或小字）可能让表格中的部分数字看不见，已照原样读取：这些行的数字需要核对',
  pdf_page_unreadable: 'PDF 有页面无法读取，已跳过',
  pdf_text_from_drawing: 'PDF 有页面的文字层无法读取，已按页面绘制的字形读取：其中的数字需要核对',
  pdf_rulings_unavailable: 'PDF 表格线无法读取，按文字位置读表',
};

/** A warning in Chinese (the original message kept for unknown codes). */
export function warningText(w: { code: string; message: string }): string {
  return WARNINGS[w.code] ?? w.message;
}

/** A cross-year finding in Chinese. */
export function crossYearText(m: CrossYearMismatch): string {
  const p = m.previous;
  const c = m.current;
  return `${p.year} 年报告的“${describeLocation(`requests.carriedForward.${m.column}`)}”为 ${p.carriedForward}，而 ${c.year} 年报告的“${describeLocation(`requests.carriedOver.${m.column}`)}”为 ${c.carriedOver}，两者应当相等（${p.file} / ${c.file}）`;
}

const ERRORS: Record<string, string> = {
  E_PDF_NO_TEXT: 'PDF 是扫描件（没有文字层），需要 OCR 或人工录入',
  E_PDF_ENCRYPTED: 'PDF 加密，需要密码',
  E_PDF_WRONG_PASSWORD: 'PDF 密码不对',
  E_PDF_CORRUPT: 'PDF 文件损坏或不完整',
  E_NOT_A_REPORT: '这不是一份政府信息公开年度报告（没有找到报告的章节和统计表）',
  E_LIST_PAGE: '这是一个列表或搜索页面，不是报告本身',
  E_EMPTY: '文件是空的，或没有文字',
  E_DECODE: '文件内容无法解码成中文文本（可能不是文本文件或已损坏）',
  E_UNSUPPORTED_KIND: '不支持的文件类型（旧版 .doc/.xls 请另存为 .docx 或 PDF；图片需要 OCR）',
  E_TOO_LARGE: '文件太大或页数太多',
  E_TIMEOUT: '读取超时',
  E_INPUT_NOT_FOUND: '文件不存在或无法读取',
};

/** Why a document could not be read, in Chinese. */
export function errorText(code: string | undefined): string {
  return ERRORS[code ?? ''] ?? `读取失败（${code ?? '未知错误'}）`;
}

/** A soft table-二 carry finding in Chinese. */
export function carryText(c: CarryMismatch): string {
  const name = c.row === 'regulations' ? '规章' : '行政规范性文件';
  return `${name}：${c.previous.year} 年现行有效 ${c.previous.inForce} 件，加 ${c.current.year} 年制发 ${c.current.issued} 件、减废止 ${c.current.repealed} 件，应为 ${c.previous.inForce + c.current.issued - c.current.repealed} 件，报告为 ${c.current.inForce} 件（也可能是清理文件所致，仅供参考）`;
}
