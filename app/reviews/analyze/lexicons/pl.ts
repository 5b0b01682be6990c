// Polish review lexicon. Adjectives and verbs inflect for gender, case and person, so most
// entries are stems ("wygodn*" covers wygodny/wygodna/wygodne/wygodnie); negated adjectives are
// usually one word ("niewygodne") and listed as such.
import type { LanguageLexicon } from './types';

export const pl: LanguageLexicon = {
  entries: `
kocham 3.2, uwielbiam 3.2, uwielbia 3, super 2.8, świetn* 3, wspaniał* 3.2, rewelacj* 3.2, rewelacyjn* 3.2,
doskonał* 3.2, znakomit* 3.2, idealn* 3, idealnie 3, perfekcyjn* 3, fantastyczn* 3.2, cudown* 3.2, piękn* 2.8,
śliczn* 2.6, ładn* 2, fajn* 2.2, dobr* 1.9, dobrze 1.9, bardzo dobr* 2.6, niezł* 1.2, porządn* 1.8, solidn* 1.8,
wygodn* 2.3, miękk* 1.4, ciepł* 1, lekk* 1, zadowolon* 2.4, zadowolenie 2.4, szczęśliw* 2.4, polecam 2.6,
polecam serdecznie 3, gorąco polecam 3.2, godn* polecenia 2.8, warto 1.8, wart* swojej ceny 2.4, opłaca się 1.8,
szybk* 1.4, szybko 1.4, sprawnie 1.6, sprawn* 1.4, błyskawiczn* 2, pomocn* 2, miły 1.8, miła 1.8, miłe 1.8, mił* 1.6,
uprzejm* 1.8, profesjonaln* 2, trwał* 2, wytrzymał* 2, jakość super 3, dobra jakość 2.4, wysoka jakość 2.6,
świetna jakość 3, zgodn* z opisem 1.6, zgodnie z opisem 1.6, pasuje idealnie 2.8, leży idealnie 2.8, leży świetnie 2.6,
dobrze leży 2.2, dobrze wykonan* 2.4, starannie 1.8, staranne 1.8, kupię ponownie 2.8, kupię jeszcze 2.6,
na pewno kupię 2.6, zamówię ponownie 2.6, zachwycon* 3, zachwyt 3, hit 2.4, bomba 2.4, petarda 2.4,
okazja 1.6, tani* 0.4, przystępn* 1.2, bez zarzutu 2.4, bez problemu 1.4, bez problemów 1.4, nic dodać 2, 5 gwiazdek 3,
ok 0.5, okej 0.5, przeciętn* -0.6, średni* -0.6, średnio -0.8, tak sobie -0.8, może być 0.2, ujdzie -0.2,
zły -2.4, zła -2.4, złe -2.4, złego -2.4, złej -2.4, złym -2.4, źle -2.2, kiepsk* -2.4, słab* -2.2, słabo -2.2, okropn* -3, straszn* -2.8, fataln* -3.2, tragiczn* -3.2,
tragedia -3.2, beznadziejn* -3, koszmar* -3, dramat -2.8, badziew* -3, bubel -3, buble -3, szmelc -3, chłam -3,
tandeta -2.8, tandetn* -2.8, byle jak* -2, rozczarowan* -2.6, rozczarowuje -2.6, zawiedzion* -2.4, zawiodł* -2.4,
zawód -2.4, niezadowolon* -2.6, niewygodn* -2.6, nieudan* -2.4, niedobr* -2, niefajn* -1.8, nieładn* -1.8,
brzydk* -2.4, szorstk* -1.6, gryzie -1.8, gryzą -1.8, drapie -1.8, uwiera -1.8, obciera -2, obcierają -2,
pęk* -2.2, pękł* -2.4, zepsuł* -2.6, zepsut* -2.6, popsuł* -2.6, rozpadł* -3, rozpada -2.8, rozlazł* -2.6,
rozpruł* -2.4, podarł* -2.4, podart* -2.4, dziur* -1.8, uszkodzon* -2.4, uszkodzenie -2.2, wadliw* -2.8, wada -1.6,
wady -1.6, zniszczon* -2.4, sprał* -1.8, spran* -1.6, wyblakł* -1.8, mechaci -1.8, mechac* -1.6, kurczy -1.6,
skurczył* -2, śmierdzi -2.4, śmierdząc* -2.4, nie działa -2.8, przestał* działać -2.8, nie polecam -3,
odradzam -3, omijać -2.4, omijajcie -2.6, szkoda pieniędzy -3.2, strata pieniędzy -3.2, szkoda czasu -2.8,
strata czasu -2.8, nie warto -2.6, nie jest warty -2.4, przepłacon* -2.4, za drogi -2, za droga -2, za drogie -2,
drogi -0.8, droga -0.8, drogie -0.8, oszustwo -3.2, oszust* -3, naciągan* -2.6, zwrot -1.4, zwróciłam -1.8, zwróciłem -1.8, zwracam -1.8,
oddałam -1.8, oddałem -1.8, odesłałam -1.8, odesłałem -1.8, reklamacj* -1.8, niezgodn* z opisem -2.6,
nie zgadza się -1.6, inny niż na zdjęciu -2.2, inne niż na zdjęciu -2.2, inna niż na zdjęciu -2.2,
opóźnien* -1.6, spóźnion* -1.6, długo -0.8, za długo -1.6, nie dotarł* -3, nie doszł* -3, zaginęł* -2.4,
zgubion* -2, brak* -1.2, brakowało -1.6, zła rozmiarówka -2, za mał* -1.8, za duż* -1.6, za ciasn* -1.8,
za luźn* -1.6, za krótk* -1.6, za dług* -1.4, za cienk* -1.6, za gruby -1.2, za ciężk* -1.4, za bardzo -0.8,
nie pasuje -2, nie pasują -2, nie pasował* -2, niemił* -2.6, nieuprzejm* -2.6, chamsk* -3, olewa* -2.4,
zero kontaktu -2.6, brak kontaktu -2.4, brak odpowiedzi -2.4, żałuję -2.6, nigdy więcej -3, niestety -1.4,
szkoda -1.2, problem -1, problemy -1.2, problemem -1, minus -1, minusem -1, jedyny minus -0.6,
denerwując* -2, irytując* -2, wkurza -2.4, masakra -3, porażka -3, dno -3, żenad* -3, żenując* -3
`,
  negators: ['nie', 'ani', 'bez', 'nigdy', 'żaden', 'żadna', 'żadne', 'nic', 'wcale'],
  boosters: ['bardzo', 'mega', 'super', 'naprawdę', 'niesamowicie', 'ogromnie', 'strasznie', 'niezwykle', 'absolutnie', 'totalnie', 'całkowicie', 'wyjątkowo', 'szczególnie', 'najbardziej', 'zdecydowanie', 'taki', 'taka', 'takie'],
  dampeners: ['trochę', 'troszkę', 'nieco', 'lekko', 'dość', 'dosyć', 'raczej', 'prawie', 'odrobinę', 'całkiem'],
  contrast: ['ale', 'lecz', 'jednak', 'jednakże', 'natomiast', 'chociaż', 'choć', 'niestety'],
};
