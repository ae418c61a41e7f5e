/**
 * @file A minimal ZIP and .docx writer for hostile inputs, shared by the fuzzer (scripts/fuzz-shapes.mjs)
 * and the tests (test/helpers/zip.ts).
 */
import { deflateRawSync } from 'node:zlib';

/**
 * A minimal ZIP writer: entries deflated (or stored), sizes declared as given (a bomb lies).
 * @param {{ name: string; data: Buffer; declared?: number; store?: boolean }[]} entries
 * @returns {Buffer}
 */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = e.store ? e.data : deflateRawSync(e.data);
    const method = e.store ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.declared ?? e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(e.declared ?? e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/**
 * A Word document whose body is `body` (WordprocessingML), plus `extra` entries; `declared` is the
 * size the headers give for word/document.xml.
 * @param {string | Buffer} body
 * @param {{ name: string; data: Buffer; declared?: number; store?: boolean }[]} [extra]
 * @param {number} [declared]
 * @returns {Buffer}
 */
export function docx(body, extra = [], declared) {
  const xml = Buffer.concat([
    Buffer.from('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'),
    Buffer.isBuffer(body) ? body : Buffer.from(body),
    Buffer.from('</w:body></w:document>'),
  ]);
  return zip([{ name: '[Content_Types].xml', data: Buffer.from(TYPES) }, { name: '_rels/.rels', data: Buffer.from(RELS) }, { name: 'word/document.xml', data: xml, ...(declared !== undefined ? { declared } : {}) }, ...extra]);
}
