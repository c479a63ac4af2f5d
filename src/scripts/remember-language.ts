// Root page only: remember the reader's language and take them straight there next time.
const KEY = 'joldau-lang';

function saved(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

const lang = saved();
if ((lang === 'kk' || lang === 'ru') && !new URLSearchParams(location.search).has('choose')) {
  location.replace(`/${lang}/`);
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-choose-lang]')) {
  link.addEventListener('click', () => {
    try {
      localStorage.setItem(KEY, link.dataset.chooseLang ?? '');
    } catch {
      // Private mode: the choice is simply not remembered.
    }
  });
}
