#!/usr/bin/env python3
"""Score an extraction run of the fresh54 set against its goldens.

Usage:  python3 /tmp/fresh54/score.py TAG [TAG2] [--all-wrong] [--examples N]
  TAG       reads /tmp/fresh54/out/TAG/**/results.jsonl (what run.sh writes); the last line for a file wins
  TAG2      also scores TAG2 and prints a diff: fields that became wrong / became right from TAG to TAG2
  --all-wrong   print every wrong field (any confidence), not just those at >= 0.8

Per field: right / wrong (by confidence band >= 0.9, 0.8-0.9, < 0.8) / missing (value null or absent while the golden
has a value, or the document failed).  'unknowable' = fields in a printed row that mixes blank and non-blank cells,
in a dump whose format drops blank cells (their positions are lost); reported in their own column and excluded from
the main numbers.  Fields of a wholly blank table (density blank3 / blank4) are shown with and without.
Also writes out/TAG/score.json and out/TAG/fields.tsv (one line per doc x field)."""
import json, os, sys, glob, collections

ROOT = os.path.dirname(os.path.abspath(__file__))
LOSSY = {'pdftotext', 'pdftotext-raw', 'pdftohtml-s', 'pdf2txt', 'pdf2txt-L03', 'pdf2txt-A', 'pypdf', 'pdfbox',
         'pdfbox-sort', 'mutool-txt', 'tagstrip'}
HTML_DUMPS = {'w3m', 'lynx', 'html2text', 'pandoc-plain'}
META = ['title', 'agency', 'year', 'templateVersion']

def flatten(d, pre=''):
    out = {}
    for k, v in (d or {}).items():
        if isinstance(v, dict):
            out.update(flatten(v, pre + k + '.'))
        else:
            out[pre + k] = v
    return out

def load_manifest():
    m = {}
    p = f'{ROOT}/in/manifest.tsv'
    if os.path.exists(p):
        lines = open(p, encoding='utf-8').read().splitlines()
        hdr = lines[0].split('\t')
        for ln in lines[1:]:
            r = dict(zip(hdr, ln.split('\t')))
            m[r['file']] = r
    # documents not (yet) in the manifest: category and kind from the file name
    HD = {'w3m', 'lynx', 'html2text', 'pandoc-plain', 'tagstrip'}
    plan = {}
    if os.path.exists(f'{ROOT}/build/plan.json'):
        plan = {e['id']: e for e in json.load(open(f'{ROOT}/build/plan.json'))}
    for fn in os.listdir(f'{ROOT}/in/docs'):
        if fn in m or '__' not in fn:
            continue
        gid, rest = fn.split('__', 1)
        stem = rest.rsplit('.', 1)[0]
        e = plan.get(gid, {})
        if stem.startswith('dump-'):
            k = stem[5:]; cat = 'dump-html' if k in HD else 'dump-pdf'
        elif stem.startswith('html-'):
            k = stem; cat = 'html'
        elif stem.startswith('scan-'):
            k = stem; cat = 'scan'
        elif stem.startswith('docx'):
            k = stem; cat = 'docx'
        else:
            k = e.get('printer', stem.split('-')[0]); cat = 'pdf'
        m[fn] = {'file': fn, 'id': gid, 'category': cat, 'kind': k, 'printer': e.get('printer', ''),
                 'source': e.get('html', '') if cat == 'dump-html' else e.get('pinfo', ''), 'density': e.get('density', ''),
                 'template': e.get('template', '')}
    return m

def load_results(tag):
    res = {}
    files = sorted(glob.glob(f'{ROOT}/out/{tag}/**/results.jsonl', recursive=True))
    if not files:
        sys.exit(f'no results.jsonl under {ROOT}/out/{tag}')
    for f in files:
        for ln in open(f, encoding='utf-8'):
            ln = ln.strip()
            if not ln:
                continue
            try:
                r = json.loads(ln)
            except Exception:
                continue
            name = os.path.basename(r.get('file') or r.get('report', {}).get('source', {}).get('name', ''))
            res[name] = r
            if r.get('sha256'):
                res['sha256:' + r['sha256']] = r
    return res

def row_of(key):
    p = key.split('.')
    if p[0] == 'reviewLitigation':
        return 'reviewLitigation'          # the 15 cells are printed as one row
    return '.'.join(p[:-1])

def unknowable_keys(gold, mrow):
    """keys whose value cannot be told apart in a dump that drops blank cells"""
    kind = mrow.get('kind', '')
    lossy = kind in LOSSY or (kind in HTML_DUMPS and '-div' in mrow.get('source', ''))
    if not lossy:
        return set()
    blanks = set(gold.get('x_fresh54', {}).get('blankCells', []))
    flat = flatten(gold['data'])
    rows = collections.defaultdict(list)
    for k in flat:
        rows[row_of(k)].append(k)
    out = set()
    for r, ks in rows.items():
        nb = sum(k in blanks for k in ks)
        if 0 < nb < len(ks) and len(ks) > 1:
            out.update(ks)
    return out

def band(c):
    if c is None:
        return 'wrong<0.8'
    return 'wrong>=0.9' if c >= 0.9 else 'wrong0.8-0.9' if c >= 0.8 else 'wrong<0.8'

def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-6
    return str(a).strip() == str(b).strip()

def score(tag):
    man = load_manifest()
    res = load_results(tag)
    goldens = {}
    rows = []   # (file, id, category, kind, density, key, status, value, golden, conf, unknowable, blanktable)
    docs = []
    for fname in sorted(os.listdir(f'{ROOT}/in/docs')):
        if fname not in man:
            continue
        m = man[fname]
        gid = m['id']
        if gid not in goldens:
            goldens[gid] = json.load(open(f'{ROOT}/in/golden/{gid}.json', encoding='utf-8'))
        gold = goldens[gid]
        r = res.get(fname)
        if r is None:   # batch skips a file whose content equals another's ("same content as another file")
            import hashlib
            r = res.get('sha256:' + hashlib.sha256(open(f'{ROOT}/in/docs/{fname}', 'rb').read()).hexdigest())
        if r is None:
            docs.append((fname, 'not-run', ''))
            continue
        ok = bool(r.get('ok')) and 'report' in r
        err = '' if ok else (r.get('error', {}) or {}).get('code', str(r.get('error', 'failed'))[:40]) if isinstance(r.get('error'), dict) else (r.get('code') or str(r.get('error'))[:40])
        docs.append((fname, 'ok' if ok else 'failed', err))
        rep = r.get('report', {}) if ok else {}
        data = flatten(rep.get('data', {}))
        fields = rep.get('fields', {})
        unk = unknowable_keys(gold, m)
        dens = gold.get('x_fresh54', {}).get('density', m.get('density'))
        blanks = set(gold.get('x_fresh54', {}).get('blankCells', []))
        gflat = flatten(gold['data'])
        wholly_blank = {t for t in ('activeDisclosure', 'requests', 'reviewLitigation')
                        if all(k in blanks for k in gflat if k.startswith(t + '.'))}
        for k, g in flatten(gold['data']).items():
            v = data.get(k)
            c = (fields.get(k) or {}).get('confidence')
            if not ok:
                st = 'missing'
            elif same(v, g):
                st = 'right'
            elif v is None:
                st = 'missing'
            else:
                st = band(c)
            bt = k.split('.')[0] in wholly_blank
            rows.append((fname, gid, m['category'], m['kind'], dens, k, st, v, g, c, k in unk, bt))
        meta = rep.get('meta', {}) if ok else {}
        mf = rep.get('metaFields', {}) if ok else {}
        for k in META:
            g = gold['meta'].get(k); v = meta.get(k)
            c = (mf.get(k) or {}).get('confidence') if isinstance(mf.get(k), dict) else None
            if c is None and ok and v is not None:
                c = 1.0 if k == 'templateVersion' else None
            st = 'missing' if (not ok or v is None) and g is not None else 'right' if same(v, g) else band(c)
            rows.append((fname, gid, m['category'], m['kind'], dens, 'meta.' + k, st, v, g, c, False, False))
    return rows, docs

COLS = ['right', 'wrong>=0.9', 'wrong0.8-0.9', 'wrong<0.8', 'missing']

def table(rows, keyf, title, min_n=0):
    agg = collections.defaultdict(collections.Counter)
    unk = collections.defaultdict(collections.Counter)
    ndoc = collections.defaultdict(set)
    for r in rows:
        k = keyf(r)
        if k is None:
            continue
        ndoc[k].add(r[0])
        (unk if r[10] else agg)[k][r[6]] += 1
    print(f'\n== {title}')
    print(f'{"group":28s} {"docs":>5s} {"fields":>7s} ' + ' '.join(f'{c:>12s}' for c in COLS) + '   unknowable(right/wrong/missing)')
    for k in sorted(agg, key=lambda x: str(x)):
        a = agg[k]; n = sum(a.values())
        if n < min_n:
            continue
        u = unk[k]
        uw = sum(v for kk, v in u.items() if kk.startswith('wrong'))
        print(f'{str(k):28s} {len(ndoc[k]):5d} {n:7d} ' + ' '.join(f'{a[c]:6d} {100 * a[c] / n:4.1f}%' for c in COLS) +
              (f'   {u["right"]}/{uw}/{u["missing"]}' if u else ''))

def report(tag, rows, docs, all_wrong=False):
    st = collections.Counter(d[1] for d in docs)
    print(f'##### {tag}: documents {len(docs)}  ok {st["ok"]}  failed {st["failed"]}  not run {st["not-run"]}')
    fails = collections.Counter((d[2], d[0].split('__')[1].rsplit('.', 1)[0]) for d in docs if d[1] == 'failed')
    if fails:
        print('failed documents by error and kind:', ', '.join(f'{e} {k}×{n}' for (e, k), n in fails.most_common()))
    data = [r for r in rows if not r[5].startswith('meta.')]
    ran = {d[0] for d in docs if d[1] != 'not-run'}
    data = [r for r in data if r[0] in ran]
    table(data, lambda r: 'ALL', 'table fields, all')
    table(data, lambda r: None if r[11] else 'ALL excl. blank tables', 'table fields, excluding wholly blank tables')
    table(data, lambda r: r[2], 'by category')
    table(data, lambda r: r[3], 'by kind')
    table(data, lambda r: r[4], 'by density')
    table(data, lambda r: r[5].split('.')[0], 'by table')
    table([r for r in rows if r[5].startswith('meta.') and r[0] in ran], lambda r: r[5], 'meta fields')
    table([r for r in rows if r[5].startswith('meta.') and r[0] in ran], lambda r: r[2], 'meta fields by category')
    hi = [r for r in rows if r[6] in (('wrong>=0.9', 'wrong0.8-0.9') if not all_wrong else ('wrong>=0.9', 'wrong0.8-0.9', 'wrong<0.8'))]
    print(f'\n== every wrong value at >= 0.8 ({len(hi)})' if not all_wrong else f'\n== every wrong value ({len(hi)})')
    print('doc\tkey\tvalue\tgolden\tconfidence\tunknowable')
    for r in sorted(hi, key=lambda r: (r[0], r[5])):
        print(f'{r[0]}\t{r[5]}\t{r[7]}\t{r[8]}\t{r[9]}\t{"U" if r[10] else ""}')
    # loss groups: (kind, table/row family, status kind)
    loss = collections.defaultdict(list)
    for r in data:
        if r[6] != 'right' and not r[10] and not r[11]:
            fam = r[5].split('.')[0]
            loss[(r[3], fam, r[4], 'missing' if r[6] == 'missing' else 'wrong')].append(r[0])
    print('\n== biggest loss groups (kind, table, density, wrong/missing; wholly blank tables and unknowable left out): fields, docs, examples')
    for k, v in sorted(loss.items(), key=lambda kv: -len(kv[1]))[:30]:
        ex = list(dict.fromkeys(v))
        print(f'{len(v):6d} {len(ex):4d}  {k[0]:24s} {k[1]:17s} {k[2]:13s} {k[3]:8s} {", ".join(ex[:3])}')
    okdocs = {d[0] for d in docs if d[1] == 'ok'}
    tot = collections.Counter(r[0] for r in data if not r[11]); mis = collections.Counter(r[0] for r in data if not r[11] and r[6] == 'missing')
    empty = sorted(d for d in okdocs if tot[d] and mis[d] >= 0.9 * tot[d])
    print(f'\n== extracted without error but >= 90% of the (non-blank-table) fields missing: {len(empty)}')
    print('  ' + ', '.join(empty))
    # per-document losses
    per = collections.Counter(r[0] for r in data if r[6] != 'right' and not r[10])
    print('\n== documents with most lost fields:', ', '.join(f'{d} {n}' for d, n in per.most_common(15)))

def main():
    a = [x for x in sys.argv[1:] if not x.startswith('--')]
    all_wrong = '--all-wrong' in sys.argv
    if not a:
        sys.exit(__doc__)
    tag = a[0]
    rows, docs = score(tag)
    report(tag, rows, docs, all_wrong)
    os.makedirs(f'{ROOT}/out/{tag}', exist_ok=True)
    with open(f'{ROOT}/out/{tag}/fields.tsv', 'w', encoding='utf-8') as f:
        f.write('doc\tid\tcategory\tkind\tdensity\tkey\tstatus\tvalue\tgolden\tconfidence\tunknowable\tblankTable\n')
        for r in rows:
            f.write('\t'.join(str(x) for x in r) + '\n')
    if len(a) > 1:
        tag2 = a[1]
        rows2, docs2 = score(tag2)
        print('\n\n')
        report(tag2, rows2, docs2, all_wrong)
        A = {(r[0], r[5]): r for r in rows}
        B = {(r[0], r[5]): r for r in rows2}
        ran = {d[0] for d in docs if d[1] != 'not-run'} & {d[0] for d in docs2 if d[1] != 'not-run'}
        worse = []; better = []
        for k in A:
            if k not in B or k[0] not in ran:
                continue
            ra, rb = A[k][6], B[k][6]
            if rb.startswith('wrong') and not ra.startswith('wrong'):
                worse.append((A[k], B[k]))
            if ra != 'right' and rb == 'right':
                better.append((A[k], B[k]))
        print(f'\n##### diff {tag} -> {tag2} on {len(ran)} documents run in both: became wrong {len(worse)}, became right {len(better)}')
        print('became wrong: doc\tkey\twas(status,value)\tnow(value,conf)\tgolden')
        for x, y in sorted(worse, key=lambda p: (p[0][0], p[0][5])):
            print(f'  {x[0]}\t{x[5]}\t{x[6]},{x[7]}\t{y[7]},{y[9]}\t{x[8]}')
        bt = collections.Counter((x[3], x[6]) for x, y in better)
        print('became right by (kind, was):', ', '.join(f'{k[0]}/{k[1]}×{n}' for k, n in bt.most_common()))
        print('became right (first 200): doc\tkey\twas\tgolden')
        for x, y in sorted(better, key=lambda p: (p[0][0], p[0][5]))[:200]:
            print(f'  {x[0]}\t{x[5]}\t{x[6]},{x[7]}\t{x[8]}')

if __name__ == '__main__':
    main()
