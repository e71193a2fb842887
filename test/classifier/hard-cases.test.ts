import { describe, expect, it } from 'vitest';
import { classify } from '../../engine/classifier';
import { findCues } from '../../engine/classifier/cues';
import { normalize } from '../../engine/classifier/normalize';
import { stem } from '../../engine/classifier/stem';
import type { Move } from '../../engine/vocabulary';

// The distinctions issue 3 names, each as its own table. A provision word alone never
// decides the move: who may use it, and what the sentence does with it, do.
const cases: Record<string, readonly (readonly [text: string, move: Move])[]> = {
  'a question that proposes a provision is maatwerkvoorziening': [
    ['Heeft u al aan huishoudelijke hulp gedacht?', 'maatwerkvoorziening'],
    ['heb je weleens aan een traplift gedacht', 'maatwerkvoorziening'],
    ['Zou een scootmobiel iets voor u zijn?', 'maatwerkvoorziening'],
  ],
  'a question about the client\'s own request is verhelderen': [
    ['Waar zou u als eerste naartoe gaan met die scootmobiel?', 'verhelderen'],
    ['wat moet die schoonmaakhulp dan precies voor u doen', 'verhelderen'],
    ['Waarvoor wilt u de traplift vooral gebruiken?', 'verhelderen'],
  ],
  'a shared or open-access provision is algemene_voorziening': [
    ['Er is in de wijk een scootmobielpool waar u er een kunt lenen.', 'algemene_voorziening'],
    ['u kunt gewoon de regiotaxi bellen, daar heeft u geen pas voor nodig', 'algemene_voorziening'],
    ['Op dinsdag is er een open inloop in het buurthuis.', 'algemene_voorziening'],
  ],
  'paying privately for help is eigen_kracht': [
    ['U zou zelf een particuliere schoonmaakster kunnen inhuren.', 'eigen_kracht'],
    ['kunt u een hulp uit eigen zak betalen', 'eigen_kracht'],
    ['Zou u het glazenwassen zelf willen betalen?', 'eigen_kracht'],
  ],
  'a motivated no is afspraak': [
    ['Ik ga geen huishoudelijke hulp toekennen, omdat uw dochter dat nu al doet.', 'afspraak'],
    ['een scootmobiel komt er niet want u kunt met de buurtbus', 'afspraak'],
    ['Een traplift is niet nodig omdat u beneden kunt slapen, ik leg u uit waarom.', 'afspraak'],
  ],
  'a question about what relatives could do is netwerk': [
    ['Zou uw dochter af en toe kunnen koken?', 'netwerk'],
    ['kan je zoon je niet naar de markt brengen', 'netwerk'],
    ['Wat zouden uw kinderen in het huishouden kunnen doen?', 'netwerk'],
  ],
};

describe('hard distinctions', () => {
  for (const [name, table] of Object.entries(cases)) {
    it.each(table)(`${name}: %s`, (text, move) => {
      expect(classify(text).move).toBe(move);
    });
  }
});

describe('how trainees type', () => {
  it.each([
    ['lowercase, no punctuation, je', 'wat doe je nog zelf in huis', 'eigen_kracht'],
    ['fillers', 'nou eh, kent u de buurtbus eigenlijk?', 'algemene_voorziening'],
    ['typos', 'heeft u al aan een trapplift gedaht', 'maatwerkvoorziening'],
    ['one word', 'goedemorgen', 'overig'],
    ['a statement, not a question', 'dan vraag ik huishoudelijke hulp voor u aan', 'maatwerkvoorziening'],
  ] as const)('%s: %s', (_, text, move) => {
    expect(classify(text).move).toBe(move);
  });

  it('reads nothing into empty or filler-only text', () => {
    for (const text of ['', '   ', 'eh', 'nou ja']) {
      const result = classify(text);
      expect(result.move).toBe('overig');
      expect(result.confidence).toBeLessThan(0.5);
      expect(result.topics).toEqual([]);
    }
  });
});

describe('topics', () => {
  it.each([
    ['Wie doet nu het schoonmaken en de was?', ['huishouden']],
    ['Hoe komt u bij de huisarts, met de bus?', ['vervoer', 'gezondheid']],
    ['Kookt u nog warm eten?', ['eten']],
    ['Lukt het douchen en aankleden nog?', ['persoonlijke_verzorging']],
    ['Voelt u zich weleens eenzaam?', ['eenzaamheid']],
    ['U was boekhouder, mist u uw werk?', ['werk']],
    ['Heeft u contact met uw dochter?', ['familie']],
    ['Kunnen de buren een oogje in het zeil houden?', ['buren']],
    ['Kunt u dat zelf betalen?', ['geld']],
    ['Hoe is het met uw gezondheid?', ['gezondheid']],
    ['Is de trap in uw huis een probleem?', ['wonen']],
    ['Zou vrijwilligerswerk iets voor u zijn?', ['vrijwilligerswerk']],
  ] as const)('%s', (text, expected) => {
    expect(classify(text).topics).toEqual(expect.arrayContaining([...expected]));
  });
});

describe("'zo'n' is no sun", () => {
  // Apostrophes are dropped, so "zo'n" reaches the cue lexicon as "zon"; the weather cue must not take it
  // for small talk. The turn below is a strong consultant's question about what the client can still do.
  it('reads no small-talk cue in "zo\'n"', () => {
    const { tokens } = normalize("Kan hij zo'n lange reis alleen aan?");
    expect(findCues(tokens, tokens.map(stem)).map((hit) => hit.value)).not.toContain('social');
  });

  it('the weather itself is still small talk', () => {
    const { tokens } = normalize('Wat een zonnetje vandaag!');
    expect(findCues(tokens, tokens.map(stem)).map((hit) => hit.value)).toContain('social');
  });
});
