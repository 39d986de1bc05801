/**
 * Downloads a text file made in memory: no request is made, and the object URL is revoked after.
 * @param root Where the link is clicked: the element's shadow root, so the page never sees it.
 * @param fileName The file's name, e.g. from `exportFileName`.
 * @param text The file's content, e.g. from `exportText`.
 */
export function downloadText(root: ParentNode, fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  root.append(link);
  link.click();
  link.remove();
  // The object URL of a download outlives the click a little: some browsers read it afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
