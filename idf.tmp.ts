import { allCases } from './test/helpers/cases';
import { profile, makeIdf } from './engine/text/similarity';
const s = allCases().find((c) => c.id === process.argv[2])!;
const all: any[] = [];
for (const p of Object.values(s.points)) for (const o of p.options) all.push(...[o.text, ...o.examples].map(profile));
const idf = makeIdf(all);
const words = 'ervan vindt vinden zodat zullen zou regel regelen vraag vragen aanvragen komt komen week samen bellen bel vast vaste dagelijks elke dag zorg zorgen goed hulp steun stel voor voorstel afspreken spreken af meteen vandaag tijdelijk iemand krijgt krijgen helpt helpen'.split(' ');
console.log(words.map((w) => { const st = [...profile(w).stems.keys()][0]; return st ? `${w}(${st}):${idf(st).toFixed(1)}` : `${w}:STOP`; }).join('  '));
