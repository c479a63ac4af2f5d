// The embed code page's button that copies the snippet. Without JavaScript the button stays hidden and
// the snippet can be selected in its field by hand.

for (const control of document.querySelectorAll<HTMLElement>('.embed-control')) {
  const button = control.querySelector<HTMLButtonElement>('[data-embed-copy]');
  const code = control.querySelector<HTMLTextAreaElement>('[data-embed-code]');
  const status = control.querySelector<HTMLElement>('[data-embed-status]');
  if (!button || !code || !status) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    // Not src/scripts/copy-text.ts: sharing it with the reading pages' script would split it into a file
    // of its own, one more request on every reading page.
    const copied = await Promise.resolve()
      .then(() => navigator.clipboard.writeText(code.value))
      .then(() => true, () => false);
    // Where the browser refuses, the code is selected so that one keystroke copies it.
    if (!copied) code.select();
    status.textContent = (copied ? status.dataset.copied : status.dataset.copyFailed) ?? '';
  });
}
