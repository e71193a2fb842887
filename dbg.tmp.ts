import { allCases } from './test/helpers/cases';
import { arrangementOf } from './engine/text/echoes';
const s = allCases().find((c) => c.id === 'gemotiveerd-nee')!;
const t = "Wat als u met z'n drieën aan tafel gaat en een takenlijst maakt voor de komende acht weken: wie doet wat, op welke dag?";
console.log(arrangementOf(s, t, 'advice_without_permission', 'algemene_voorziening'));
console.log(arrangementOf(s, t, 'advice_without_permission', 'algemene_voorziening'));
console.log(s.arrangements.takenlijst_gezin.examples[0] === t);
