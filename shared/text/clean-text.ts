// C0 and C1 controls (but tab, line feed, carriage return, handled below), DEL, and the bidi embeddings,
// overrides and isolates that can make "gnp.exe" display as "exe.png", and a stray byte-order mark.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/** One line of text as people meant it: NFC, no control or bidi-override characters, line breaks become spaces. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(INVISIBLE, '').replace(/[\t\r\n]/g, ' ');
}

/** A note that may span lines: as cleanText, but keeps line breaks (CRLF → LF) and tabs. */
export function cleanMultiline(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
}
