/** A chosen file's bytes in base64, as the contract carries them. */
export async function fileBase64(file: Blob): Promise<string> {
  const view = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}
