const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/**
 * Sets the modification date of every entry of `zip` in place and returns it. docx zips its
 * parts with the clock's time (fflate, no option to pass one), which is the only thing that made
 * two renderings of the same document differ; the date is not covered by any checksum.
 * The DOS date has a 2-second resolution, in UTC here; dates before 1980 become 1980-01-01.
 */
export function setZipEntryDates(zip: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const zipDate = date.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : date;
  const dosTime = (zipDate.getUTCHours() << 11) | (zipDate.getUTCMinutes() << 5) | (zipDate.getUTCSeconds() >> 1);
  const dosDate = ((zipDate.getUTCFullYear() - 1980) << 9) | ((zipDate.getUTCMonth() + 1) << 5) | zipDate.getUTCDate();
  const endOffset = findEndOfCentralDirectory(view);
  const entryCount = view.getUint16(endOffset + 10, true);
  let offset = view.getUint32(endOffset + 16, true);
  for (let entry = 0; entry < entryCount; entry += 1) {
    expectSignature(view, offset, CENTRAL_DIRECTORY_ENTRY);
    view.setUint16(offset + 12, dosTime, true);
    view.setUint16(offset + 14, dosDate, true);
    const localOffset = view.getUint32(offset + 42, true);
    expectSignature(view, localOffset, LOCAL_FILE_HEADER);
    view.setUint16(localOffset + 10, dosTime, true);
    view.setUint16(localOffset + 12, dosDate, true);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return zip;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes, followed by a comment of at most 65 535 bytes.
  for (let offset = view.byteLength - 22; offset >= Math.max(0, view.byteLength - 22 - 0xffff); offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new Error('Not a zip file: no end of central directory record');
}

function expectSignature(view: DataView, offset: number, signature: number): void {
  if (offset + 4 > view.byteLength || view.getUint32(offset, true) !== signature) {
    throw new Error(`Unexpected zip structure at byte ${offset}`);
  }
}
