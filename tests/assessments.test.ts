import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assessmentContext, checkAssessments } from '../src/build/assessment-records';
import { scoreboard } from '../src/lib/commitments/counts';
import { commitmentStatus, outcomeOf, timeliness } from '../src/lib/commitments/status';

// The fixture mirrors the content layout: tests/fixtures/assessments.yaml is content/assessments.yaml,
// tests/fixtures/assessments/ is content/assessments/.
const ROOT = process.cwd();
const context = assessmentContext(ROOT);
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fixtureCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'joldau-assessments-'));
  dirs.push(dir);
  cpSync('tests/fixtures/assessments.yaml', path.join(dir, 'content/assessments.yaml'));
  cpSync('tests/fixtures/assessments', path.join(dir, 'content/assessments'), { recursive: true });
  return dir;
}

const fixtureText = (id: string) => readFileSync(`tests/fixtures/assessments/${id}.yaml`, 'utf8');
// The line an editor is sent to, counted in the fixture as it is.
const lineOf = (id: string, needle: string) => fixtureText(id).split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The messages of the check after one change to one fixture file. */
function errorsWith(id: string, change: (text: string) => string): string[] {
  const dir = fixtureCopy();
  const before = fixtureText(id);
  const after = change(before);
  expect(after, 'the mistake applies').not.toBe(before);
  writeFileSync(path.join(dir, `content/assessments/${id}.yaml`), after);
  return checkAssessments(dir, context).errors.map((e) => e.message);
}

describe('timeliness: done against the deadline, at the precision each gives', () => {
  it('is on time within the deadline, late after it, unclear when the date done spans it', () => {
    expect(timeliness('2019-12', '2019')).toBe('on-time');
    expect(timeliness('2019-12-31', '2019-12')).toBe('on-time');
    expect(timeliness('2019-11', '2019-10')).toBe('late');
    expect(timeliness('2023', '2020')).toBe('late');
    expect(timeliness('2020', '2020-06')).toBe('unclear');
    expect(timeliness('2025', '2025')).toBe('on-time');
    expect(timeliness('2021-06', undefined)).toBe('no-deadline');
  });

  it('comes from the newest record, and only for done', () => {
    const done = { status: 'done' as const, date: '2020-02-03', achieved: '2020-01', sources: [], note: { ru: 'x', kk: 'x' } };
    const progress = { status: 'in-progress' as const, date: '2019-11-20', sources: [], note: { ru: 'x', kk: 'x' } };
    expect(outcomeOf(commitmentStatus({ deadline: '2019' }, [progress, done], '2026-12-06'))).toBe('done-late');
    expect(outcomeOf(commitmentStatus({ deadline: '2020' }, [done, progress], '2026-12-06'))).toBe('done-on-time');
    expect(outcomeOf(commitmentStatus({ deadline: '2019' }, [progress], '2026-12-06'))).toBe('in-progress');
    expect(commitmentStatus({ deadline: '2019' }, [], '2026-12-06')).toMatchObject({ status: 'not-assessed', overdueUnassessed: true });
  });

  it('counts every outcome, in all and per priority', () => {
    const board = scoreboard([
      { priority: 1, outcome: 'done-late' },
      { priority: 1, outcome: 'not-assessed' },
      { priority: 3, outcome: 'done-late' },
    ]);
    expect(board.all.total).toBe(3);
    expect(board.all.counts['done-late']).toBe(2);
    expect(board.all.counts['done-on-time']).toBe(0);
    expect(board.byPriority.map((p) => p.counts.total)).toEqual([2, 0, 1, 0, 0]);
  });
});

describe('the assessment files (content/assessments/<id>.yaml)', () => {
  it('accept the fixture, one record list per commitment', () => {
    const { errors, byCommitment, statusAsOf } = checkAssessments(fixtureCopy(), context);
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(statusAsOf).toBe('2026-12-06');
    expect(byCommitment.get('security-cameras-2019')?.map((r) => r.status)).toEqual(['in-progress', 'done']);
  });

  const file = (id: string) => `content/assessments/${id}.yaml`;
  // Each case of the "Bad input" list and of ASSESSMENTS-FORMAT.md, with the file, line and commitment named.
  const cases: Array<[string, string, (t: string) => string, string]> = [
    [
      'a status other than no-report-found without a source',
      'state-anti-corruption',
      (t) => t.replace(/  sources:\n.*\n/, ''),
      `${file('state-anti-corruption')}:${lineOf('state-anti-corruption', '- status:')}: commitment "state-anti-corruption": record 1 (2020-12-09): status "no-measurable-target" needs at least one source`,
    ],
    [
      'a source without a URL',
      'social-cardiology-units',
      (t) => t.replace('url: "https://www.example.org/fixture/cardiology", ', ''),
      `${file('social-cardiology-units')}:${lineOf('social-cardiology-units', 'fixture/cardiology')}: commitment "social-cardiology-units": record 1 (2021-03-15): sources.0.url: missing: the address of the source`,
    ],
    [
      'a source without a publisher',
      'social-cardiology-units',
      (t) => t.replace('publisher: "Example News", ', ''),
      `${file('social-cardiology-units')}:${lineOf('social-cardiology-units', 'fixture/cardiology')}: commitment "social-cardiology-units": record 1 (2021-03-15): sources.0.publisher: missing: the outlet or body that published the source`,
    ],
    [
      'a source without a publication date',
      'social-cardiology-units',
      (t) => t.replace('published: "2021-03-15", ', ''),
      `${file('social-cardiology-units')}:${lineOf('social-cardiology-units', 'fixture/cardiology')}: commitment "social-cardiology-units": record 1 (2021-03-15): sources.0.published: missing: the day the source was published`,
    ],
    [
      'a source without a title',
      'social-cardiology-units',
      (t) => t.replace('title: "Тестовый источник: кардиология", ', ''),
      `${file('social-cardiology-units')}:${lineOf('social-cardiology-units', 'fixture/cardiology')}: commitment "social-cardiology-units": record 1 (2021-03-15): sources.0.title: missing: the title of the source as published`,
    ],
    [
      'a source published after statusAsOf',
      'security-cameras-2019',
      (t) => t.replace('published: "2020-01-28"', 'published: "2027-01-28"'),
      `${file('security-cameras-2019')}:${lineOf('security-cameras-2019', 'published: "2020-01-28"')}: commitment "security-cameras-2019": record 2 (2020-02-03): the source was published 2027-01-28 is after "statusAsOf" (2026-12-06)`,
    ],
    [
      'a source published before the speech',
      'security-cameras-2019',
      (t) => t.replace('published: "2019-11-20"', 'published: "2019-08-20"'),
      `${file('security-cameras-2019')}:${lineOf('security-cameras-2019', 'published: "2019-11-20"')}: commitment "security-cameras-2019": record 1 (2019-11-20): the source was published 2019-08-20 is before the speech (the Address of 2019-09-02)`,
    ],
    [
      'a record dated after statusAsOf',
      'regions-facades-roofs',
      (t) => t.replace('date: "2020-09-01"', 'date: "2027-09-01"'),
      `${file('regions-facades-roofs')}:${lineOf('regions-facades-roofs', 'date: "2020-09-01"')}: commitment "regions-facades-roofs": record 1 (2027-09-01): the date 2027-09-01 is after "statusAsOf"`,
    ],
    [
      'a record dated before the speech',
      'regions-facades-roofs',
      (t) => t.replace('date: "2020-09-01"', 'date: "2019-06-01"'),
      `${file('regions-facades-roofs')}:${lineOf('regions-facades-roofs', 'date: "2020-09-01"')}: commitment "regions-facades-roofs": record 1 (2019-06-01): the date 2019-06-01 is before the speech`,
    ],
    [
      'a "done" without the date it was done',
      'economy-tourism',
      (t) => t.replace('  achieved: "2021-06"\n', ''),
      `${file('economy-tourism')}:${lineOf('economy-tourism', '- status: done')}: commitment "economy-tourism": record 1 (2021-07-01): status "done" needs "achieved"`,
    ],
    [
      'a "done" achieved after the date of its record',
      'economy-tourism',
      (t) => t.replace('achieved: "2021-06"', 'achieved: "2021-08"'),
      `${file('economy-tourism')}:${lineOf('economy-tourism', 'achieved:')}: commitment "economy-tourism": record 1 (2021-07-01): "achieved" (2021-08) is after the date of the record`,
    ],
    [
      'a "replaced" that names nothing',
      'regions-dilapidated-demolition',
      (t) => t.replace(/  replacedBy:\n.*\n.*\n/, ''),
      `${file('regions-dilapidated-demolition')}:${lineOf('regions-dilapidated-demolition', '- status:')}: commitment "regions-dilapidated-demolition": record 1 (2022-06-01): status "replaced" needs "replacedBy"`,
    ],
    [
      'a replacement naming a programme page that does not exist',
      'regions-dilapidated-demolition',
      (t) => t.replace('programme: dilapidated-housing', 'programme: renovation-2030'),
      `${file('regions-dilapidated-demolition')}:${lineOf('regions-dilapidated-demolition', 'programme:')}: commitment "regions-dilapidated-demolition": record 1 (2022-06-01): "renovation-2030" is not a programme`,
    ],
    [
      'a note missing in Kazakh',
      'economy-qoldau-one-window',
      (t) => t.replace(/, kk: "[^"]*" \}/, ' }'),
      `${file('economy-qoldau-one-window')}:${lineOf('economy-qoldau-one-window', 'note:')}: commitment "economy-qoldau-one-window": record 1 (2026-12-06): note.kk: missing: the text in Kazakh`,
    ],
    [
      'a note missing in Russian',
      'economy-qoldau-one-window',
      (t) => t.replace(/\{ ru: "[^"]*", /, '{ '),
      `${file('economy-qoldau-one-window')}:${lineOf('economy-qoldau-one-window', 'note:')}: commitment "economy-qoldau-one-window": record 1 (2026-12-06): note.ru: missing: the text in Russian`,
    ],
    [
      'an unknown status',
      'social-ambulances-2020',
      (t) => t.replace('status: partly-done', 'status: half-done'),
      `${file('social-ambulances-2020')}:${lineOf('social-ambulances-2020', 'status: partly-done')}: commitment "social-ambulances-2020": record 1 (2021-01-10): status: must be one of done, partly-done, in-progress, not-done, replaced, no-measurable-target, no-report-found`,
    ],
    [
      'two records of one commitment on the same day',
      'security-cameras-2019',
      (t) => t.replace('date: "2019-11-20"', 'date: "2020-02-03"').replace('published: "2019-11-20"', 'published: "2020-02-03"'),
      `${file('security-cameras-2019')}:${lineOf('security-cameras-2019', 'date: "2020-02-03"')}: commitment "security-cameras-2019": record 2 (2020-02-03): record 1 has the same date; keep one record per day`,
    ],
    [
      'a field the format does not have',
      'regions-facades-roofs',
      (t) => t.replace('  date: "2020-09-01"', '  date: "2020-09-01"\n  onTime: true'),
      `${file('regions-facades-roofs')}:${lineOf('regions-facades-roofs', 'date:') + 1}: commitment "regions-facades-roofs": record 1 (2020-09-01): unknown field "onTime"`,
    ],
  ];
  for (const [name, id, mistake, message] of cases) {
    it(`refuse ${name}, naming file, line and commitment`, () => {
      const errors = errorsWith(id, mistake);
      expect(errors.some((e) => e.startsWith(message)), errors.join('\n')).toBe(true);
    });
  }

  it('refuse a file not named after a commitment', () => {
    const dir = fixtureCopy();
    cpSync(path.join(dir, 'content/assessments/regions-facades-roofs.yaml'), path.join(dir, 'content/assessments/regions-facades.yaml'));
    expect(checkAssessments(dir, context).errors.map((e) => e.message)).toEqual([
      'content/assessments/regions-facades.yaml: "regions-facades" is not the id of a commitment in content/commitments.yaml; name the file after the commitment it assesses',
    ]);
  });

  it('refuse the old layout: records still under "assessments:" in content/assessments.yaml', () => {
    const dir = fixtureCopy();
    writeFileSync(path.join(dir, 'content/assessments.yaml'), 'statusAsOf: "2026-12-06"\nassessments: {}\n');
    expect(checkAssessments(dir, context).errors.map((e) => e.message)).toEqual([
      'content/assessments.yaml:2: "assessments": the records are now one file per commitment, content/assessments/<id>.yaml; this file keeps only "statusAsOf"',
    ]);
  });

  it('report every problem at once, not only the first', () => {
    const dir = fixtureCopy();
    writeFileSync(path.join(dir, 'content/assessments/economy-tourism.yaml'), fixtureText('economy-tourism').replace('  achieved: "2021-06"\n', ''));
    writeFileSync(path.join(dir, 'content/assessments/regions-facades-roofs.yaml'), fixtureText('regions-facades-roofs').replace('date: "2020-09-01"', 'date: "2027-09-01"'));
    const errors = checkAssessments(dir, context).errors.map((e) => e.message);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('economy-tourism');
    expect(errors[1]).toContain('regions-facades-roofs');
  });
});
