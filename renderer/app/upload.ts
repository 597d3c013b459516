/**
 * A chosen file's bytes in base64, as the contract carries them; read by the browser as a data URL,
 * which stays fast for an annex of a hundred megabytes.
 */
export function fileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('lecture du fichier impossible'));
    reader.readAsDataURL(file);
  });
}
