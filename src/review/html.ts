/** @file HTML helpers of the review pages: escaping, the page shell and its style. */

/** Escapes text for HTML content and attribute values. */
export const esc = (s: unknown): string => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const CSS = `body{font:14px/1.6 "Noto Sans CJK SC","Microsoft YaHei","PingFang SC",system-ui,sans-serif;margin:16px 24px;color:#222;max-width:1500px}
h1{font-size:22px;margin:4px 0}h2{font-size:17px;margin:22px 0 6px}a{color:#0645ad}
table{border-collapse:collapse;margin:4px 0}td,th{border:1px solid #999;padding:2px 6px}
th{background:#f0f0f0;font-weight:normal;text-align:center;max-width:16em}td.v{text-align:right;min-width:2.5em;position:relative}
td.l{text-align:left;max-width:28em}
.bad{outline:3px solid #d00;outline-offset:-3px;background:#fde2e2}.low{outline:3px solid #e69500;outline-offset:-3px;background:#fff4cc}
.none{background:#e6e6e6;color:#666}.fixed{outline:3px solid #2a6ebb;outline-offset:-3px;background:#dde9f7}
sup.n{color:#b00;font-weight:bold;margin-left:2px}
.meta{color:#555}.alert{color:#b00}.ok{color:#080}
.wrap{display:flex;flex-wrap:wrap;gap:18px;align-items:flex-start}.wrap>div{flex:0 0 auto}.notes{flex:1 1 360px;max-width:620px;margin:0;font-size:13px;line-height:1.45}
.notes li{margin-bottom:4px}.src{background:#f6f6f6;padding:1px 4px;font-family:monospace;white-space:pre-wrap}
.idx{border-top:1px solid #999;max-width:1400px}.ir{display:grid;grid-template-columns:4em minmax(20em,3fr) minmax(8em,1.2fr) 4em minmax(14em,2fr) 6em;border-bottom:1px solid #ccc}
.ir>span{padding:3px 6px;overflow-wrap:anywhere}.ih{background:#f0f0f0;position:sticky;top:0}.ir.quiet{color:#666}
.ib{content-visibility:auto;contain-intrinsic-size:auto 12000px}
.legend span{display:inline-block;padding:0 8px;margin-right:8px}
input.fix{width:6em}form.fix input[type=text]{width:14em}nav{margin:6px 0}`;

/** A whole page (UTF-8, no external assets). */
export function page(title: string, body: string, script = ''): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title><style>${CSS}</style></head><body>
${body}${script ? `\n<script>${script}</script>` : ''}
</body></html>
`;
}
