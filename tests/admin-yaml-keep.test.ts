import { describe, expect, it } from 'vitest';
import { mdxFromFile, mdxToFile, yamlFromFile, yamlToFile } from '@/scripts/admin/yaml-keep';

// The editor rewrites a content file on save: only what the editor changed may change in its diff.
describe('saving from the editor keeps the file as it was except for the edit', () => {
  const assessments = '# Установить 600 камер (security-cameras-2019)\n- status: in-progress\n  date: "2020-02-03"\n  sources:\n    - url: "https://example.kz/a"\n      publisher: "Kazinform"\n';

  it('adds a record to a list file, keeping its comment and the old record untouched', () => {
    const data = yamlFromFile(assessments, true);
    const records = data.records as object[];
    const text = yamlToFile({ ...data, records: [...records, { status: 'done', date: '2021-01-05', achieved: '', sources: [], note: { ru: 'Сделано', kk: 'Жасалды' } }] }, true);
    expect(text.startsWith(assessments)).toBe(true);
    expect(text.slice(assessments.length)).toBe('- status: done\n  date: "2021-01-05"\n  note:\n    ru: "Сделано"\n    kk: "Жасалды"\n');
  });

  it('adds a record on top without moving the old record\'s comment, and edits a record in place', () => {
    const commented = '- status: in-progress # first report\n  date: "2020-02-03"\n';
    const data = yamlFromFile(commented, true);
    const added = yamlToFile({ ...data, records: [{ status: 'done', date: '2021-01-05' }, ...(data.records as object[])] }, true);
    expect(added).toBe(`- status: done\n  date: "2021-01-05"\n${commented}`);
    const edited = yamlToFile({ ...data, records: [{ status: 'in-progress', date: '2020-02-04' }] }, true);
    expect(edited).toBe(commented.replace('2020-02-03', '2020-02-04'));
  });

  it('writes a new list file with no wrapper key, each record\'s keys in the documented order', () => {
    const record = { note: { kk: 'Іздедік', ru: 'Искали' }, date: '2026-12-06', status: 'no-report-found' };
    expect(yamlToFile({ records: [record] }, true)).toBe('- status: no-report-found\n  date: "2026-12-06"\n  note:\n    ru: "Искали"\n    kk: "Іздедік"\n');
  });

  it('keeps comments and flow style of a glossary and adds a term in the same style', () => {
    const glossary = '# terms\nterms:\n  # Institutions\n  - { ru: "аким", kk: "әкім" }\n';
    const data = yamlFromFile(glossary, false);
    const text = yamlToFile({ ...data, terms: [...(data.terms as object[]), { ru: 'маслихат', kk: 'мәслихат', note: '' }] }, false);
    expect(text).toBe('# terms\nterms:\n  # Institutions\n  - { ru: "аким", kk: "әкім" }\n  - { ru: "маслихат", kk: "мәслихат" }\n');
  });

  it('keeps the body and the fields the form does not edit of an MDX file', () => {
    const speech = '---\ntitle: "Государство"\npriority: 1\npriorities: [1]\ncorrections:\n  - source: "«NurOtan»"\n    corrected: "«Nur Otan»"\n    date: "2026-11-25"\n---\n\nПервый абзац.\n\nВторой.\n';
    const { title, priority, priorities, body, ...form } = mdxFromFile(speech);
    expect([title, priority, priorities, typeof body]).toEqual(['Государство', 1, [1], 'string']);
    expect(mdxToFile(form)).toBe(speech);
    const corrections = [...(form.corrections as object[]), { source: 'Алматв', corrected: 'Алматы', date: '2026-12-06' }];
    expect(mdxToFile({ ...form, corrections })).toBe(speech.replace('---\n\n', '  - source: "Алматв"\n    corrected: "Алматы"\n    date: "2026-12-06"\n---\n\n'));
  });
});
