/**
 * A jest reporter that records each suite's CPU time (this process and the child processes it
 * waited for, from /proc/self/stat) and wall time, for finding where `npm test` spends its time:
 *   node --experimental-vm-modules node_modules/jest/bin/jest.js --ci --maxWorkers=1 \
 *     --reporters default --reporters ./scripts/jest-cpu-reporter.cjs [test/X.test.ts …]
 * With --maxWorkers=1 the suites run in this process, so the times are per suite. Writes
 * $JEST_CPU_OUT (default .tmp/jest-cpu.json) after each suite: [{ path, self, kids, wall, n, fail, skip }].
 * Linux only (/proc).
 */
const fs = require('fs');
function cpu() {
  const s = fs.readFileSync('/proc/self/stat', 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  // fields after ')' start at index 3 (state) -> utime=14,stime=15,cutime=16,cstime=17 (1-based) -> offsets 11..14
  const t = f.slice(11, 15).map(Number);
  return { self: (t[0] + t[1]) / 100, kids: (t[2] + t[3]) / 100 };
}
class CpuReporter {
  constructor(g, o) {
    this.out = (o && o.out) || process.env.JEST_CPU_OUT || '.tmp/jest-cpu.json';
    fs.mkdirSync(require('path').dirname(this.out), { recursive: true });
    this.rows = [];
    this.starts = new Map();
  }
  onTestFileStart(test) { this.starts.set(test.path, { c: cpu(), t: Date.now() }); }
  onTestStart(test) { if (!this.starts.has(test.path)) this.starts.set(test.path, { c: cpu(), t: Date.now() }); }
  onTestResult(test, r) {
    const s = this.starts.get(test.path); const e = cpu();
    this.rows.push({ path: test.path.replace(/.*\/test\//, ''), self: +(e.self - s.c.self).toFixed(2), kids: +(e.kids - s.c.kids).toFixed(2), wall: (Date.now() - s.t) / 1000, n: r.numPassingTests, fail: r.numFailingTests, skip: r.numPendingTests });
    fs.writeFileSync(this.out, JSON.stringify(this.rows, null, 1));
  }
  onRunComplete() { fs.writeFileSync(this.out, JSON.stringify(this.rows, null, 1)); }
}
module.exports = CpuReporter;
