import { describe, expect, it } from 'vitest';
import { glossary } from '../src/data/glossary';
import { readSpeech } from '../src/build/speech-index';
import { listCollection } from '../src/build/content-files';

const terms = glossary();
const speech = readSpeech(process.cwd());

describe('term glossary', () => {
  it('has one Kazakh term for each Russian term, and no Russian term twice', () => {
    const seen = new Map<string, string>();
    for (const term of terms) {
      expect(term.kk.trim(), term.ru).not.toBe('');
      expect(seen.has(term.ru), `"${term.ru}" is listed twice`).toBe(false);
      seen.set(term.ru, term.kk);
    }
  });

  it('keeps checked names consistent: where the Russian paragraph names it, the Kazakh one does too', () => {
    const problems: string[] = [];
    for (const term of terms.filter((t) => t.check)) {
      for (const [id, text] of speech.paragraphs) {
        if (text.ru.includes(term.ru) && !text.kk.includes(term.kk)) problems.push(`${id}: "${term.ru}" → "${term.kk}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps programme names consistent with the glossary in programme pages', () => {
    const problems: string[] = [];
    const files = listCollection(process.cwd(), 'programmes');
    for (const term of terms.filter((t) => t.check)) {
      for (const ru of files.filter((f) => f.lang === 'ru' && f.body.includes(term.ru))) {
        const kk = files.find((f) => f.lang === 'kk' && f.slug === ru.slug);
        if (kk && !kk.body.includes(term.kk) && !String(kk.data.fullName).includes(term.kk)) problems.push(`${ru.slug}: "${term.kk}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});
