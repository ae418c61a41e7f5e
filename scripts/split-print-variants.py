#!/usr/bin/env python3
"""
Table 三 split column-wise into two tables (label column + the first k applicant columns, then
'（续表）' and the rest incl. 总计), printed from HTML the way converters and browsers render it:
Chromium PDF, `pdftotext -layout` of it, pandoc plain/markdown and w3m of the HTML. Knobs per seed:
split point k (3/4/5), the later part's labels repeated or left blank, header words wrapped in
narrow columns (CSS width), rows whose label colspan disagrees with the header's (a blank cell at
the row's far end: 'garbled'), 总计 last or first in its part. The rest of the report (tables 二, 四,
text) is the new user's e21 sample (nu30); goldens written next to the inputs.

  python3 scripts/split-print-variants.py TEMPLATE.html TEMPLATE.golden.json OUTDIR SEEDS(a..b)
"""
import json, random, subprocess, sys, os, copy

ROWS = [('一、本年新收政府信息公开申请数量', 'newReceived', 3), ('二、上年结转政府信息公开申请数量', 'carriedOver', 3),
        ('三、本年度办理结果（一）予以公开', 'granted', 2), ('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'partiallyGranted', 2)]
DENIED = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项']
DK = ['stateSecret', 'prohibitedByLaw', 'endangersStability', 'thirdPartyRights', 'internalAffairs', 'processInfo', 'enforcementFiles', 'adminQuery']
UN = ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']; UK = ['notHeld', 'needsCreation', 'unclear']
NP = ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息']; NK = ['complaint', 'duplicate', 'publication', 'excessive', 'confirmation']
OH = ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他']; OK = ['overdueCorrection', 'overdueFee', 'other']
COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total']
WORD = {'naturalPerson': '自然人', 'commercial': '商业企业', 'research': '科研机构', 'socialOrg': '社会公益组织', 'legalService': '法律服务机构', 'otherOrg': '其他', 'total': '总计'}
SUBS = COLS[1:6]
NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'

def values(r):
    leaf = {}
    keys = [('granted',), ('partiallyGranted',)] + [('denied', k) for k in DK] + [('unavailable', k) for k in UK] + [('notProcessed', k) for k in NK] + [('otherHandling', k) for k in OK]
    for k in keys:
        leaf[k] = {c: (r.randint(0, 40) if r.random() < 0.5 else 0) for c in COLS[:6]}
    th = {c: sum(leaf[k][c] for k in keys) for c in COLS[:6]}
    cf = {c: r.randint(0, 5) for c in COLS[:6]}
    co = {c: r.randint(0, min(th[c] + cf[c], 9)) for c in COLS[:6]}
    nr = {c: th[c] + cf[c] - co[c] for c in COLS[:6]}
    req = {}
    def put(path, row):
        row = dict(row); row['total'] = sum(row[c] for c in COLS[:6])
        d = req
        for p in path[:-1]: d = d.setdefault(p, {})
        d[path[-1]] = row
    put(('newReceived',), nr); put(('carriedOver',), co)
    for k in keys: put(k, leaf[k])
    put(('totalHandled',), th); put(('carriedForward',), cf)
    return req

def get(req, path):
    for p in path.split('.'): req = req[p]
    return req

def rows_of():
    out = [(t, k, s) for t, k, s in ROWS]
    groups = [('（三）不予公开', DENIED, DK, 'denied'), ('（四）无法提供', UN, UK, 'unavailable'), ('（五）不予处理', NP, NK, 'notProcessed'), ('（六）其他处理', OH, OK, 'otherHandling')]
    for g, labels, keys, gk in groups:
        for i, (t, k) in enumerate(zip(labels, keys)):
            out.append((t, f'{gk}.{k}', 1, g if i == 0 else None, len(labels)))
    out.append(('（七）总计', 'totalHandled', 2)); out.append(('四、结转下年度继续办理', 'carriedForward', 3))
    return out

def part(req, cols, labels, garbled, narrow, r):
    w = ' style="width:2.6em"' if narrow else ''
    h = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">']
    lab = f'<td colspan="3" rowspan="3">{NOTE if labels else ""}</td>'
    h.append(f'<tr>{lab}<td colspan="{len(cols)}">申请人情况</td></tr>')
    mid, low = [], []
    subs = [c for c in cols if c in SUBS]
    for c in cols:
        if c in SUBS:
            if c == subs[0]: mid.append(f'<td colspan="{len(subs)}">法人或其他组织</td>')
            low.append(f'<td{w}>{WORD[c]}</td>')
        else:
            mid.append(f'<td rowspan="2"{w}>{WORD[c]}</td>')
    h.append('<tr>' + ''.join(mid) + '</tr>'); h.append('<tr>' + ''.join(low) + '</tr>')
    bad = garbled and r.random() < 0.7
    for row in rows_of():
        t, k, span = row[0], row[1], row[2]
        vals = ''.join(f'<td>{get(req, k)[c]}</td>' for c in cols)
        text = t if labels else ''
        if span == 1:
            g = row[3]
            head = f'<td rowspan="{row[4]}">{g if labels else ""}</td>' if g else ''
            cells = f'{head}<td>{text}</td>'
        else:
            cells = f'<td colspan="{span}">{text}</td>'
        # garbled: the rows whose label spans 2 columns print one label column too few (values shift left, a blank cell closes the row)
        if bad and span == 2:
            cells = f'<td colspan="1">{text}</td>'; vals += '<td></td>'
        h.append(f'<tr>{cells}{vals}</tr>')
    h.append('</table>')
    return '\n'.join(h)

def build(seed, tmpl, gold):
    r = random.Random(seed)
    req = values(r)
    k = r.choice([3, 4, 5])
    order = COLS[:]
    first_total = r.random() < 0.3
    a, b = order[:k], order[k:]
    if first_total: b = ['total'] + b[:-1]
    labels2 = r.random() < 0.6
    garbled = r.random() < 0.4
    narrow = r.random() < 0.5
    t3 = part(req, a, True, garbled, narrow, r) + '\n<p>（续表）</p>\n' + part(req, b, labels2, garbled, narrow, r)
    i = tmpl.find('<table', tmpl.find('三、收到')); j = tmpl.find('<h3>四、')
    html = tmpl[:i] + t3 + '\n' + tmpl[j:]
    g = copy.deepcopy(gold); g['data']['requests'] = req
    knobs = dict(k=k, firstTotal=first_total, labels2=labels2, garbled=garbled, narrow=narrow)
    return html, g, knobs

def main():
    tmpl = open(sys.argv[1]).read(); gold = json.load(open(sys.argv[2])); out = sys.argv[3]
    a, b = map(int, sys.argv[4].split('..'))
    os.makedirs(out, exist_ok=True); os.makedirs(out + '/gold', exist_ok=True)
    for s in range(a, b + 1):
        html, g, knobs = build(s, tmpl, gold)
        stem = f'{out}/s{s}'
        open(stem + '.html', 'w').write(html)
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={stem}.pdf', stem + '.html'], capture_output=True)
        subprocess.run(['pdftotext', '-layout', stem + '.pdf', stem + '.layout.txt'])
        for fmt in ['plain', 'markdown']:
            subprocess.run(['pandoc', '-f', 'html', '-t', fmt, '-o', f'{stem}.pandoc-{fmt}.txt', stem + '.html'])
        with open(stem + '.w3m.txt', 'w') as f:
            subprocess.run(['w3m', '-dump', '-cols', '200', '-T', 'text/html', stem + '.html'], stdout=f)
        for suf in ['', '.layout', '.pandoc-plain', '.pandoc-markdown', '.w3m']:
            gg = dict(g); gg['_gen'] = knobs
            json.dump(gg, open(f'{out}/gold/s{s}{suf}.golden.json', 'w'), ensure_ascii=False)
        print(s, knobs, flush=True)

main()
