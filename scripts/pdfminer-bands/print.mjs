// print build/print/<id>.html with Chromium (playwright-core from this checkout) for plan entries with printer=chromium; MROOT = the output dir (mk.sh)
import { chromium } from 'playwright-core';
import fs from 'node:fs';
const plan = JSON.parse(fs.readFileSync(process.env.MROOT + '/build/plan.json', 'utf8'));
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage();
for (const e of plan) {
  if (e.printer !== 'chromium') continue;
  const out = `${process.env.MROOT}/build/pdf/${e.id}.pdf`;
  if (fs.existsSync(out)) continue;
  await p.goto(`file://${process.env.MROOT}/build/print/${e.id}.html`);
  await p.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
  process.stdout.write(e.id + ' ');
}
await b.close();
