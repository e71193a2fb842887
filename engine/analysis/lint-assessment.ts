import { strongestOption } from '../case/judgement';
import type { Scenario } from '../case/schema';
import { makeIdf, profile } from '../text/similarity';
import { similarity } from '../text/weighed';
import type { Finding } from './lint';

// What makes a score invalid or typed text unreadable, seen from the case file: the answer given
// away by its place or its length, options without examples, facts without cues, and two options
// of one point that a typed sentence could not tell apart.

export const MIN_EXAMPLES = 3;
/** Examples of two options at one point this alike cannot be told apart by a reader. */
export const CONFUSABLE = 0.6;

export function lintAssessment(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const points = Object.entries(scenario.points);
  const positions = new Map<number, number>();
  let longest = 0;
  for (const [pointId, point] of points) {
    const best = strongestOption(point);
    if (best !== undefined) {
      positions.set(best, (positions.get(best) ?? 0) + 1);
      const lengths = point.options.map((o) => o.text.length);
      if (lengths[best] === Math.max(...lengths)) longest++;
    }
    point.options.forEach((option, i) => {
      if (option.examples.length < MIN_EXAMPLES) {
        findings.push({ severity: 'waarschuwing', path: ['points', pointId, 'options', i, 'examples'], message: `Deze optie heeft ${option.examples.length} voorbeeldzinnen; geef er minstens ${MIN_EXAMPLES}. Daarmee herkent de trainer getypte zinnen die hetzelfde bedoelen.` });
      }
    });
    findings.push(...confusable(pointId, point.options.map((o) => [o.text, ...o.examples])));
  }
  const half = points.length / 2;
  for (const [position, count] of positions) {
    if (count > half) {
      findings.push({ severity: 'waarschuwing', path: ['points'], message: `De sterkste optie staat bij ${count} van de ${points.length} momenten op plaats ${position + 1} in het bestand. Wissel de volgorde, zodat de plaats het antwoord niet verraadt (ook als opties geschud getoond worden: auteurs en scripts zien het bestand).` });
    }
  }
  if (longest > half) {
    findings.push({ severity: 'waarschuwing', path: ['points'], message: `De sterkste optie is bij ${longest} van de ${points.length} momenten de langste. Dan wint wie steeds de langste kiest: maak sterke opties korter of zwakke langer.` });
  }
  if (scenario.needsSupport && Object.keys(scenario.arrangements).length === 0) {
    findings.push({ severity: 'waarschuwing', path: ['arrangements'], message: 'Deze cliënt heeft steun nodig, maar de casus noemt geen arrangements: de steun die een consulent echt kan regelen. Zonder arrangements telt een getypt voorstel alleen als het lijkt op een optie met arranges: true.' });
  }
  for (const [factId, fact] of Object.entries(scenario.facts)) {
    if (fact.cues.length === 0) {
      findings.push({ severity: 'waarschuwing', path: ['facts', factId, 'cues'], message: 'Dit feit heeft geen cues: woorden waarmee een consulent ernaar vraagt ("gegeten", "koken"). Zonder cues vindt een getypte vraag dit feit alleen via move en onderwerp.' });
    }
  }
  return findings;
}

function confusable(pointId: string, variants: readonly (readonly string[])[]): Finding[] {
  const profiles = variants.map((vs) => vs.map(profile));
  const idf = makeIdf(profiles.flat());
  const findings: Finding[] = [];
  for (let a = 0; a < profiles.length; a++) {
    for (let b = a + 1; b < profiles.length; b++) {
      let worst = 0;
      for (const pa of profiles[a]!.slice(1)) for (const pb of profiles[b]!.slice(1)) worst = Math.max(worst, similarity(pa, pb, idf));
      if (worst >= CONFUSABLE) {
        findings.push({ severity: 'waarschuwing', path: ['points', pointId, 'options', b, 'examples'], message: `De voorbeeldzinnen van optie ${a + 1} en optie ${b + 1} lijken te veel op elkaar (${Math.round(worst * 100)}%). Een getypte zin kan dan bij de verkeerde optie terechtkomen; gebruik de woorden die elke optie eigen maken.` });
      }
    }
  }
  return findings;
}
