// mutool run nup.js MODE in.pdf out.pdf   MODE: 2up (two pages side by side on a landscape sheet) | turn (each page's content turned 90° on a portrait sheet, no /Rotate) | turn2 (only page 2 turned)
var mode = scriptArgs[0], src = new PDFDocument(scriptArgs[1]), dst = new PDFDocument();
function xobj(i) {
  var p = src.findPage(i);
  var mb = p.get('MediaBox'); var w = mb.get(2).valueOf(), h = mb.get(3).valueOf();
  var res = dst.graftObject(p.get('Resources'));
  var c = p.get('Contents'); var buf;
  if (c.isArray()) { var parts = []; for (var k = 0; k < c.length; k++) parts.push(c.get(k).readStream()); buf = parts.join('\n'); }
  else buf = c.readStream();
  var x = dst.addStream(buf, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, w, h], Resources: res });
  return { x: x, w: w, h: h };
}
var n = src.countPages();
if (mode === '2up') {
  for (var i = 0; i < n; i += 2) {
    var a = xobj(i), b = i + 1 < n ? xobj(i + 1) : null;
    var W = 842, H = 595, s = Math.min((W / 2) / a.w, H / a.h);
    var res = dst.addObject({ XObject: b ? { A: a.x, B: b.x } : { A: a.x } });
    var cs = 'q ' + s + ' 0 0 ' + s + ' 0 0 cm /A Do Q' + (b ? ' q ' + s + ' 0 0 ' + s + ' ' + (W / 2) + ' 0 cm /B Do Q' : '');
    dst.insertPage(-1, dst.addPage([0, 0, W, H], 0, res, cs));
  }
} else {
  for (var i = 0; i < n; i++) {
    var a = xobj(i);
    var turn = mode === 'turnrot' || mode === 'turn' || mode === 'turncw' || (mode === 'turn2' && i === 1) || (mode === 'turncw2' && i === 1);
    var res = dst.addObject({ XObject: { A: a.x } });
    if (!turn) { dst.insertPage(-1, dst.addPage([0, 0, a.w, a.h], 0, res, 'q /A Do Q')); continue; }
    // content turned 90° counter-clockwise onto a page h wide, w high: (x,y) -> (h - y, x)
    var cs = /cw/.test(mode) ? 'q 0 -1 1 0 0 ' + a.w + ' cm /A Do Q' : 'q 0 1 -1 0 ' + a.h + ' 0 cm /A Do Q';
    dst.insertPage(-1, dst.addPage([0, 0, a.h, a.w], mode === 'turnrot' ? 90 : 0, res, cs));
  }
}
dst.save(scriptArgs[2]);
