import { describe, expect, it } from 'vitest';
import { crc32, zip } from '../../node/scorm/zip';
import { escapeXml, manifestXml } from '../../node/scorm/manifest';
import { interactions, lessonStatus, passMark, timespan } from '../../web/src/scorm/values';
import { score, start, step } from '../../engine';
import { join } from 'node:path';
import { loadFile, SCENARIOS } from '../helpers/cases';
import { runCli } from '../helpers/run-cli';
import { inflateRawSync } from 'node:zlib';

const bakker = loadFile(join(SCENARIOS, 'bakker.yaml'), 'bakker.yaml');

describe('scorm command', () => {
  it.each([
    [['scorm', 'bakker'], 'Zeg met --out waar het pakket moet komen'],
    [['scorm', '--out', 'p.zip'], 'Noem minstens één casus'],
    [['scorm', 'bakker', '--out', 'p.tar'], 'een SCORM-pakket is een .zip-bestand'],
    [['scorm', 'bakker', '--out', 'p.zip', '--slaag', '120'], '--slaag 120: geef een getal van 0 tot en met 100'],
    [['scorm', 'bestaat-niet', '--out', '/tmp/kantel-nooit.zip'], 'Onbekende casus "bestaat-niet". Beschikbaar:'],
  ])('refuses %j with a reason', (args, message) => {
    const run = runCli(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
  });

  it('has help', () => {
    const run = runCli(['help', 'scorm']);
    expect(run.stdout).toContain('kanteltrainer scorm <casussen…> --out <pakket.zip>');
  });
});

describe('SCORM values', () => {
  it('sets status against the pass mark, and completed without one', () => {
    expect(lessonStatus(false, 90, 60)).toBe('incomplete');
    expect(lessonStatus(true, 59, 60)).toBe('failed');
    expect(lessonStatus(true, 60, 60)).toBe('passed');
    expect(lessonStatus(true, 10, null)).toBe('completed');
    expect(passMark('', '?casus=bakker&slaag=55')).toBe(55);
    expect(passMark('70', '?slaag=55')).toBe(70);
    expect(passMark('', '?slaag=abc')).toBeNull();
  });

  it('writes time as HHHH:MM:SS.SS', () => {
    expect(timespan(0)).toBe('0000:00:00.00');
    expect(timespan(3_725_500)).toBe('0001:02:05.50');
  });

  it('gives one choice interaction per turn at a decision point, with the option and the verdict', () => {
    let state = start(bakker).state;
    state = step(bakker, state, { type: 'option', option: 2 }).state;
    state = step(bakker, state, { type: 'move', move: 'verhelderen', text: 'Tja.', source: 'trainee' }).state;
    state = step(bakker, state, { type: 'close' }).state;
    const report = score(bakker, state);
    const list = interactions(report);
    expect(list).toHaveLength(report.turns.filter((t) => t.kind !== 'close').length);
    expect(list[0]).toMatchObject({ id: report.turns[0]!.point, type: 'choice', response: '2' });
    expect(list[0]!.result).toBe({ sterk: 'correct', neutraal: 'neutral', zwak: 'wrong', kritiek: 'wrong' }[report.turns[0]!.verdict]);
    const free = report.turns.findIndex((t) => t.option === null && t.kind !== 'close');
    if (free >= 0) expect(list[free]).toMatchObject({ response: null, result: 'unanticipated' });
  });
});

describe('zip and manifest', () => {
  it('computes the standard CRC-32 and writes entries that inflate back', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    const data = Buffer.from('hallo '.repeat(100));
    const archive = zip([{ name: 'map/één.txt', data }]);
    expect(archive.readUInt32LE(0)).toBe(0x04034b50);
    const nameLength = archive.readUInt16LE(26);
    expect(archive.subarray(30, 30 + nameLength).toString('utf8')).toBe('map/één.txt');
    const size = archive.readUInt32LE(18);
    expect(inflateRawSync(archive.subarray(30 + nameLength, 30 + nameLength + size)).equals(data)).toBe(true);
  });

  it('escapes titles and ids in the manifest', () => {
    expect(escapeXml('A & <b> "c"\u0001')).toBe('A &amp; &lt;b&gt; &quot;c&quot;');
    const xml = manifestXml({ title: 'T & T', cases: [{ id: 'a', title: '<x>' }], files: ['index.html'], passMark: null, identifier: 'id' });
    expect(xml).toContain('<title>&lt;x&gt;</title>');
    expect(xml).not.toContain('masteryscore');
    expect(xml).toContain('href="index.html?casus=a"');
  });
});
