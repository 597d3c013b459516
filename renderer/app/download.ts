import type { RenderedFileView } from '../../shared/contract/contract';

/** Hands a generated file to the browser's (or Electron's) download, under its own name. */
export function saveFile(file: Pick<RenderedFileView, 'base64' | 'mediaType' | 'fileName'>): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  link.download = file.fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}
