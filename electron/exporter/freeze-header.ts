import * as XLSX from 'xlsx';

const FROZEN = '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView>';

/** SheetJS CE does not write panes: freeze the header row by editing the sheet XML of the written file. */
export function freezeHeaderRow(xlsx: Buffer): Buffer {
  const zip = XLSX.CFB.read(xlsx, { type: 'buffer' });
  zip.FullPaths.forEach((p: string, i: number) => {
    if (!/xl\/worksheets\/sheet\d+\.xml$/.test(p)) return;
    const entry = zip.FileIndex[i]!;
    const xml = Buffer.from(entry.content as Uint8Array).toString('utf8').replace(/<sheetView workbookViewId="0"\s*\/>/, FROZEN);
    entry.content = Buffer.from(xml, 'utf8');
    entry.size = entry.content.length;
  });
  return XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Buffer;
}
