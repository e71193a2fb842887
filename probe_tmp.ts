import { allCases } from './test/helpers/cases';
import { arrangementOf } from './engine/text/echoes';
const probes: Record<string, [string, string | null][]> = {
  bakker: [
    ['Wat vindt u van een kookcursus voor mannen?', 'kookcursus'],
    ['Ik meld u aan voor een kookcursus.', 'kookcursus'],
    ['U kunt toch zelf een schoonmaker betalen voor het zware werk?', 'particuliere_schoonmaker'],
    ['Wat als u zelf een schoonmaker inhuurt?', 'particuliere_schoonmaker'],
    ['Een particuliere schoonmaker kunt u zelf betalen.', 'particuliere_schoonmaker'],
    ['Wat vindt u ervan om de buurtbus te nemen?', 'buurtbus'],
    ['Kan Gerrit u niet ophalen voor de wedstrijden op zaterdag?', 'lift_gerrit'],
    ['U zou in het wijkrestaurant kunnen gaan eten met anderen.', 'wijkrestaurant'],
    ['Zal ik maaltijden aan huis voor u regelen?', 'maaltijdservice'],
    ['Zou u penningmeester willen worden bij de club?', 'penningmeester'],
    ['Zou Marloes op zondag met u willen koken?', 'koken_met_marloes'],
    ['Ik vraag huishoudelijke hulp voor u aan, drie uur per week.', null],
    ['Ik vraag een Wmo-vervoerspas aan voor de regiotaxi.', null],
    ['Dan regel ik dagbesteding voor u, een paar dagen per week.', null],
    ['Ik regel individuele begeleiding voor u.', null],
  ],
  claimdenken: [
    ['Kunt u niet met Henk meerijden naar De Wilgenhof?', 'middagrit_wilgenhof'],
    ['Het verpleeghuis heeft vrijwillige chauffeurs, zal ik vragen of u mee kunt?', 'middagrit_wilgenhof'],
    ['Zou u de scootmobiel uit de pool eens willen proberen?', 'proef_scootmobielpool'],
    ['Bij slecht weer kunt u de regiotaxi een dag van tevoren bestellen.', 'regiotaxi_winter'],
    ['Kan Gerrit u niet meenemen naar het biljarten?', 'lift_biljart_gerrit'],
    ['Zal ik u aanmelden bij het steunpunt mantelzorg?', 'steunpunt_mantelzorg'],
    ['Er is een praatgroep voor partners van mensen met dementie.', 'partnergroep_dementie'],
    ['Marja blijft op zondag rijden.', 'marja_zondag'],
    ['Ik vraag een eigen scootmobiel voor u aan.', null],
    ['Dan zet ik de aanvraag voor een scootmobiel in gang.', null],
    ['Laat de boodschappen toch bezorgen.', null],
    ['U kunt de regiotaxi naar De Wilgenhof nemen.', null],
    ['Ook in de avond kunt u met de regiotaxi naar het biljarten.', null],
    ['Uw dochter kan u toch een paar keer per week rijden?', null],
    ['Kan Marja u niet af en toe brengen?', null],
    ['Gerrit kan u toch naar het biljarten brengen?', 'lift_biljart_gerrit'],
  ],
  vraagverlegen: [
    ['Een douchestoel en beugels koopt u gewoon bij de thuiszorgwinkel.', null],
    ['Dan kan Riet toch af en toe boodschappen voor u doen?', null],
    ['Ik bel Ellen straks en spreek af dat ze twee keer per week komt.', null],
    ['De wijkverpleging kan u helpen met douchen.', 'wijkverpleging_douchen'],
    ['Wat vindt u van een alarmknop?', 'alarm_riet'],
    ['Zou Riet een keer per week bij u willen eten?', 'samen_eten_riet'],
    ['Zou Ellen op dinsdag en vrijdag met u boodschappen kunnen doen?', 'ellen_vaste_dagen'],
    ['Zou u de dominee willen bellen?', 'kerk_contact'],
    ['Zal ik maaltijden aan huis regelen?', 'maaltijdservice'],
    ['Vraag de huisarts eens naar een valpreventiecursus.', 'valpreventie'],
    ['Ik vraag via de Wmo hulp bij de persoonlijke verzorging aan, elke ochtend.', null],
    ['Ik meld u aan voor de dagbesteding, drie dagen per week.', null],
    ['Ik vraag een pakket aan: huishoudelijke hulp, begeleiding en maaltijden.', null],
  ],
  mantelzorger: [
    ['Zou dagbesteding op de werkdagen van Ingrid iets zijn?', 'dagbesteding'],
    ['Ruud kan af en toe logeren in de respijtopvang.', 'logeeropvang'],
    ['Ik vraag begeleiding aan huis aan voor Ruud.', 'begeleiding_thuis'],
    ['Bij verhuizen kunt u een vergoeding voor de verhuiskosten krijgen.', 'verhuiskosten'],
    ['Zal ik u aanmelden bij het steunpunt mantelzorg?', 'steunpunt_mantelzorg'],
    ['De wijkverpleging kan helpen met douchen.', 'wijkverpleging_ochtend'],
    ['Zou Lotte de zaterdag kunnen doen?', 'lotte_zaterdag'],
    ['Kan Bas de administratie van uw moeder doen?', 'bas_administratie_oma'],
    ['Bel Jan Post en ga weer naar het koor.', 'koor_jan_post'],
    ['Ik vraag de traplift voor jullie aan.', null],
    ['Ik vraag huishoudelijke hulp voor u aan.', null],
    ['Dan zet ik via de Wmo iemand in die Ruud s ochtends helpt met douchen.', null],
  ],
};
const want = new Set(process.argv.slice(2));
for (const sc of allCases()) {
  if (!probes[sc.id] || (want.size && !want.has(sc.id))) continue;
  let ok = 0;
  for (const [t, exp] of probes[sc.id]) {
    const got = arrangementOf(sc, t, 'advice_without_permission', 'algemene_voorziening');
    if (got === exp) ok++; else console.log(`  ${sc.id}: want ${exp} got ${got}: ${t}`);
  }
  console.log(`${sc.id} probes ${ok}/${probes[sc.id].length}`);
}
