// A multilingual shopping vocabulary: the words shoppers use in pl, de, es, fr (and English
// plurals and synonyms) mapped to the English terms a catalog is written in, so that "czerwona
// sukienka" searches for "red dress" in a shop without synced translations. Patterns follow
// patterns.ts ("kurtk*" = stem + an inflection ending of the language). A form starting with "!"
// only counts in its own language: "rot" is red in German but a word of its own in English, "but"
// is a shoe in Polish.
import { compilePattern, findPattern, LANGS, type Lang, type Pattern } from './patterns';

export type TermKind = 'product' | 'colour' | 'material' | 'feature' | 'audience';

interface Entry {
  term: string;
  kind: TermKind;
  forms: Partial<Record<Lang, string[]>>;
}

// prettier-ignore
const PRODUCTS: [string, Partial<Record<Lang, string[]>>][] = [
  ['shirt', { en: ['shirt*'], pl: ['koszul*'], de: ['hemd*', 'oberhemd*'], es: ['camisa*'], fr: ['chemise*'] }],
  ['tee', { en: ['tee*', 't shirt*', 'tshirt*'], pl: ['koszulk*', 'koszulek', 't shirt*'], de: ['t shirt*'], es: ['camiseta*'], fr: ['tee shirt*', 't shirt*'] }],
  // Polish "bluzka" is any woman's top, blouses included (shops translate "top" so), so it searches
  // the broader term: "blouse" would miss every top.
  ['top', { en: ['top*'], pl: ['top*', 'bluzk*', 'bluzek'], de: ['top*', 'oberteil*'], es: ['top*'], fr: ['!haut*', 'top*'] }],
  ['blouse', { en: ['blouse*'], de: ['bluse*'], es: ['blusa*'], fr: ['blouse*', 'chemisier*'] }],
  ['jacket', { en: ['jacket*', 'blazer*'], pl: ['kurtk*', 'kurtek', 'kurtce', 'marynark*', 'marynarek'], de: ['jacke*', 'jacken', 'sakko*'], es: ['chaqueta*', 'cazadora*', 'americana*'], fr: ['veste*', 'blouson*'] }],
  ['coat', { en: ['coat*'], pl: ['plaszcz*'], de: ['!mantel*'], es: ['abrigo*'], fr: ['manteau*'] }],
  ['dress', { en: ['dress*'], pl: ['sukienk*', 'sukienek', 'sukience', 'sukni*'], de: ['kleid*', 'kleider*'], es: ['vestido*'], fr: ['!robe*'] }],
  ['skirt', { en: ['skirt*'], pl: ['spodnic*'], de: ['!rock', '!rocke*'], es: ['falda*'], fr: ['jupe*'] }],
  ['sweater', { en: ['sweater*', 'jumper*', 'pullover*'], pl: ['sweter*', 'swetr*'], de: ['pullover*', 'pulli*'], es: ['jersey*', 'jerseis', 'sueter*'], fr: ['!pull*', 'chandail*'] }],
  ['hoodie', { en: ['hoodie*', 'sweatshirt*'], pl: ['bluz*'], de: ['kapuzenpulli*', 'hoodie*'], es: ['sudadera*'], fr: ['sweat*'] }],
  ['jeans', { en: ['jeans'], pl: ['jeans*', 'dzinsy', 'dzinsow'], de: ['jeans'], es: ['vaquero*', 'jeans'], fr: ['jean*'] }],
  ['trousers', { en: ['trousers', 'pants'], pl: ['spodni*', 'spodnie'], de: ['hose*'], es: ['pantalon*', 'pantalones'], fr: ['pantalon*'] }],
  ['shorts', { en: ['shorts'], pl: ['szort*', 'spodenk*'], de: ['shorts', 'kurze hose*'], es: ['pantalon* corto*', 'shorts'], fr: ['short*'] }],
  ['suit', { en: ['suit*', 'tuxedo*'], pl: ['garnitur*', 'smoking*'], de: ['anzug', 'anzuge*', 'smoking*'], es: ['traje*', 'esmoquin*'], fr: ['costume*', 'smoking*'] }],
  ['shoes', { en: ['shoe*', 'sneaker*', 'trainer*', 'high tops'], pl: ['!but', '!buty', 'butow', 'obuwi*', 'trampk*', 'trampek', 'sneaker*'], de: ['schuh*', 'turnschuh*', 'sneaker*'], es: ['zapato*', 'zapatilla*'], fr: ['chaussure*', '!basket*'] }],
  ['boots', { en: ['boot*'], pl: ['kozak*', 'botki', 'botek'], de: ['stiefel*'], es: ['bota*'], fr: ['botte*', 'bottine*'] }],
  ['hat', { en: ['hat*', 'cap*', 'beanie*'], pl: ['czapk*', 'czapek', 'kapelusz*'], de: ['!hut', 'hute*', 'mutze*', 'kappe*'], es: ['sombrero*', 'gorro*', 'gorra*'], fr: ['chapeau*', 'bonnet*', 'casquette*'] }],
  ['scarf', { en: ['scarf', 'scarves'], pl: ['szalik*', 'szal*', 'apaszk*'], de: ['schal*', 'tuch', 'halstuch*'], es: ['bufanda*', 'panuelo*'], fr: ['echarpe*', 'foulard*'] }],
  ['socks', { en: ['sock*'], pl: ['skarpet*', 'skarpetek'], de: ['socke*'], es: ['calcetin*', 'calcetines'], fr: ['chaussette*'] }],
  ['bag', { en: ['bag*', 'handbag*', 'purse*'], pl: ['torb*', 'torebk*', 'torebek', 'toreb'], de: ['tasche*', 'handtasche*'], es: ['bolso*', 'bolsa*'], fr: ['sac', 'sacs', 'sacoche*'] }],
  ['backpack', { en: ['backpack*', 'rucksack*'], pl: ['plecak*'], de: ['rucksack*', 'rucksacke*'], es: ['mochila*'], fr: ['sac a dos'] }],
  ['wallet', { en: ['wallet*'], pl: ['portfel*'], de: ['geldborse*', 'portemonnaie*'], es: ['cartera*', 'billetera*'], fr: ['portefeuille*'] }],
  ['belt', { en: ['belt*'], pl: ['!pas', 'pasek', 'paska', 'paski'], de: ['gurtel*'], es: ['cinturon*', 'cinturones'], fr: ['ceinture*'] }],
  ['necklace', { en: ['necklace*'], pl: ['naszyjnik*', 'lancuszek', 'lancuszk*'], de: ['kette*', 'halskette*'], es: ['collar*', 'collares'], fr: ['collier*'] }],
  ['choker', { en: ['choker*'], pl: ['choker*', 'obrozk*'], de: ['choker*'], es: ['gargantilla*'], fr: ['ras de cou'] }],
  ['pendant', { en: ['pendant*'], pl: ['wisior*', 'wisiorek', 'wisiork*', 'zawieszk*'], de: ['anhanger*'], es: ['colgante*'], fr: ['pendentif*'] }],
  ['bracelet', { en: ['bracelet*', 'bangle*'], pl: ['bransolet*', 'bransoletk*', 'bransoletek'], de: ['armband', 'armbander*', 'armreif*'], es: ['pulsera*', 'brazalete*'], fr: ['bracelet*'] }],
  ['earrings', { en: ['earring*'], pl: ['kolczyk*', 'kolczykow'], de: ['ohrring*', 'ohrstecker*'], es: ['pendiente*', 'arete*'], fr: ['boucle* d oreille*', 'boucle* oreille*'] }],
  ['ring', { en: ['ring', 'rings'], pl: ['pierscion*', 'pierscionek', 'pierscionk*', 'pierscien*'], de: ['ring', 'ringe*'], es: ['anillo*', 'sortija*'], fr: ['bague*'] }],
  ['watch', { en: ['watch', 'watches'], pl: ['zegarek', 'zegark*'], de: ['uhr', 'uhren', 'armbanduhr*'], es: ['reloj*', 'relojes'], fr: ['montre*'] }],
  ['jewelry', { en: ['jewelry', 'jewellery'], pl: ['bizuteri*'], de: ['schmuck*'], es: ['joya*', 'joyeria*', 'bisuteria*'], fr: ['bijou*', 'bijoux'] }],
  ['pot', { en: ['pot', 'pots', 'planter*'], pl: ['doniczk*', 'doniczek'], de: ['topf', 'topfe*', 'blumentopf*', 'ubertopf*'], es: ['maceta*', 'macetero*'], fr: ['pot', 'pots', 'cache pot*'] }],
  ['plant', { en: ['plant*'], pl: ['rosli*', 'roslin*'], de: ['pflanze*'], es: ['planta*'], fr: ['plante*'] }],
  ['chair', { en: ['chair*'], pl: ['krzesl*', 'krzesel', 'krzesle'], de: ['stuhl', 'stuhle*'], es: ['silla*'], fr: ['chaise*'] }],
  ['armchair', { en: ['armchair*'], pl: ['fotel*', 'foteli*'], de: ['sessel*'], es: ['sillon', 'sillones'], fr: ['fauteuil*'] }],
  ['sofa', { en: ['sofa*', 'couch*', 'settee*'], pl: ['sofa', 'sofy', 'sofe', 'sof', 'kanap*'], de: ['sofa*', 'couch*'], es: ['sofa*'], fr: ['canape*', 'sofa*'] }],
  ['bedside table', { en: ['bedside table*', 'nightstand*'], pl: ['szafk* nocn*', 'stolik* nocn*'], de: ['nachttisch*'], es: ['mesita* de noche'], fr: ['table* de chevet', 'chevet'] }],
  ['table', { en: ['table*'], pl: ['stol', 'stoly', 'stolu', 'stole', 'stolik*', 'stolow'], de: ['tisch*'], es: ['mesa*', 'mesita*'], fr: ['table*'] }],
  ['drawers', { en: ['drawer*', 'dresser*', 'chest of drawers'], pl: ['komod*', 'szuflad*'], de: ['kommode*', 'schublade*'], es: ['comoda*', 'cajon*', 'cajones'], fr: ['commode*', 'tiroir*'] }],
  ['bed', { en: ['bed', 'beds', 'bedding', 'bed linen', 'sheets'], pl: ['poscie*', 'lozk*', 'lozek'], de: ['!bett*', 'bettwasche*'], es: ['cama*', 'sabana*', 'ropa de cama'], fr: ['!lit', '!lits', 'linge de lit', 'drap*'] }],
  ['lamp', { en: ['lamp*'], pl: ['lamp*', 'lampk*', 'lampek'], de: ['lampe*', 'leuchte*'], es: ['lampara*'], fr: ['lampe*', 'luminaire*'] }],
  ['blanket', { en: ['blanket*', 'throw*'], pl: ['koc', 'koce', 'kocyk*', 'koca', 'kocow', 'pled*'], de: ['decke*', 'kuscheldecke*'], es: ['manta*'], fr: ['couverture*', '!plaid*'] }],
  ['pillow', { en: ['pillow*', 'cushion*', 'throw pillow*'], pl: ['poduszk*', 'poduszek', 'poduch*'], de: ['kissen', 'kopfkissen'], es: ['cojin', 'cojines', 'almohad*'], fr: ['coussin*', 'oreiller*'] }],
  ['candle', { en: ['candle*'], pl: ['swiec*', 'swieczk*', 'swieczek'], de: ['kerze*'], es: ['vela*'], fr: ['bougie*'] }],
  ['beanbag', { en: ['beanbag*', 'bean bag*', 'pouf*'], pl: ['puf*', 'pufa', 'worek sako'], de: ['sitzsack*', 'sitzsacke*'], es: ['puf', 'pufs', 'puff*'], fr: ['pouf*'] }],
  ['watering can', { en: ['watering can*'], pl: ['konewk*', 'konewek'], de: ['giesskanne*'], es: ['regadera*'], fr: ['arrosoir*'] }],
  ['trowel', { en: ['trowel*', 'shovel*', 'spade*'], pl: ['lopatk*', 'lopat*', 'szpadel*'], de: ['kelle*', 'pflanzkelle*', 'schaufel*'], es: ['pala*', 'desplantador*'], fr: ['transplantoir*', 'pelle*'] }],
  ['fence', { en: ['fence*', 'fencing'], pl: ['!plot', 'plotek', 'plotu', 'ogrodzeni*'], de: ['zaun', 'zaune*'], es: ['valla*'], fr: ['cloture*'] }],
  ['slats', { en: ['slat*'], pl: ['listw*', '!desk*'], de: ['latte*', 'leiste*'], es: ['listone*', 'liston', 'tabla*'], fr: ['latte*', 'lame*'] }],
  ['mug', { en: ['mug*', 'cup*'], pl: ['kubek', 'kubk*', 'filizank*'], de: ['tasse*', 'becher*'], es: ['taza*'], fr: ['tasse*', 'mug*'] }],
  ['vase', { en: ['vase*'], pl: ['wazon*'], de: ['vase*'], es: ['jarron*', 'florero*'], fr: ['vase*'] }],
  ['rug', { en: ['rug*', 'carpet*'], pl: ['dywan*', 'dywanik*'], de: ['teppich*'], es: ['alfombra*'], fr: ['tapis'] }],
  ['mirror', { en: ['mirror*'], pl: ['lustr*', 'luster'], de: ['spiegel*'], es: ['espejo*'], fr: ['miroir*'] }],
  ['gift card', { en: ['gift card*', 'voucher*'], pl: ['karta* podarunkow*', '!bon', '!bony', '!bonu'], de: ['gutschein*'], es: ['tarjeta* regalo'], fr: ['carte* cadeau'] }],
];

// prettier-ignore
const COLOURS: [string, Partial<Record<Lang, string[]>>][] = [
  ['black', { en: ['black'], pl: ['czarn*'], de: ['schwarz*'], es: ['negr*'], fr: ['noir*'] }],
  ['white', { en: ['white'], pl: ['bial*', 'biel*'], de: ['weiss*'], es: ['blanc*'], fr: ['blanc', 'blancs', 'blanche*'] }],
  ['red', { en: ['red'], pl: ['czerwon*'], de: ['!rot*'], es: ['roj*'], fr: ['rouge*'] }],
  ['navy', { en: ['navy'], pl: ['granatow*'], de: ['marineblau*', 'dunkelblau*'], es: ['azul marino'], fr: ['bleu* marine'] }],
  ['blue', { en: ['blue'], pl: ['niebiesk*', 'blekit*', 'blekitn*'], de: ['blau*'], es: ['azul', 'azules'], fr: ['bleu*'] }],
  ['olive', { en: ['olive'], pl: ['oliwkow*'], de: ['olivgrun*', 'oliv'], es: ['verde oliva'], fr: ['vert* olive', 'kaki'] }],
  ['green', { en: ['green'], pl: ['zielon*'], de: ['grun*'], es: ['verde*'], fr: ['vert*'] }],
  ['yellow', { en: ['yellow'], pl: ['zolt*'], de: ['gelb*'], es: ['amarill*'], fr: ['jaune*'] }],
  ['orange', { en: ['orange'], pl: ['pomaranczow*'], de: ['orange*'], es: ['naranja*'], fr: ['orange*'] }],
  ['pink', { en: ['pink'], pl: ['rozow*'], de: ['rosa', 'pink*'], es: ['rosa', 'rosas', 'rosad*'], fr: ['rose', 'roses'] }],
  ['purple', { en: ['purple', 'violet'], pl: ['fioletow*', 'purpurow*'], de: ['lila', 'violett*'], es: ['morad*', 'purpura*', 'violeta*'], fr: ['violet*', 'mauve*'] }],
  ['grey', { en: ['grey', 'gray'], pl: ['szar*'], de: ['grau*'], es: ['gris', 'grises'], fr: ['gris', 'grise*'] }],
  ['brown', { en: ['brown'], pl: ['brazow*'], de: ['braun*'], es: ['marron*', 'cafe'], fr: ['marron*', 'brun*'] }],
  ['beige', { en: ['beige'], pl: ['bezow*'], de: ['beige*'], es: ['beige*'], fr: ['beige*'] }],
  ['cream', { en: ['cream'], pl: ['kremow*', 'ecru'], de: ['creme*', 'cremefarben*'], es: ['crema'], fr: ['creme'] }],
  ['turquoise', { en: ['turquoise'], pl: ['turkus*', 'turkusow*'], de: ['turkis*'], es: ['turquesa*'], fr: ['turquoise*'] }],
];

// prettier-ignore
const MATERIALS: [string, Partial<Record<Lang, string[]>>][] = [
  ['cotton', { en: ['cotton'], pl: ['bawelnian*', 'bawelna', 'bawelny', 'bawelnie'], de: ['baumwoll*', 'baumwolle'], es: ['algodon'], fr: ['coton'] }],
  ['wool', { en: ['wool', 'woollen', 'woolen'], pl: ['weln*', 'welnian*'], de: ['wolle', 'woll'], es: ['lana'], fr: ['laine'] }],
  ['silk', { en: ['silk'], pl: ['jedwab', 'jedwabn*', 'jedwabiu'], de: ['seide*'], es: ['seda'], fr: ['soie'] }],
  ['leather', { en: ['leather'], pl: ['skor*', 'skorzan*'], de: ['leder*'], es: ['cuero', 'piel'], fr: ['cuir'] }],
  ['denim', { en: ['denim'], pl: ['dzinsow*', 'jeansow*'], de: ['denim', 'jeansstoff'], es: ['mezclilla', 'denim'], fr: ['denim'] }],
  ['linen', { en: ['linen'], pl: ['!len', 'lnian*'], de: ['leinen'], es: ['lino'], fr: ['!lin'] }],
  ['wood', { en: ['wood', 'wooden'], pl: ['drewn*', 'drewnian*'], de: ['holz*', 'holzern*'], es: ['madera'], fr: ['bois'] }],
  ['ceramic', { en: ['ceramic*'], pl: ['ceramik*', 'ceramiczn*'], de: ['keramik*'], es: ['ceramica*'], fr: ['ceramique*'] }],
  ['clay', { en: ['clay', 'terracotta'], pl: ['glinian*', 'glina', 'gliny', 'terakot*'], de: ['!ton', 'terrakotta'], es: ['arcilla', 'barro', 'terracota'], fr: ['argile', 'terre cuite'] }],
  ['copper', { en: ['copper'], pl: ['miedz', 'miedzian*'], de: ['kupfer*'], es: ['cobre'], fr: ['cuivre'] }],
  ['gold', { en: ['gold', 'golden'], pl: ['zlot*', 'zloci*'], de: ['gold*', 'golden*'], es: ['oro', 'dorad*'], fr: ['!or', 'en or', 'dore*'] }],
  ['silver', { en: ['silver'], pl: ['srebr*', 'srebrn*'], de: ['silber*', 'silbern*'], es: ['plata', 'platead*'], fr: ['argent*'] }],
  ['glass', { en: ['glass'], pl: ['szklan*', 'szklo', 'szkla'], de: ['glas'], es: ['vidrio', 'cristal'], fr: ['verre'] }],
  ['velvet', { en: ['velvet'], pl: ['aksamit*', 'welur*'], de: ['samt'], es: ['terciopelo'], fr: ['velours'] }],
  ['cashmere', { en: ['cashmere'], pl: ['kaszmir*'], de: ['kaschmir*'], es: ['cachemira*'], fr: ['cachemire*'] }],
  ['polyester', { en: ['polyester'], pl: ['poliester*', 'poliestrow*'], de: ['polyester'], es: ['poliester'], fr: ['polyester'] }],
  ['fleece', { en: ['fleece'], pl: ['polar', 'polarow*'], de: ['fleece'], es: ['forro polar'], fr: ['polaire*'] }],
  ['nylon', { en: ['nylon'], pl: ['nylon*', 'nylonow*'], de: ['nylon'], es: ['nailon', 'nylon'], fr: ['nylon'] }],
  ['beads', { en: ['bead*'], pl: ['koralik*', 'koral*'], de: ['perle*'], es: ['abalorio*'], fr: ['perle*'] }],
];

// prettier-ignore
const FEATURES: [string, Partial<Record<Lang, string[]>>][] = [
  ['waterproof', { en: ['waterproof', 'water resistant', 'rainproof'], pl: ['wodoodporn*', 'nieprzemakaln*', 'przeciwdeszczow*'], de: ['wasserdicht*', 'wasserabweisend*', 'regen*'], es: ['impermeable*'], fr: ['impermeable*'] }],
  ['winter', { en: ['winter', 'warm'], pl: ['zimow*', 'ciepl*'], de: ['winter*', 'warm*'], es: ['invierno', 'abrigad*', 'calid*'], fr: ['hiver', 'chaud*'] }],
  ['summer', { en: ['summer'], pl: ['letn*', 'lato'], de: ['sommer*'], es: ['verano'], fr: ['ete', 'estival*'] }],
  ['sport', { en: ['sport*', 'sporty'], pl: ['sportow*'], de: ['sport*'], es: ['deportiv*'], fr: ['sport', 'sportif*', 'sportive*'] }],
  ['striped', { en: ['striped', 'stripes'], pl: ['w paski', 'paskowan*', 'prazkowan*'], de: ['gestreift*'], es: ['de rayas', 'rayad*'], fr: ['raye*', 'a rayures'] }],
  ['floral', { en: ['floral', 'flowery'], pl: ['w kwiaty', 'kwiatow*'], de: ['geblumt*', 'blumen*'], es: ['de flores', 'floral*'], fr: ['fleuri*', 'a fleurs'] }],
  ['outdoor', { en: ['outdoor', 'garden'], pl: ['ogrod*', 'ogrodow*', 'na zewnatrz'], de: ['garten*', 'draussen'], es: ['jardin*', 'exterior*'], fr: ['jardin*', 'exterieur*'] }],
  ['bedroom', { en: ['bedroom'], pl: ['sypialn*'], de: ['schlafzimmer*'], es: ['dormitorio*'], fr: ['chambre*'] }],
  ['vanilla', { en: ['vanilla'], pl: ['wanili*', 'waniliow*'], de: ['vanille*'], es: ['vainilla'], fr: ['vanille'] }],
];

// prettier-ignore
const AUDIENCES: [string, Partial<Record<Lang, string[]>>][] = [
  ['men', { en: ['men', 'mens', 'man', 'male', 'him', 'dad', 'father', 'husband', 'boyfriend', 'brother'], pl: ['mesk*', 'mezczyzn*', 'faceta', 'chlopaka', 'taty', 'ojca', 'meza', 'brata'], de: ['herren', 'herrn', 'manner*', 'mann', 'papa', 'vater', 'freund', 'bruder'], es: ['hombre*', 'caballero*', 'papa', 'padre', 'marido', 'novio', 'hermano'], fr: ['homme*', 'papa', 'pere', 'mari', 'copain', 'frere'] }],
  ['women', { en: ['women', 'womens', 'woman', 'female', 'ladies', 'her', 'mum', 'mom', 'mother', 'wife', 'girlfriend', 'sister'], pl: ['damsk*', 'kobiet*', 'dziewczyny', 'mamy', 'matki', 'zony', 'siostry'], de: ['damen', 'frauen', 'frau', 'mama', 'mutter', 'freundin', 'schwester'], es: ['mujer*', 'senora*', 'dama*', 'mama', 'madre', 'esposa', 'novia', 'hermana'], fr: ['femme*', 'maman', 'mere', 'copine', 'soeur'] }],
];

const ENTRIES: Entry[] = [
  ...PRODUCTS.map(([term, forms]) => ({ term, kind: 'product' as const, forms })),
  ...COLOURS.map(([term, forms]) => ({ term, kind: 'colour' as const, forms })),
  ...MATERIALS.map(([term, forms]) => ({ term, kind: 'material' as const, forms })),
  ...FEATURES.map(([term, forms]) => ({ term, kind: 'feature' as const, forms })),
  ...AUDIENCES.map(([term, forms]) => ({ term, kind: 'audience' as const, forms })),
];

interface CompiledForm {
  entry: Entry;
  pattern: Pattern;
  /** Only in this language ("!" forms); null: in any language. */
  only: Lang | null;
  length: number;
}

// Longest phrases first, so "bleu marine" is navy before "bleu" is blue.
const FORMS: CompiledForm[] = ENTRIES.flatMap((entry) =>
  LANGS.flatMap((lang) =>
    (entry.forms[lang] ?? []).map((raw) => {
      const only = raw.startsWith('!') ? lang : null;
      const pattern = compilePattern(raw.replace(/^!/, ''), lang);
      return { entry, pattern, only, length: pattern.words.length };
    }),
  ),
).sort((a, b) => b.length - a.length);

// German writes compounds ("Herrenjacke", "Lederjacke", "Goldkette"); their last part is the kind
// of product and the head often a material, colour or audience. Heads tried with and without the
// linking "s"/"n".
const DE_HEADS = FORMS.filter((f) => f.length === 1 && (f.entry.forms.de ?? []).length > 0 && f.pattern.lang === 'de');

export interface VocabularyMatch {
  term: string;
  kind: TermKind;
  /** Word positions [start, end) in the analysed words. */
  start: number;
  end: number;
}

export interface VocabularyAnalysis {
  matches: VocabularyMatch[];
  /** Positions of words that matched nothing. */
  unmatched: number[];
}

// The shopper's language and English (which shoppers mix into every language: "t-shirt", "jeans");
// other languages' stems would misread words ("better" is not a German bed).
function allowed(form: CompiledForm, lang: Lang | undefined): boolean {
  if (lang === undefined) return form.only === null;
  return form.pattern.lang === lang || (form.pattern.lang === 'en' && form.only === null);
}

const MIN_COMPOUND_PART = 3;

function splitGermanCompound(word: string, lang: Lang | undefined): { term: string; kind: TermKind }[] {
  if (word.length < 2 * MIN_COMPOUND_PART + 1) return [];
  for (let cut = MIN_COMPOUND_PART; cut <= word.length - MIN_COMPOUND_PART - 1; cut++) {
    const tail = word.slice(cut);
    const tailForm = DE_HEADS.find((f) => f.entry.kind === 'product' && allowed(f, lang) && f.pattern.words[0](tail));
    if (!tailForm) continue;
    const out = [{ term: tailForm.entry.term, kind: tailForm.entry.kind }];
    const head = word.slice(0, cut);
    for (const candidate of [head, head.replace(/[sn]$/, '')]) {
      const headForm = DE_HEADS.find((f) => f.entry.kind !== 'product' && allowed(f, lang) && f.pattern.words[0](candidate));
      if (headForm) {
        out.unshift({ term: headForm.entry.term, kind: headForm.entry.kind });
        break;
      }
    }
    return out;
  }
  return [];
}

/**
 * Finds vocabulary words in folded words (see text.ts `tokens`). `lang` is the shopper's language:
 * it enables the forms that only count in that language, and German compound splitting.
 */
export function analyseVocabulary(words: readonly string[], lang: Lang | undefined): VocabularyAnalysis {
  const taken = new Array<boolean>(words.length).fill(false);
  const matches: VocabularyMatch[] = [];
  for (const form of FORMS) {
    if (!allowed(form, lang)) continue;
    let from = 0;
    for (;;) {
      const at = findPattern(form.pattern, words, 0, from);
      if (!at) break;
      const [start, end] = at;
      from = start + 1;
      if (taken.slice(start, end).some(Boolean)) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      matches.push({ term: form.entry.term, kind: form.entry.kind, start, end });
    }
  }
  if (lang === 'de' || lang === undefined) {
    words.forEach((word, i) => {
      if (taken[i]) return;
      const parts = splitGermanCompound(word, lang);
      if (parts.length === 0) return;
      taken[i] = true;
      for (const part of parts) matches.push({ ...part, start: i, end: i + 1 });
    });
  }
  matches.sort((a, b) => a.start - b.start);
  const unmatched = words.map((_, i) => i).filter((i) => !taken[i]);
  return { matches, unmatched };
}
