/**
 * Copies text to the clipboard; resolves false where the browser refuses (no permission, old browser).
 * @example await copyText(location.href)
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
