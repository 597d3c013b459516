/** The four numbers of a signature's /ByteRange: two [offset, length] ranges around /Contents. */
export type ByteRange = readonly [number, number, number, number];

/** The bytes a signature covers: the file without the /Contents hex string (delimiters included). */
export function signedContent(pdf: Uint8Array, [offset1, length1, offset2, length2]: ByteRange): Uint8Array {
  const content = new Uint8Array(length1 + length2);
  content.set(pdf.subarray(offset1, offset1 + length1), 0);
  content.set(pdf.subarray(offset2, offset2 + length2), length1);
  return content;
}
