import zlib from 'node:zlib';
import * as XLSX from 'xlsx';
import type { ZipEntry } from './sniff';

const ZIP_LOCAL = 0x04034b50;
const FIRST_CHUNK = 64 * 1024;
/** Parts other than sheets and shared strings are small (workbook, styles, rels); anything big is not needed to preview. */
const MAX_OTHER_PART = 4 * 1024 * 1024;
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/i;
const SHARED_STRINGS = /^xl\/sharedStrings\.xml$/i;
const NEEDED = /\.(xml|rels)$/i;
/** A shared-string cell; group 2 is its index into the shared strings table. */
const SHARED_CELL = /(<(?:\w+:)?c\b[^>]*\bt="s"[^>]*>)(?:(?!<\/(?:\w+:)?c>)[\s\S])*?<(?:\w+:)?v>(\d+)<\/(?:\w+:)?v>/g;

function compressedData(bytes: Buffer, e: ZipEntry): Buffer {
  if (bytes.readUInt32LE(e.localOffset) !== ZIP_LOCAL) throw new Error('bad local header');
  const start = e.localOffset + 30 + bytes.readUInt16LE(e.localOffset + 26) + bytes.readUInt16LE(e.localOffset + 28);
  return bytes.subarray(start, start + e.compressedSize);
}

/** The whole part, or only as much of its beginning as `enough` asks for (inflating a prefix, never the rest). */
function inflatePrefix(bytes: Buffer, e: ZipEntry, enough: (text: string) => number | null): string {
  const data = compressedData(bytes, e);
  if (e.method === 0) return data.toString('utf8');
  for (let n = FIRST_CHUNK; ; n *= 4) {
    const whole = n >= data.length;
    const text = whole
      ? zlib.inflateRawSync(data).toString('utf8')
      : zlib.inflateRawSync(data.subarray(0, n), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('utf8');
    const cut = enough(text);
    if (cut !== null) return text.slice(0, cut);
    if (whole) return text;
  }
}

/** Index just past the n-th closing tag `</(prefix:)name>`, or null if the text holds fewer. */
function afterNth(text: string, name: string, n: number): number | null {
  const re = new RegExp(`</(?:\\w+:)?${name}>`, 'g');
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (++count >= n) return m.index + m[0].length;
  return null;
}

const prefixOf = (text: string, name: string): string => new RegExp(`<(\\w+:)?${name}[\\s>/]`).exec(text)?.[1] ?? '';

/**
 * For the header preview: a copy of an xlsx holding only the first `rows` rows of each sheet and the shared
 * strings they use. SheetJS inflates every part even when told to read a few rows; this inflates only the
 * beginning of the big parts, so the preview costs the same for 100 rows or 100,000. Null when the file
 * has a shape this does not handle; the caller then reads it whole.
 */
export function trimXlsx(bytes: Buffer, entries: readonly ZipEntry[], rows: number): Buffer | null {
  try {
    const out = XLSX.CFB.utils.cfb_new();
    const sheets = new Map<string, string>();
    let maxShared = -1;
    for (const e of entries) {
      if (!WORKSHEET.test(e.name)) continue;
      let xml = inflatePrefix(bytes, e, (text) => afterNth(text, 'row', rows));
      if (!/<\/(?:\w+:)?worksheet>\s*$/.test(xml)) {
        const p = prefixOf(xml, 'worksheet');
        xml += `</${p}sheetData></${p}worksheet>`;
      }
      for (const m of xml.matchAll(SHARED_CELL)) maxShared = Math.max(maxShared, Number(m[2]));
      sheets.set(e.name, xml);
    }
    const sst = entries.find((e) => SHARED_STRINGS.test(e.name));
    // Only the shared strings the kept rows use, renumbered, so a late sheet does not drag the whole table in.
    const renumber = new Map<number, number>();
    if (sst) {
      const xml = inflatePrefix(bytes, sst, (text) => afterNth(text, 'si', maxShared + 1));
      const used = new Set<number>();
      for (const sheet of sheets.values()) for (const m of sheet.matchAll(SHARED_CELL)) used.add(Number(m[2]));
      const items = [...xml.matchAll(/<(?:\w+:)?si\b[\s\S]*?<\/(?:\w+:)?si>/g)].map((m) => m[0]);
      const kept = [...used].sort((a, b) => a - b).filter((i) => i < items.length);
      kept.forEach((old, i) => renumber.set(old, i));
      const p = prefixOf(xml, 'sst');
      const ns = /<(?:\w+:)?sst\b[^>]*>/.exec(xml)?.[0] ?? `<${p}sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`;
      const head = xml.slice(0, xml.indexOf(ns)).trim() || '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
      const open = ns.replace(/\s(?:count|uniqueCount)="\d+"/g, '');
      XLSX.CFB.utils.cfb_add(out, sst.name, Buffer.from(`${head}\n${open}${kept.map((i) => items[i]).join('')}</${p}sst>`, 'utf8'));
    }
    for (const [name, xml] of sheets) {
      const renumbered = xml.replace(SHARED_CELL, (cell, _open: string, index: string) =>
        cell.replace(new RegExp(`(<(?:\\w+:)?v>)${index}(</(?:\\w+:)?v>)$`), `$1${renumber.get(Number(index)) ?? index}$2`),
      );
      XLSX.CFB.utils.cfb_add(out, name, Buffer.from(renumbered, 'utf8'));
    }
    for (const e of entries) {
      if (WORKSHEET.test(e.name) || SHARED_STRINGS.test(e.name) || !NEEDED.test(e.name) || e.uncompressedSize > MAX_OTHER_PART) continue;
      XLSX.CFB.utils.cfb_add(out, e.name, Buffer.from(inflatePrefix(bytes, e, () => null), 'utf8'));
    }
    return XLSX.CFB.write(out, { fileType: 'zip', type: 'buffer', compression: false }) as Buffer;
  } catch {
    return null;
  }
}
