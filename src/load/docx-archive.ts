/**
 * @file What a .docx (or an .xlsx: the same Office ZIP, read by exceljs) may unpack to, checked
 * before anything inflates it (mammoth reads the whole archive): the number of entries, their declared and their actual inflated sizes (a header may
 * lie), and the number of XML elements (mammoth builds a DOM of every one: 150 MB of `<w:p/>`,
 * 240 KB zipped, exhausted a 2 GB heap). Over a limit → E_TOO_LARGE naming it; a ZIP that cannot
 * be walked → E_DECODE. Entries are inflated one at a time with an output cap, so a bomb costs at
 * most the limit.
 */
import { inflateRawSync } from 'node:zlib';
import { XxgkError } from '../errors.js';

/** Entries. A Word document has 10–200 (parts, images, relationships). */
export const MAX_DOCX_ENTRIES = 10_000;
/** bytes, all entries inflated, as declared and as they actually inflate. Reports with photos come to tens of MiB. */
export const MAX_DOCX_UNPACKED = 200 * 1024 * 1024;
/** bytes of XML parts (what mammoth parses) inflated. A report's document.xml is 0.1–5 MiB. */
export const MAX_DOCX_XML = 64 * 1024 * 1024;
/**
 * XML elements over all parts. A report's document.xml has 10 000–100 000 (Word's run markup
 * included; the LibreOffice sample 7 700). mammoth costs ~10 µs per element (and builds a DOM of
 * each): 200 000 is a few seconds (minutes on a loaded machine: a fuzzed 205 000 ran out 25 s).
 */
export const MAX_DOCX_ELEMENTS = 200_000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  declared: number;
  offset: number;
}

/** The file checked, as messages name it: its name and its kind ('.docx', '.xlsx'). */
interface Checked {
  name: string;
  kind: string;
}

function damaged(file: Checked, why: string): XxgkError {
  return new XxgkError('E_DECODE', `${file.name}: not a readable ${file.kind} (damaged ZIP: ${why})`);
}

/** The central directory's entries (what JSZip, under mammoth, reads too). */
function entries(buf: Buffer, file: Checked): Entry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(file, 'no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw damaged(file, 'ZIP64, which Word does not write');
  if (count > MAX_DOCX_ENTRIES) throw tooLarge(file, `${count} entries`, `${MAX_DOCX_ENTRIES} entries`);
  const out: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL) throw damaged(file, 'central directory cut or out of place');
    const nameLen = buf.readUInt16LE(at + 28);
    out.push({
      name: buf.toString('utf8', at + 46, at + 46 + nameLen),
      method: buf.readUInt16LE(at + 10),
      compressed: buf.readUInt32LE(at + 20),
      declared: buf.readUInt32LE(at + 24),
      offset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out;
}

function tooLarge(file: Checked, what: string, limit: string): XxgkError {
  return new XxgkError('E_TOO_LARGE', `${file.name}: the ${file.kind} unpacks to ${what}, more than the limit of ${limit}`);
}

/** XML elements in a part ('<' not followed by '/', '?' or '!'), counted up to just past `stop`. */
function countElements(xml: Buffer, stop: number): number {
  let n = 0;
  for (let i = xml.indexOf(0x3c); i >= 0 && n <= stop; i = xml.indexOf(0x3c, i + 1)) {
    const c = xml[i + 1];
    if (c !== undefined && c !== 0x2f && c !== 0x3f && c !== 0x21) n++;
  }
  return n;
}

/** An entry's bytes inflated, at most `room` of them (E_TOO_LARGE past it, whatever its header declares). */
function inflated(data: Buffer, e: Entry, room: number, file: Checked, limit: string): Buffer {
  const over = (): XxgkError => tooLarge(file, `more than ${limit} (inflated)`, limit);
  if (e.method === 0) {
    if (data.length > room) throw over();
    return data;
  }
  if (e.method !== 8) throw damaged(file, `entry ${e.name} uses compression method ${e.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, room) });
  } catch (cause) {
    if ((cause as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw over();
    throw damaged(file, `entry ${e.name} does not inflate`);
  }
}

/** The folder an Office document's parts stand in, by kind: a ZIP with no entry in it is another archive. */
const PART_FOLDER: Record<string, string> = { '.docx': 'word/', '.xlsx': 'xl/' };
/** The package relationships, which name the main part of any Office document. */
const PACKAGE_RELS = '_rels/.rels';
/** Entry names quoted when an archive is not an Office document. */
const MAX_QUOTED_ENTRIES = 3;

/**
 * A sound ZIP named .docx (.xlsx) holding none of a Word (Excel) document's parts — a folder of files
 * zipped and named .docx, a report PDF inside a ZIP; no package relationships either — is refused naming what it holds, so the user
 * can take the file out (E_DECODE, the code a .docx that cannot be read has always had).
 */
function notOffice(list: readonly Entry[], file: Checked): void {
  const folder = PART_FOLDER[file.kind]!;
  // A package's relationships may name its main part elsewhere (Word and WPS write word/): left to the reader.
  if (list.some((e) => e.name.startsWith(folder) || e.name === PACKAGE_RELS)) return;
  const files = list.filter((e) => !e.name.endsWith('/')).map((e) => e.name);
  const quoted = files.slice(0, MAX_QUOTED_ENTRIES).join(', ') + (files.length > MAX_QUOTED_ENTRIES ? ` (+${files.length - MAX_QUOTED_ENTRIES} more)` : '');
  const holds = files.length ? `a ZIP archive holding ${quoted}` : 'an empty ZIP archive';
  throw new XxgkError('E_DECODE', `${file.name}: not a ${file.kind === '.docx' ? 'Word' : 'Excel'} document: ${holds}, with no ${folder}… part; take the document out of the archive and extract it`);
}

/** Throws E_TOO_LARGE when the archive unpacks beyond a limit, E_DECODE when it cannot be walked; messages name the file as a `kind`. */
export function checkDocxArchive(bytes: Uint8Array, name: string, kind: '.docx' | '.xlsx' = '.docx'): void {
  const file: Checked = { name, kind };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const list = entries(buf, file);
  notOffice(list, file);
  const declared = list.reduce((s, e) => s + e.declared, 0);
  if (declared > MAX_DOCX_UNPACKED) throw tooLarge(file, `${declared} bytes (declared)`, `${MAX_DOCX_UNPACKED} bytes`);
  let xml = 0;
  let all = 0;
  let elements = 0;
  for (const e of list) {
    if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== LOCAL) throw damaged(file, `entry ${e.name} out of place`);
    const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
    const isXml = /\.(xml|rels)$/i.test(e.name);
    const part = isXml
      ? inflated(buf.subarray(start, start + e.compressed), e, Math.min(MAX_DOCX_XML - xml, MAX_DOCX_UNPACKED - all), file, `${MAX_DOCX_XML} bytes of XML`)
      : inflated(buf.subarray(start, start + e.compressed), e, MAX_DOCX_UNPACKED - all, file, `${MAX_DOCX_UNPACKED} bytes`);
    all += part.length;
    if (!isXml) continue;
    xml += part.length;
    elements += countElements(part, MAX_DOCX_ELEMENTS - elements);
    if (elements > MAX_DOCX_ELEMENTS) throw tooLarge(file, `more than ${MAX_DOCX_ELEMENTS} XML elements`, `${MAX_DOCX_ELEMENTS} elements`);
  }
}
