#!/usr/bin/env python3
"""Generate the fresh54 held-out set from TEMPLATE.md (seeded).  Writes:
  build/base/<id>.json        the base report (values as printed, cell strings, params)
  in/golden/<id>.json         golden {meta, headings, data}
  build/html/<id>__<look>.html    the HTML document (kind html-<look>)
  build/print/<id>.html       print HTML for chromium / LibreOffice (page size, font size, borders)
  build/plan.json             which derived documents to make per base
Usage: python3 gen.py [SEED] [N]"""
import json, os, random, sys, html as H

SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 54
N = int(sys.argv[2]) if len(sys.argv) > 2 else 45
R = random.Random(SEED)
ROOT = os.path.dirname(os.path.abspath(__file__))
for d in ['build/base', 'build/html', 'build/print', 'in/golden', 'in/docs']:
    os.makedirs(os.path.join(ROOT, d), exist_ok=True)

COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total']
COLS6 = COLS[:6]
OUT_ROWS = ['granted', 'partiallyGranted', 'denied.stateSecret', 'denied.prohibitedByLaw', 'denied.endangersStability',
            'denied.thirdPartyRights', 'denied.internalAffairs', 'denied.processInfo', 'denied.enforcementFiles',
            'denied.adminQuery', 'unavailable.notHeld', 'unavailable.needsCreation', 'unavailable.unclear',
            'notProcessed.complaint', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.excessive',
            'notProcessed.confirmation']
OTHER3 = ['otherHandling.overdueCorrection', 'otherHandling.overdueFee', 'otherHandling.other']
LABELS = {
    'newReceived': '一、本年新收政府信息公开申请数量', 'carriedOver': '二、上年结转政府信息公开申请数量',
    'granted': '（一）予以公开', 'partiallyGranted': '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    'denied.stateSecret': '1.属于国家秘密', 'denied.prohibitedByLaw': '2.其他法律行政法规禁止公开',
    'denied.endangersStability': '3.危及“三安全一稳定”', 'denied.thirdPartyRights': '4.保护第三方合法权益',
    'denied.internalAffairs': '5.属于三类内部事务信息', 'denied.processInfo': '6.属于四类过程性信息',
    'denied.enforcementFiles': '7.属于行政执法案卷', 'denied.adminQuery': '8.属于行政查询事项',
    'unavailable.notHeld': '1.本机关不掌握相关政府信息', 'unavailable.needsCreation': '2.没有现成信息需要另行制作',
    'unavailable.unclear': '3.补正后申请内容仍不明确', 'notProcessed.complaint': '1.信访举报投诉类申请',
    'notProcessed.duplicate': '2.重复申请', 'notProcessed.publication': '3.要求提供公开出版物',
    'notProcessed.excessive': '4.无正当理由大量反复申请', 'notProcessed.confirmation': '5.要求行政机关确认或重新出具已获取信息',
    'otherHandling.overdueCorrection': '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    'otherHandling.overdueFee': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    'otherHandling.other': '3.其他', 'otherHandling.combined': '（六）其他处理', 'totalHandled': '（七）总计',
    'carriedForward': '四、结转下年度继续办理'}
GROUP_LABEL = {'denied': '（三）不予公开', 'unavailable': '（四）无法提供', 'notProcessed': '（五）不予处理',
               'otherHandling': '（六）其他处理'}
RV_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview']
RV_COLS = ['upheld', 'corrected', 'other', 'pending', 'total']
RV_LABEL = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']

PROV = [('江苏省', ['南京市', '苏州市', '淮安市', '盐城市', '宿迁市']), ('浙江省', ['杭州市', '宁波市', '温州市', '湖州市']),
        ('四川省', ['成都市', '绵阳市', '宜宾市', '南充市']), ('河南省', ['郑州市', '洛阳市', '开封市', '信阳市']),
        ('广东省', ['广州市', '佛山市', '韶关市', '湛江市']), ('山东省', ['济南市', '青岛市', '潍坊市', '临沂市']),
        ('湖北省', ['武汉市', '宜昌市', '襄阳市', '荆州市']), ('福建省', ['福州市', '厦门市', '泉州市', '三明市'])]
DIST = ['城关区', '新城区', '东湖区', '西山区', '高新区', '江北区', '临江县', '青山县', '丰乐县', '石桥镇', '永安县', '白沙县', '桃源县', '金湖县']
DEPT = ['人民政府', '人民政府办公室', '发展和改革委员会', '教育局', '公安局', '民政局', '司法局', '财政局', '人力资源和社会保障局',
        '自然资源和规划局', '生态环境局', '住房和城乡建设局', '交通运输局', '水利局', '农业农村局', '商务局', '文化广电和旅游局',
        '卫生健康委员会', '应急管理局', '审计局', '市场监督管理局', '统计局', '医疗保障局', '城市管理局', '数据局']
TOWN = ['街道办事处', '镇人民政府', '乡人民政府']

def pick_agency():
    prov, cities = R.choice(PROV)
    city = R.choice(cities)
    r = R.random()
    if r < 0.25:
        return city + R.choice(DEPT)
    if r < 0.6:
        return city + R.choice(DIST) + R.choice(DEPT)
    if r < 0.8:
        return city + R.choice(DIST) + R.choice(['东风', '红旗', '和平', '长安', '新华', '北关', '南湖']) + R.choice(TOWN)
    return prov + R.choice(DEPT[1:])

def mag(scale):
    """a random count: mostly 0 for sparse, wide range for full"""
    return int(R.choice([0, 0, 1, 2, 3, 5, 9]) if scale == 0 else R.randint(0, scale))

def gen_values(b):
    t, dens = b['template'], b['density']
    full = dens == 'full'
    big = R.choice([9, 99, 999, 9999, 99999]) if full else 6
    # --- requests per column
    req = {}
    rows = OUT_ROWS + (OTHER3 if t == '2021' else ['otherHandling.combined'])
    per = {r: {} for r in ['newReceived', 'carriedOver'] + rows + ['totalHandled', 'carriedForward']}
    blank3 = dens == 'blank3'
    for c in COLS6:
        active = (not blank3) and (full or R.random() < (0.55 if c == 'naturalPerson' else 0.15))
        cap = max(1, big // 12) if full else 4
        tot = 0
        for r in rows:
            if not active:
                v = 0
            elif full:
                v = R.randint(0, cap) if R.random() < 0.85 else 0
            else:
                v = R.randint(1, 4) if R.random() < (0.5 if r in ('granted', 'unavailable.notHeld', 'partiallyGranted') else 0.06) else 0
            per[r][c] = v; tot += v
        per['totalHandled'][c] = tot
        cf = (R.randint(0, cap) if full else (R.randint(0, 2) if R.random() < 0.2 else 0)) if active else 0
        co = (R.randint(0, min(cap, tot + cf)) if full else min(tot + cf, R.randint(0, 1) if R.random() < 0.2 else 0)) if active else 0
        per['carriedForward'][c] = cf; per['carriedOver'][c] = co
        per['newReceived'][c] = tot + cf - co
    for r in per:
        per[r]['total'] = sum(per[r][c] for c in COLS6)
    req = per
    # --- review
    rv = {}
    for g in RV_GROUPS:
        vals = {}
        for c in RV_COLS[:4]:
            if dens == 'blank4':
                vals[c] = 0
            elif full:
                vals[c] = R.randint(0, max(1, big // 50)) if R.random() < 0.8 else 0
            else:
                vals[c] = R.randint(1, 2) if R.random() < 0.12 else 0
        vals['total'] = sum(vals.values())
        rv[g] = vals
    # --- active
    ad = {}
    def n(k=3):
        if full:
            return R.randint(0, big if k else 99)
        return R.randint(1, 30) if R.random() < 0.35 else 0
    def amt():
        if full or R.random() < 0.3:
            v = round(R.uniform(0, min(big, 9999)), R.choice([0, 1, 2, 2, 4]))
            return v
        return 0
    if t == '2021':
        for k in ['regulations', 'normativeDocuments']:
            ad[k] = {'issued': n(0), 'repealed': n(0), 'inForce': n()}
        for k in ['licensing', 'punishment', 'coercion']:
            ad[k] = {'decisions': n()}
        ad['fees'] = {'amount': amt()}
    else:
        for k in ['regulations', 'normativeDocuments']:
            pub = n(0)
            ad[k] = {'created': n(0), 'published': pub, 'totalPublic': pub + n()}
        for k in ['licensing', 'otherServices', 'punishment', 'coercion']:
            ch = R.randint(-20, 40) if (full or R.random() < 0.3) else 0
            ad[k] = {'prevItems': n(), 'change': ch, 'decisions': n()}
        ad['fees'] = {'prevItems': n(0), 'change': R.randint(-5, 5) if full else 0}
        ad['procurement'] = {'items': n(0), 'amount': amt()}
    return ad, req, rv

def fmt_num(v, b, key):
    """cell string for value v"""
    if v is None:
        return '/'
    if isinstance(v, float):
        s = ('%.4f' % v).rstrip('0').rstrip('.') if v != int(v) else ('%d' % int(v) if R.random() < 0.5 else '%.2f' % v)
        if v == 0:
            s = '0' if b['density'] != 'sparse_blank' else ''
        return s
    if v == 0:
        if b['density'] == 'sparse_blank':
            return ''
        if b['density'] == 'blank3' and key.startswith('requests.'):
            return ''
        if b['density'] == 'blank4' and key.startswith('reviewLitigation.'):
            return ''
        return '0'
    s = str(v)
    if b.get('thousands') and abs(v) >= 1000:
        s = f'{v:,}'
    return s

def flatten(d, pre=''):
    out = {}
    for k, v in d.items():
        if isinstance(v, dict):
            out.update(flatten(v, pre + k + '.'))
        else:
            out[pre + k] = v
    return out

def nest(flat):
    out = {}
    for k, v in flat.items():
        cur = out
        parts = k.split('.')
        for p in parts[:-1]:
            cur = cur.setdefault(p, {})
        cur[parts[-1]] = v
    return out

def check_identities(flat, tv):
    """returns list of failed identity strings (null counts as 0)"""
    g = lambda k: flat.get(k) or 0
    bad = []
    rows = OUT_ROWS + (OTHER3 if tv == '2021' else ['otherHandling.combined'])
    for c in COLS:
        if g(f'requests.newReceived.{c}') + g(f'requests.carriedOver.{c}') != g(f'requests.totalHandled.{c}') + g(f'requests.carriedForward.{c}'):
            bad.append(f'flow.{c}')
        if g(f'requests.totalHandled.{c}') != sum(g(f'requests.{r}.{c}') for r in rows):
            bad.append(f'handled.{c}')
    for r in ['newReceived', 'carriedOver'] + rows + ['totalHandled', 'carriedForward']:
        if g(f'requests.{r}.total') != sum(g(f'requests.{r}.{c}') for c in COLS6):
            bad.append(f'row.{r}')
    for gr in RV_GROUPS:
        if g(f'reviewLitigation.{gr}.total') != sum(g(f'reviewLitigation.{gr}.{c}') for c in RV_COLS[:4]):
            bad.append(f'rv.{gr}')
    return bad

SENT = ['坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署。',
        '严格落实《中华人民共和国政府信息公开条例》，不断提升政务公开标准化规范化水平。',
        '围绕中心工作，深化重点领域信息公开，及时回应社会关切。',
        '加强政府信息管理，严格落实信息发布保密审查机制，全年未发生泄密事件。',
        '依托政府门户网站、政务新媒体等平台，拓宽公开渠道，提升公开实效。',
        '健全监督保障机制，将政务公开工作纳入年度绩效考核。']
PROB = ['一是政策解读形式较为单一，图解、视频等解读方式运用不够。', '二是公开内容的及时性、准确性还有待提高。',
        '三是工作人员业务能力需进一步提升。', '下一步，我们将加强业务培训，丰富解读形式，推动政务公开工作提质增效。']

def prose(b):
    y = b['year']; flat = b['flat']
    nr = flat.get('requests.newReceived.total') or 0
    ov = [f'{y}年，{b["agency"]}' + R.choice(SENT), R.choice(SENT),
          f'（一）主动公开。全年累计主动公开政府信息{R.randint(20, 9000)}条，其中政策文件{R.randint(1, 90)}件。',
          f'（二）依申请公开。全年共收到政府信息公开申请{nr}件，均在法定期限内予以答复。',
          f'（三）政府信息管理。' + R.choice(SENT), f'（四）平台建设。' + R.choice(SENT), f'（五）监督保障。' + R.choice(SENT)]
    other = [R.choice(['本年度未收取信息处理费。', f'{y}年，本机关依据《政府信息公开信息处理费管理办法》收取信息处理费0元。']),
             R.choice(['无其他需要报告的事项。', '本年度人大代表建议和政协提案办理结果均已按要求公开。'])]
    return ov, PROB[:R.randint(2, 4)], other

def make_base(i):
    b = {'id': 'f%03d' % i}
    r = R.random()
    b['template'] = '2021' if r < 0.78 else '2019'
    b['single6'] = b['template'] == '2021' and R.random() < 0.12
    tv = b['template']
    b['year'] = R.randint(2021, 2025) if tv == '2021' else R.choice([2019, 2020])
    b['agency'] = pick_agency()
    b['title'] = R.choice([f'{b["agency"]}{b["year"]}年政府信息公开工作年度报告', f'{b["agency"]}{b["year"]}年度政府信息公开工作年度报告',
                           f'{b["agency"]}{b["year"]}年政府信息公开工作年度报告'])
    b['publishedAt'] = f'{b["year"] + 1}-01-{R.randint(5, 31):02d}'
    dr = R.random()
    b['density'] = 'full' if dr < 0.42 else 'sparse_blank' if dr < 0.62 else 'sparse_zero' if dr < 0.78 else 'blank3' if dr < 0.89 else 'blank4'
    b['thousands'] = R.random() < 0.15
    tmpl_for_vals = '2021' if tv == '2021' and not b['single6'] else '2019'
    ad, req, rv = gen_values({'template': tmpl_for_vals, 'density': b['density']})
    if tv == '2021' and b['single6']:
        # single （六） row in a 2021 report: active table is 2021 style
        ad, _, _ = gen_values({'template': '2021', 'density': b['density']})
    flat = flatten({'activeDisclosure': ad, 'requests': req, 'reviewLitigation': rv})
    assert not check_identities(flat, '2021' if (tv == '2021' and not b['single6']) else '2019'), b['id']
    b['tags'] = []
    # '/' cells
    if R.random() < 0.12:
        keys = [k for k in flat if k.startswith('activeDisclosure.') and flat[k] == 0]
        keys += [k for k in flat if k.startswith('reviewLitigation.') and flat[k] == 0 and not k.endswith('.total')][:2]
        for k in R.sample(keys, min(len(keys), R.randint(1, 3))):
            flat[k] = None
        if keys:
            b['tags'].append('slash')
    # printed-but-wrong totals
    if R.random() < 0.1 and b['density'] == 'full':
        r = R.choice(['newReceived', 'granted', 'totalHandled'])
        flat[f'requests.{r}.total'] += R.choice([1, -1, 10, 2])
        if flat[f'requests.{r}.total'] < 0:
            flat[f'requests.{r}.total'] += 20
        b['tags'].append('wrongtotal')
    b['flat'] = flat
    b['cells'] = {k: fmt_num(v, b, k) for k, v in flat.items()}
    b['headings'] = R.choice([
        ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'],
        ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、政府信息公开工作存在的主要问题及改进情况', '六、其他需要报告的事项'],
        ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']])
    b['prose'] = prose(b)
    return b

def golden(b):
    tv = b['template']
    return {'meta': {'title': b['title'], 'agency': b['agency'], 'year': b['year'], 'templateVersion': tv, 'publishedAt': b['publishedAt']},
            'headings': [{'key': k, 'heading': h} for k, h in zip(['overview', 'activeDisclosure', 'requests', 'reviewLitigation', 'problems', 'other'], b['headings'])],
            'data': nest(b['flat']),
            'x_fresh54': {'density': b['density'], 'tags': b['tags'], 'single6': b['single6'],
                          'blankCells': sorted(k for k, s in b['cells'].items() if s == '')}}

# ------------------------------------------------------------------ HTML rendering
def esc(s):
    return H.escape(s)

def table_rows(b):
    """the three tables as lists of rows; each cell (text, rowspan, colspan, is_header)"""
    c = b['cells']; tv = b['template']
    T = []
    # active
    A = []
    if tv == '2021':
        A.append([('第二十条第（一）项', 1, 4, 1)])
        A.append([('信息内容', 1, 1, 1), ('本年制发件数', 1, 1, 1), ('本年废止件数', 1, 1, 1), ('现行有效件数', 1, 1, 1)])
        for k, lab in [('regulations', '规章'), ('normativeDocuments', '行政规范性文件')]:
            A.append([(lab, 1, 1, 0)] + [(c[f'activeDisclosure.{k}.{x}'], 1, 1, 0) for x in ['issued', 'repealed', 'inForce']])
        A.append([('第二十条第（五）项', 1, 4, 1)])
        A.append([('信息内容', 1, 1, 1), ('本年处理决定数量', 1, 3, 1)])
        A.append([('行政许可', 1, 1, 0), (c['activeDisclosure.licensing.decisions'], 1, 3, 0)])
        A.append([('第二十条第（六）项', 1, 4, 1)])
        A.append([('信息内容', 1, 1, 1), ('本年处理决定数量', 1, 3, 1)])
        A.append([('行政处罚', 1, 1, 0), (c['activeDisclosure.punishment.decisions'], 1, 3, 0)])
        A.append([('行政强制', 1, 1, 0), (c['activeDisclosure.coercion.decisions'], 1, 3, 0)])
        A.append([('第二十条第（八）项', 1, 4, 1)])
        A.append([('信息内容', 1, 1, 1), ('本年收费金额（单位：万元）', 1, 3, 1)])
        A.append([('行政事业性收费', 1, 1, 0), (c['activeDisclosure.fees.amount'], 1, 3, 0)])
    else:
        A.append([('第二十条第（一）项', 1, 4, 1)])
        A.append([('信息内容', 1, 1, 1), ('本年新制作数量', 1, 1, 1), ('本年新公开数量', 1, 1, 1), ('对外公开总数量', 1, 1, 1)])
        for k, lab in [('regulations', '规章'), ('normativeDocuments', '规范性文件')]:
            A.append([(lab, 1, 1, 0)] + [(c[f'activeDisclosure.{k}.{x}'], 1, 1, 0) for x in ['created', 'published', 'totalPublic']])
        A.append([('第二十条第（五）项', 1, 4, 1)])
        A.append([('信息内容', 1, 1, 1), ('上一年项目数量', 1, 1, 1), ('本年增/减', 1, 1, 1), ('处理决定数量', 1, 1, 1)])
        for k, lab in [('licensing', '行政许可'), ('otherServices', '其他对外管理服务事项')]:
            A.append([(lab, 1, 1, 0)] + [(c[f'activeDisclosure.{k}.{x}'], 1, 1, 0) for x in ['prevItems', 'change', 'decisions']])
        A.append([('第二十条第（六）项', 1, 4, 1)])
        A.append([('信息内容', 1, 1, 1), ('上一年项目数量', 1, 1, 1), ('本年增/减', 1, 1, 1), ('处理决定数量', 1, 1, 1)])
        for k, lab in [('punishment', '行政处罚'), ('coercion', '行政强制')]:
            A.append([(lab, 1, 1, 0)] + [(c[f'activeDisclosure.{k}.{x}'], 1, 1, 0) for x in ['prevItems', 'change', 'decisions']])
        A.append([('第二十条第（八）项', 1, 4, 1)])
        A.append([('信息内容', 1, 1, 1), ('上一年项目数量', 1, 1, 1), ('本年增/减', 1, 2, 1)])
        A.append([('行政事业性收费', 1, 1, 0), (c['activeDisclosure.fees.prevItems'], 1, 1, 0), (c['activeDisclosure.fees.change'], 1, 2, 0)])
        A.append([('第二十条第（九）项', 1, 4, 1)])
        A.append([('信息内容', 1, 1, 1), ('采购项目数量', 1, 1, 1), ('采购总金额', 1, 2, 1)])
        A.append([('政府集中采购', 1, 1, 0), (c['activeDisclosure.procurement.items'], 1, 1, 0), (c['activeDisclosure.procurement.amount'], 1, 2, 0)])
    T.append(A)
    # requests
    Q = []
    Q.append([('本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和', 3, 3, 1), ('申请人情况', 1, 7, 1)])
    Q.append([('自然人', 2, 1, 1), ('法人或其他组织', 1, 5, 1), ('总计', 2, 1, 1)])
    Q.append([(x, 1, 1, 1) for x in ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']])
    vals = lambda r: [(c[f'requests.{r}.{x}'], 1, 1, 0) for x in COLS]
    Q.append([(LABELS['newReceived'], 1, 3, 0)] + vals('newReceived'))
    Q.append([(LABELS['carriedOver'], 1, 3, 0)] + vals('carriedOver'))
    six = OTHER3 if (tv == '2021' and not b['single6']) else ['otherHandling.combined']
    res_rows = OUT_ROWS + six + ['totalHandled']
    first = True
    for r in res_rows:
        row = []
        if first:
            row.append(('三、本年度办理结果', len(res_rows), 1, 0)); first = False
        grp = r.split('.')[0] if '.' in r else None
        if grp and grp != 'otherHandling' or r in OTHER3:
            members = [x for x in res_rows if x.startswith(grp + '.')]
            if members[0] == r:
                row.append((GROUP_LABEL[grp], len(members), 1, 0))
            row.append((LABELS[r], 1, 1, 0))
        else:
            row.append((LABELS[r], 1, 2, 0))
        Q.append(row + vals(r))
    Q.append([(LABELS['carriedForward'], 1, 3, 0)] + vals('carriedForward'))
    T.append(Q)
    V = []
    V.append([('行政复议', 1, 5, 1), ('行政诉讼', 1, 10, 1)])
    V.append([(x, 2, 1, 1) for x in RV_LABEL] + [('未经复议直接起诉', 1, 5, 1), ('复议后起诉', 1, 5, 1)])
    V.append([(x, 1, 1, 1) for x in RV_LABEL * 2])
    V.append([(c[f'reviewLitigation.{g}.{x}'], 1, 1, 0) for g in RV_GROUPS for x in RV_COLS])
    T.append(V)
    return T

def html_table(rows, look, border):
    if look == 'div':
        # div-table: flatten spans, full row labels
        out = ['<div class="tbl" style="display:table;border-collapse:collapse">']
        for row in rows:
            out.append('<div class="tr" style="display:table-row">')
            for (t, rs, cs, h) in row:
                st = 'display:table-cell;padding:2px 4px;' + ('border:1px solid #000;' if border else '')
                out.append(f'<div class="td" style="{st}">{esc(t)}</div>')
            out.append('</div>')
        out.append('</div>')
        return '\n'.join(out)
    attrs = ' border="1" cellspacing="0" cellpadding="3"' if border else ' border="0" cellspacing="0" cellpadding="3"'
    if look == 'word':
        attrs += ' class="MsoNormalTable" style="border-collapse:collapse;mso-table-layout-alt:fixed"'
    out = [f'<table{attrs}>']
    for row in rows:
        out.append('<tr>')
        for (t, rs, cs, h) in row:
            sp = (f' rowspan="{rs}"' if rs > 1 else '') + (f' colspan="{cs}"' if cs > 1 else '')
            if look == 'word':
                inner = f'<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:10.5pt;font-family:宋体">{esc(t) if t else "&nbsp;"}</span></p>'
                st = ' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"' if border else ' style="padding:0cm 5.4pt"'
                out.append(f'<td{sp}{st}>{inner}</td>')
            else:
                tag = 'th' if h and look == 'cms' else 'td'
                out.append(f'<{tag}{sp}>{esc(t)}</{tag}>')
        out.append('</tr>')
    out.append('</table>')
    return '\n'.join(out)

def body_html(b, look, border):
    ov, pr, ot = b['prose']
    hd = b['headings']
    T = table_rows(b)
    P = (lambda s: f'<p class="MsoNormal" style="text-indent:32.0pt"><span style="font-family:仿宋_GB2312">{esc(s)}</span></p>') if look == 'word' else (lambda s: f'<p>{esc(s)}</p>')
    parts = [f'<h1 style="text-align:center">{esc(b["title"])}</h1>' if look != 'word' else f'<p class="MsoNormal" align="center"><b><span style="font-size:22pt">{esc(b["title"])}</span></b></p>']
    parts.append(P(f'本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自{b["year"]}年1月1日起至{b["year"]}年12月31日止。'))
    parts.append(P(hd[0]) if look == 'word' else f'<h2>{esc(hd[0])}</h2>')
    parts += [P(s) for s in ov]
    for i in range(3):
        parts.append(P(hd[1 + i]) if look == 'word' else f'<h2>{esc(hd[1 + i])}</h2>')
        parts.append(html_table(T[i], look, border))
    parts.append(P(hd[4]) if look == 'word' else f'<h2>{esc(hd[4])}</h2>')
    parts += [P(s) for s in pr]
    parts.append(P(hd[5]) if look == 'word' else f'<h2>{esc(hd[5])}</h2>')
    parts += [P(s) for s in ot]
    parts.append(f'<p style="text-align:right">{esc(b["agency"])}</p><p style="text-align:right">{b["publishedAt"][:4]}年1月{int(b["publishedAt"][8:])}日</p>')
    return '\n'.join(parts)

def page_html(b, look, border, charset='utf-8', css=''):
    body = body_html(b, look, border)
    bcss = 'table{border-collapse:collapse} td,th{border:1px solid #000;padding:2px 4px}' if border and look == 'cms' else ''
    if look == 'cms':
        body = f'''<div class="header"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | <a href="/bsfw/">办事服务</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
<div class="side"><ul><li>政府信息公开指南</li><li>政府信息公开制度</li><li>法定主动公开内容</li><li>政府信息公开年报</li></ul></div>
<table class="meta"><tr><td>索引号：</td><td>{R.randint(10**8, 10**9)}/{b["year"] + 1}-{R.randint(100, 999):05d}</td><td>发布机构：</td><td>{esc(b["agency"])}</td></tr>
<tr><td>发布日期：</td><td>{b["publishedAt"]}</td><td>浏览次数：</td><td>{R.randint(10, 5000)}</td></tr></table>
<div class="article">{body}</div>
<div class="footer">主办单位：{esc(b["agency"])} 网站标识码：{R.randint(10**9, 10**10)} 备案号：京ICP备{R.randint(10**7, 10**8)}号 技术支持：某某科技</div>
<div class="share">分享到：微信 微博 【打印本页】【关闭窗口】</div>'''
    head = f'<meta charset="{charset}">' if R.random() < 0.5 else f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    gen = '<meta name="Generator" content="Microsoft Word 15 (filtered)">' if look == 'word' else ''
    return f'<!DOCTYPE html>\n<html><head>{head}{gen}<title>{esc(b["title"])}</title><style>{bcss}{css}</style></head><body>{body}</body></html>'

def main():
    plan = []
    PDF_DUMPS = ['pdftotext', 'pdftotext-layout', 'pdftotext-raw', 'pdftotext-fixed3', 'pdftohtml-xml', 'pdftohtml-s',
                 'pdf2txt', 'pdf2txt-L03', 'pdf2txt-A', 'pypdf', 'pdfbox', 'pdfbox-sort', 'mutool-txt']
    HTML_DUMPS = ['w3m', 'lynx', 'html2text', 'pandoc-plain', 'tagstrip']
    pd_i = 0; hd_i = 0
    counts = {}
    for i in range(N):
        b = make_base(i)
        g = golden(b)
        fl = flatten(g['data'])
        tv = '2021' if (b['template'] == '2021' and not b['single6']) else '2019'
        bad = check_identities(fl, tv)
        if 'wrongtotal' in b['tags']:
            assert bad, b['id']
        else:
            assert not bad, (b['id'], bad)
        with open(f'{ROOT}/in/golden/{b["id"]}.json', 'w') as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
        look = ['word', 'cms', 'plain', 'div'][i % 4]
        border = R.random() < 0.7 if look != 'div' else R.random() < 0.5
        gbk = R.random() < 0.2
        charset = 'gbk' if gbk else 'utf-8'
        txt = page_html(b, look, border, charset)
        hname = f'{b["id"]}__html-{look}{"-bordered" if border else "-borderless"}{"-gbk" if gbk else ""}.html'
        with open(f'{ROOT}/build/html/{hname}', 'wb') as f:
            f.write(txt.encode('gbk' if gbk else 'utf-8'))
        # print html
        size = R.choice(['A4', 'A4', 'A5', 'Letter', 'A4 landscape', 'A5 landscape'])
        fs = R.randint(9, 16)
        pborder = R.random() < 0.65
        # miner55: the one-page-table kind (a page of cell boxes): Letter / A4 at 9-11 pt, ruled (env DENSE=1)
        if os.environ.get('DENSE'):
            size = ['A4', 'Letter'][i % 2]; fs = 9 + i % 3; pborder = True
        plook = R.choice(['plain', 'word'])
        css = f'@page{{size:{size};margin:{R.choice([10, 15, 20])}mm}} body{{font-family:"Noto Serif CJK SC","WenQuanYi Zen Hei",serif;font-size:{fs}pt}} td{{font-size:{max(8, fs - 2)}pt}}'
        ptxt = page_html(b, plook, pborder, 'utf-8', css)
        with open(f'{ROOT}/build/print/{b["id"]}.html', 'w') as f:
            f.write(ptxt)
        r = i % 10
        printer = 'chromium'
        pinfo = f'{printer}-{size.replace(" ", "-")}-{fs}pt-{"bordered" if pborder else "borderless"}'
        # dumps
        pdumps = ['pdf2txt', 'pdf2txt-L03', 'pdf2txt-A']
        hdumps = []
        with open(f'{ROOT}/build/base/{b["id"]}.json', 'w') as f:
            json.dump(b, f, ensure_ascii=False)
        plan.append({'id': b['id'], 'html': hname, 'printer': printer, 'pinfo': pinfo, 'pdumps': pdumps, 'hdumps': hdumps,
                     'docx': printer == 'lo-docx', 'scan': False, 'density': b['density'], 'template': b['template']})
        counts[b['density']] = counts.get(b['density'], 0) + 1
    with open(f'{ROOT}/build/plan.json', 'w') as f:
        json.dump(plan, f, indent=0)
    print('bases', N, counts, 'docs approx', sum(2 + len(p['pdumps']) + len(p['hdumps']) + p['docx'] + p['scan'] for p in plan))

if __name__ == '__main__':
    main()
