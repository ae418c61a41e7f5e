#!/usr/bin/env node
/**
 * @file Plain `pdftotext` (no -layout) of reports drafted as Word files and printed by LibreOffice
 * (issue 15, kind 'values before their labels'): a template report (2019 or 2021 template, 合并 rows
 * or not, counts of 2, 3 or 4 digits by seed, zeros blank in one seed of three, CMS or Word-style
 * page) rendered to HTML, turned into a .docx by LibreOffice (`lo`) or by pandoc (`pandoc`), given
 * a Word draft's page furniture (a page-number footer '1' / '- 1 -' / '第 1 页 共 3 页' or none, a
 * running header by seed; A4, B5 or Letter paper, margins 0.6–1.25 in), the .docx printed to PDF by LibreOffice (`soffice --convert-to pdf`), and that PDF dumped by plain
 * `pdftotext` (one cell per line; in tables 二/三/四 poppler often writes a row's values before its
 * label, wrapped labels split over lines, column headers as blocks, page furniture between pages).
 *
 * Writes OUT/s<seed>-v<0|1>-plain.txt (v0 = LibreOffice's .docx, v1 = pandoc's) and beside each a
 * `.json` truth ({ version, combined, scale, blank, via, data }: the values chosen here, never the
 * extractor's), the layout `scripts/score-dumps.mjs` scores (`--modes plain`; its W .8–.9 column is
 * the band of wrongs this kind printed at 0.85–0.95 before).
 *
 *   nice node scripts/docx-plain-variants.mjs [--seeds 1..12] [--out /tmp/docx-plain] [--via lo,pandoc] [--cut]
 *   nice node scripts/score-dumps.mjs /tmp/docx-plain --modes plain [--misses]
 *
 * Seeds 1..12 are the dev seeds looked at while fixing (2026-12-05, plaindocx46); 101..112 held out
 * (scored only). plain48 (2026-12-05): dev 1..12 again, held out 601..612 (scored only). PDFs are kept beside the dumps (s<seed>-v<k>.pdf) and reused on the next run.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedRange, stringArg } from './cli-args.mjs';
import { activeTable, H, NARRATIVE, requestTable, reviewTable } from './make-samples.mjs';
import { libreofficePdf, sofficeConvert } from './print-pdf.mjs';
import { renderHtml } from './render-html.mjs';
import { makeValues, rng } from './template-data.mjs';

const [from, to] = seedRange('1..12');
const OUT = stringArg('out', '/tmp/docx-plain');
const VIA = stringArg('via', 'lo,pandoc').split(',');
const CUT = process.argv.includes('--cut');
/** Table 二's one-value rows of the 2021 template, by label. */
const ONE_VALUE_ROWS = ['行政许可', '行政处罚', '行政强制', '行政事业性收费'];

/**
 * `--cut`: each one-value row of table 二 as a page break cuts it — the label, the footer's bare page count
 * '1', a form feed, a running header without digits, then the value — written as s<seed>-v<k>-c<i>-plain.txt
 * (the generator's own prints rarely break a page there; the tester's did).
 */
function cutRows(text) {
  return ONE_VALUE_ROWS.map((label) => {
    const m = new RegExp(`(^|\\n)${label}\\n\\n(-?[\\d.]+)\\n\\n`).exec(text);
    return m ? text.replace(m[0], `${m[1]}${label}\n\n1\n\n\f某某市人民政府办公室\n\n${m[2]}\n\n`) : null;
  }).filter((t) => t !== null);
}
/** ms. One LibreOffice conversion on a loaded machine. */
const SOFFICE_TIMEOUT = 240_000;

/** The seed's report: values, template version, the page's HTML. */
export function docxPlainVariant(seed) {
  const r = rng(seed * 7919 + 46);
  const version = r() < 0.5 ? '2021' : '2019';
  const combined = version === '2019' || r() < 0.25;
  const scale = [30, 300, 3000][Math.floor(r() * 3)];
  const blank = r() < 1 / 3;
  const data = makeValues(seed * 31 + 5, { version, combined, scale });
  const tables = { activeDisclosure: activeTable(data, version), requests: requestTable(data, combined), reviewLitigation: reviewTable(data) };
  const agency = `测试市第${seed}局`;
  const html = renderHtml({
    title: `${agency}${version === '2019' ? 2020 : 2024}年政府信息公开工作年度报告`, agency, published: version === '2019' ? '2021-01-20' : '2025-01-20', tables, narrative: NARRATIVE, headings: H,
    style: r() < 0.5 ? 'cms' : 'word', print: { noChrome: true }, crawled: blank ? { blankZeros: true } : undefined,
  });
  const furniture = { footer: pick(r, ['page', 'dash', 'of', 'none']), header: r() < 0.4, paper: pick(r, Object.keys(PAPERS)), margin: pick(r, [900, 1440, 1800]) };
  return { version, combined, scale, blank, furniture, agency, data, html };
}

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
/** Page sizes (twips): A4, B5 (JIS), Letter. */
const PAPERS = { a4: [11906, 16838], b5: [10319, 14572], letter: [12240, 15840] };
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const run = (t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const PAGE = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
const NUMPAGES = PAGE.replace(' PAGE ', ' NUMPAGES ');
const FOOTERS = { page: PAGE, dash: `${run('- ')}${PAGE}${run(' -')}`, of: `${run('第 ')}${PAGE}${run(' 页 共 ')}${NUMPAGES}${run(' 页')}` };
const part = (tag, body) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${tag} xmlns:w="${W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${body}</w:p></w:${tag}>`;

/**
 * Page furniture a Word draft carries and the HTML did not: a footer with the page number ('1',
 * '- 1 -', '第 1 页 共 3 页'), a running header (the agency's name), the paper and margins — so
 * pdftotext writes them between the table rows a page break cuts.
 */
async function furnish(docx, { footer, header, paper, margin }, agency) {
  const zip = await JSZip.loadAsync(readFileSync(docx));
  const refs = [];
  const rels = await zip.file('word/_rels/document.xml.rels').async('string');
  let addRels = '';
  let types = await zip.file('[Content_Types].xml').async('string');
  const add = (kind, body) => {
    zip.file(`word/${kind}46.xml`, part(kind === 'footer' ? 'ftr' : 'hdr', body));
    addRels += `<Relationship Id="rId${kind}46" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}" Target="${kind}46.xml"/>`;
    types = types.replace('</Types>', `<Override PartName="/word/${kind}46.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml"/></Types>`);
    refs.push(`<w:${kind}Reference w:type="default" r:id="rId${kind}46"/>`);
  };
  if (header) add('header', run(agency));
  if (footer !== 'none') add('footer', FOOTERS[footer]);
  zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>', `${addRels}</Relationships>`));
  zip.file('[Content_Types].xml', types);
  const [w, h] = PAPERS[paper];
  const sect = `<w:sectPr>${refs.join('')}<w:pgSz w:w="${w}" w:h="${h}"/><w:pgMar w:top="${margin}" w:right="${margin}" w:bottom="${margin}" w:left="${margin}" w:header="600" w:footer="600" w:gutter="0"/></w:sectPr>`;
  const doc = (await zip.file('word/document.xml').async('string')).replace(/<w:sectPr\b[^>]*\/>|<w:sectPr\b[\s\S]*?<\/w:sectPr>/g, '');
  zip.file('word/document.xml', doc.replace('</w:body>', `${sect}</w:body>`));
  writeFileSync(docx, await zip.generateAsync({ type: 'nodebuffer' }));
}

const soffice = (dir, filter, file) => sofficeConvert(dir, filter, file, SOFFICE_TIMEOUT);

/** The page → .docx (LibreOffice Writer/Web or pandoc) → PDF printed by LibreOffice, written to `pdf`. */
async function printDocx(v, via, pdf) {
  const { html } = v;
  const d = mkdtempSync(join(tmpdir(), 'xxgk-docx-plain-'));
  try {
    const docx = join(d, 'report.docx');
    if (via === 'lo') libreofficePdf(html, docx, { to: 'docx' });
    else {
      writeFileSync(join(d, 'page.html'), html);
      execFileSync('pandoc', ['-f', 'html', '-t', 'docx', '-o', docx, join(d, 'page.html')], { stdio: 'ignore' });
    }
    await furnish(docx, v.furniture, v.agency);
    soffice(d, 'pdf', docx);
    copyFileSync(join(d, 'report.pdf'), pdf);
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
}

mkdirSync(OUT, { recursive: true });
for (let seed = from; seed <= to; seed++) {
  const v = docxPlainVariant(seed);
  for (const via of VIA) {
    const k = via === 'lo' ? 0 : 1;
    const pdf = join(OUT, `s${seed}-v${k}.pdf`);
    if (!existsSync(pdf)) await printDocx(v, via, pdf);
    const txt = join(OUT, `s${seed}-v${k}-plain.txt`);
    execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, txt]);
    const { html: _html, ...truth } = v;
    writeFileSync(`${txt}.json`, JSON.stringify({ ...truth, via }));
    if (CUT) cutRows(readFileSync(txt, 'utf8')).forEach((cut, i) => {
      const name = join(OUT, `s${seed}-v${k}-c${i}-plain.txt`);
      writeFileSync(name, cut);
      writeFileSync(`${name}.json`, JSON.stringify({ ...truth, via, cut: i }));
    });
    console.log(`s${seed}-v${k} ${via} ${v.version}${v.combined ? ' combined' : ''} scale ${v.scale}${v.blank ? ' blank zeros' : ''} ${JSON.stringify(v.furniture)}`);
  }
}
