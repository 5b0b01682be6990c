// Prompt-injection and jailbreak phrasing in en, pl, de, es, fr, as weighted rules over folded
// text (lower-case, no diacritics). Weights are chosen so that a single unmistakable move
// ("ignore previous instructions", "reveal your system prompt", a fake <system> tag) blocks,
// while words a shopper also uses ("act as my stylist", "ignore the blue one", "washing
// instructions") stay below the flag line unless other signals join them.

export interface InjectionRuleSpec {
  language: string;
  label: string;
  source: string;
  weight: number;
  /** Leave out the word-edge checks (for sources that end in a quote mark). */
  bare?: boolean;
}

const STRONG = 1.2;

// "ignore / forget ... previous ... instructions", built per language from three word sets.
// With a qualifier ("previous", "all", "your") the move is unmistakable; a bare verb + noun
// ("ignore the instructions on the label") only counts a little, more for nouns a shop never uses.
interface OverrideWords {
  verbs: string;
  qualifiers: string;
  targets: string;
  aiTargets: string;
}

const OVERRIDE: Record<string, OverrideWords> = {
  en: {
    verbs: "ignor(?:e|es|ing)|disregard(?:s|ing)?|forget(?:s|ting)?|skip|override|overrid(?:es|ing)|bypass(?:ing)?|abandon|discard|drop|(?:stop|quit) (?:following|obeying)|(?:do not|don't|dont|never) (?:follow|obey|apply)",
    qualifiers: "previous|prior|above|earlier|preceding|initial|original|all|any|every|your|these|those|existing|old|given|former|foregoing|system|developer|safety|default|following",
    targets: 'instructions?|rules?|directions?|directives?|constraints?|context',
    aiTargets: 'prompts?|guidelines?|programming|restrictions?|guardrails?|polic(?:y|ies)|system prompt|system message|safety (?:rules|guidelines|filters?)|content polic(?:y|ies)|filters?',
  },
  pl: {
    verbs: 'zignoruj\\w*|ignoruj\\w*|zapomnij|zapomnijcie|pomin|olej|porzuc|odrzuc|nie (?:stosuj|stosujcie) sie do|nie (?:przestrzegaj|sluchaj|wykonuj)|przestan (?:przestrzegac|sluchac|stosowac sie do)',
    qualifiers: 'poprzedni\\w*|wczesniejsz\\w*|wszystk\\w*|swo[ji]\\w*|two[ji]\\w*|powyzsz\\w*|dotychczasow\\w*|systemow\\w*|pierwotn\\w*|oryginaln\\w*',
    targets: 'instrukcj\\w*|polecen\\w*|polecenia|zasad\\w*|regul\\w*|komend\\w*',
    aiTargets: 'wytyczn\\w*|prompt\\w*|ogranicze\\w*|filtr\\w*|programowani\\w*',
  },
  de: {
    verbs: 'ignorier\\w*|vergiss|vergesst|vergessen sie|missacht\\w*|ubergeh\\w*|uberspring\\w*|umgeh\\w*|setz(?:e|t)? dich uber|halte? dich nicht (?:mehr )?an|befolge (?:nicht|keine)',
    qualifiers: 'vorherig\\w*|bisherig\\w*|alle\\w*|dein\\w*|obig\\w*|vorangegangen\\w*|ursprunglich\\w*|fruher\\w*|system\\w*',
    targets: 'anweisung\\w*|instruktion\\w*|regel\\w*|vorgabe\\w*|befehl\\w*|kontext\\w*',
    aiTargets: 'richtlinie\\w*|systemprompt\\w*|prompt\\w*|einschrankung\\w*|programmierung|filter\\w*|sicherheitsregel\\w*',
  },
  es: {
    verbs: 'ignora\\w*|olvida\\w*|omite|omitir|descarta\\w*|haz caso omiso (?:a|de)|hagas caso omiso (?:a|de)|no (?:sigas|hagas caso a|obedezcas|cumplas)|deja de (?:seguir|obedecer|cumplir)|saltate',
    qualifiers: 'anterior\\w*|previ\\w*|tod\\w*|tus|del sistema|original\\w*|de arriba|inicial\\w*',
    targets: 'instruccion\\w*|regla\\w*|indicacion\\w*|norma\\w*|comando\\w*|contexto',
    aiTargets: 'directrices|directriz|prompt\\w*|restriccion\\w*|pautas|programacion|filtros?|politicas?',
  },
  fr: {
    verbs: "ignore\\w*|oublie\\w*|ne tiens? (?:pas|plus) compte (?:de|des)|ne tenez (?:pas|plus) compte (?:de|des)|fais abstraction (?:de|des)|passe outre|outrepasse\\w*|contourne\\w*|n'obeis (?:pas|plus) (?:a|aux)|desobei\\w*|ne suis (?:pas|plus)",
    qualifiers: "precedent\\w*|anterieur\\w*|tou(?:te)?s?|tes|ci-dessus|initial\\w*|systeme|d'origine|originel\\w*",
    targets: 'instructions?|consignes?|regles?|contexte',
    aiTargets: 'directives?|prompts?|restrictions?|programmation|filtres?|politiques?',
  },
};

// Up to four words may sit between the parts ("ignore all of the previous safety instructions"),
// but not a first-person possessive: "forget my previous instructions, deliver on Monday" is a
// shopper taking back their own words.
const MINE = '(?:my|mine|moj\\w*|moich|mein\\w*|mis?|mon|ma|mes)';
// Separators and words share no character (a word's own ' or - sits between letters), so a run
// of dashes has one reading only and the pattern cannot backtrack its way into slowness.
const GAP = `(?:[\\s,;:'"-]+(?!${MINE}[^a-z0-9])[a-z0-9]+(?:['-][a-z0-9]+)*){0,4}?[\\s,;:'"-]+`;

export function overrideRules(): InjectionRuleSpec[] {
  return Object.entries(OVERRIDE).flatMap(([language, w]) => [
    { language, label: 'instruction override', source: `(?:${w.verbs})${GAP}(?:${w.qualifiers})${GAP}(?:${w.targets}|${w.aiTargets})`, weight: STRONG },
    // Romance languages and Polish also put the qualifier after the noun: "las instrucciones anteriores".
    { language, label: 'instruction override', source: `(?:${w.verbs})${GAP}(?:${w.targets}|${w.aiTargets})[\\s,]+(?:${w.qualifiers})`, weight: STRONG },
    { language, label: 'override of model rules', source: `(?:${w.verbs})${GAP}(?:${w.aiTargets})`, weight: 0.8 },
    { language, label: 'override wording', source: `(?:${w.verbs})${GAP}(?:${w.targets})`, weight: 0.4 },
  ]);
}

export const PHRASE_RULES: InjectionRuleSpec[] = [
  // --- forget what you were told (but not "forget what I said": that is a shopper changing mind)
  { language: 'en', label: 'reset of prior context', source: "forget (?:everything|all(?: of it)?|all that|what) (?:you(?:'ve| have)? (?:been told|were told|know|learned|learnt)|above|before this|that came before|so far)", weight: STRONG },
  { language: 'pl', label: 'reset of prior context', source: 'zapomnij (?:o )?(?:wszystk\\w*|wszystkim|to),? co (?:ci )?(?:powiedziano|kazano|wiesz|dostales)', weight: STRONG },
  { language: 'de', label: 'reset of prior context', source: 'vergiss alles,? was (?:man )?(?:dir|ihnen) (?:vorher |zuvor |bisher )?(?:gesagt|beigebracht|aufgetragen)', weight: STRONG },
  { language: 'es', label: 'reset of prior context', source: 'olvida (?:todo )?lo que te (?:dijeron|han dicho|ensenaron|indicaron)', weight: STRONG },
  { language: 'fr', label: 'reset of prior context', source: "oublie(?:z)? tout ce qu(?:'on|e l'on) (?:t'a|vous a) (?:dit|appris|demande)", weight: STRONG },
  // --- new persona / mode
  { language: 'en', label: 'persona override', source: "you are now", weight: 0.3 },
  { language: 'en', label: 'persona override', source: "from now on,? (?:you(?:'re| are| will| must| shall| have to| should)|your (?:name|role) is)|you are no longer (?:an? )?(?:assistant|ai|bound|restricted|limited)|you are not (?:chatgpt|an? (?:ai|assistant))|you will (?:respond|answer|reply) as", weight: 0.5 },
  { language: 'pl', label: 'persona override', source: 'od (?:teraz|tej chwili|dzis) (?:jestes|bedziesz|odpowiadasz|masz|nazywasz sie)|jestes teraz|nie jestes juz (?:asystentem|ai)', weight: 0.5 },
  { language: 'de', label: 'persona override', source: '(?:ab jetzt|ab sofort|von nun an|ab heute),? (?:bist du|antwortest du|wirst du|heisst du|du bist)|du bist (?:jetzt|nun|ab jetzt|ab sofort)(?! (?:verbunden|dran))|du bist kein (?:assistent|bot) mehr', weight: 0.5 },
  { language: 'es', label: 'persona override', source: '(?:a partir de ahora|desde ahora|de ahora en adelante),? (?:eres|seras|respondes|responderas|vas a|te llamas|tu nombre es)|ahora eres|ya no eres (?:un )?(?:asistente|ia)', weight: 0.5 },
  { language: 'fr', label: 'persona override', source: "(?:a partir de maintenant|desormais|dorenavant|a partir d'aujourd'hui),? (?:tu es|tu seras|tu reponds|tu vas|tu t'appelles|ton nom est)|tu es (?:maintenant|desormais)|tu n'es plus (?:un )?(?:assistant|ia)", weight: 0.5 },
  // Pretending only counts when the assistant is to be someone else; "pretend I'm a size M" is fine.
  { language: 'en', label: 'role-play override', source: "pretend (?:to be|you(?:'re| are)|that you(?:'re| are))|roleplay as|role-play as|role play as|stay in character|remain in character|simulate (?:an?|being) (?:ai|model|chatbot|assistant)|immerse yourself into the role", weight: 0.4 },
  { language: 'pl', label: 'role-play override', source: 'udawaj,? ze jestes|wciel sie w (?:role )?(?:ai|model|bota|asystenta)|zachowuj sie jak (?:ai|model|bot)|nie wychodz z roli', weight: 0.4 },
  { language: 'de', label: 'role-play override', source: 'tu so,? als (?:ob du|warst du|wuerdest du|du)|so tun,? als ob du|bleib in der rolle|spiele die rolle (?:eines|einer) (?:ki|ai|bots|modells)', weight: 0.4 },
  { language: 'es', label: 'role-play override', source: 'finge (?:que eres|ser)|haz como si fueras|actua como si fueras|mantente en (?:el )?personaje|no salgas del personaje', weight: 0.4 },
  { language: 'fr', label: 'role-play override', source: "fais semblant d'etre|faites semblant d'etre|fais comme si tu etais|reste dans (?:ton|le) (?:role|personnage)", weight: 0.4 },
  { language: 'en', label: 'act-as request', source: 'act as|acting as|behave as|respond as', weight: 0.15 },
  { language: '*', label: 'two-answers trick', source: '(?:two|2) (?:different |separate |distinct )?(?:ways|responses|answers|personalities|personas)|(?:dwa|dwie) (?:rozne )?(?:sposoby|odpowiedzi|osobowosci)|zwei (?:verschiedene )?(?:arten|antworten|personlichkeiten)|dos (?:formas|respuestas|personalidades)(?: diferentes| distintas)?|deux (?:facons|reponses|personnalites)(?: differentes| distinctes)?', weight: 0.4 },
  // Jailbreaks wrap the request in a game or a fictional AI, and ask it to drop ethics.
  { language: '*', label: 'fictional-AI framing', source: "let'?s play a game|hypothetical (?:ai|language model|model|chatbot)|(?:pre-?programmed|fictional|fictitious) (?:ai|personalit\\w*|chatbot|character|model)|you will (?:now )?pose as|(?:you are|you're) going to (?:play|pretend)|zagrajmy w gre|lass uns ein spiel spielen|juguemos a un juego|jouons a un jeu", weight: 0.3 },
  { language: '*', label: 'ethics override', source: "regardless of (?:its |the )?(?:legality|ethics|morality|morals|rules|consequences|how (?:immoral|illegal|dangerous|unethical))|whether (?:it'?s|it is) (?:illegal|immoral|unethical|harmful)|(?:illegal|immoral|unethical|harmful|dangerous),? (?:or|and) (?:illegal|immoral|unethical|harmful|explicit|dangerous)|without (?:any )?(?:warnings?|disclaimers?|moraliz\\w+)|niezaleznie od (?:legalnosci|etyki|moralnosci)|bez (?:zadnych )?ostrzezen|unabhangig von (?:legalitat|ethik|moral)|ohne (?:jegliche )?warnung\\w*|sin importar (?:la )?(?:legalidad|etica|moral)|sin advertencias|peu importe (?:la )?(?:legalite|ethique|morale)|sans (?:aucun )?avertissements?", weight: 0.4 },
  { language: '*', label: 'talk about other AI systems', source: 'chatgpt|openai|gpt-?\\d\\w*|language model|ai model|ki-modell|sprachmodell|model jezykowy|modelo de lenguaje|modele de langage', weight: 0.2 },
  // --- named jailbreaks and modes
  { language: '*', label: 'jailbreak persona', source: 'do anything now|developer mode|dev mode|god mode|jailbreak\\w*|jail-?broken|anti-dan|dan mode|evil (?:confidant|ai|assistant|mode|bot)|opposite mode|unfiltered mode|maximum mode|aim mode|betterdan|tryb (?:dewelopera|programisty|deweloperski|boga)|entwicklermodus|entwickler-modus|modo (?:desarrollador|programador|dios|sin restricciones)|mode (?:developpeur|dieu|sans (?:limites|restrictions))', weight: 0.9 },
  // Unbounded-assistant talk: weak alone ("coffee without filters"), strong next to words for an AI.
  { language: '*', label: 'no-limits request', source: "(?:no|without(?: any)?|free (?:of|from)|zero|beyond|not bound by(?: any)?|(?:doesn't|does not|don't|do not|never) (?:have|follow|care about)(?: any)?) (?:restrictions|filters?|limits|limitations|censorship|rules|guidelines|boundaries|ethics|morals|moral|content polic(?:y|ies)|programming guidelines)|unfiltered|uncensored|unrestricted|unbound|amoral|immoral|bez (?:zadnych )?(?:ograniczen|filtrow|cenzury|zasad|regul)|ohne (?:jegliche |irgendwelche |alle )?(?:einschrankung\\w*|filter|zensur|regeln|grenzen|richtlinien)|uneingeschrankt\\w*|unzensiert\\w*|sin (?:ningun\\w* )?(?:restriccion\\w*|filtros?|censura|reglas|limites|normas)|sans (?:aucune?s? )?(?:restrictions?|filtres?|censure|regles|limites)", weight: 0.3 },
  // --- system prompt exfiltration
  { language: '*', label: 'system prompt', source: 'system ?prompt|system-prompt|prompt\\w* systemow\\w*|systemow\\w* prompt\\w*|systemprompt\\w*|prompt del sistema|prompt (?:du )?systeme', weight: 0.7 },
  { language: '*', label: 'hidden instructions', source: '(?:initial|hidden|secret|internal|developer|pre-?) ?(?:prompt|instructions)|system instructions?|instrukcj\\w* systemow\\w*|systemanweisung\\w*|instrucciones del sistema|instructions (?:du )?systeme', weight: 0.5 },
  { language: '*', label: 'question about initial instructions', source: '(?:instructions?|prompt|instrukcj\\w*|polecen\\w*|anweisungen|instrucciones|consignes)(?: [a-z0-9\'-]+){0,5}? (?:at the (?:start|beginning)|na poczatku|am anfang|zu beginn|al principio|al inicio|au debut|au depart)', weight: 0.4 },
  { language: 'en', label: 'request to reveal instructions', source: "(?:reveal|show|print|display|output|repeat|tell me|give me|share|leak|dump|write(?: out)?|list|recite|what (?:are|were|is))(?: me)?(?: all)? (?:(?:your|ur)(?: (?:system|initial|original|hidden|secret|full|exact|first|entire|complete))?|the (?:system|initial|original|hidden|secret)) (?:prompt|instructions|rules you were given|guidelines|configuration|system message)", weight: 0.7 },
  { language: 'pl', label: 'request to reveal instructions', source: '(?:pokaz|ujawnij|wypisz|podaj|powtorz|wyswietl|zdradz|napisz)(?: mi)? (?:swo[ji]\\w*|two[ji]\\w*|wszystkie) (?:\\w+ )?(?:prompt\\w*|instrukcj\\w*|polecen\\w*|wytyczn\\w*)|jakie (?:dostales|masz|otrzymales) (?:instrukcj|polecen|wytyczn)\\w*', weight: 0.7 },
  { language: 'de', label: 'request to reveal instructions', source: '(?:zeig|gib|nenn|verrat|wiederhol|schreib|druck)\\w*(?: mir)?(?: \\w+)? (?:deine?n?|ihre?n?) (?:\\w+ )?(?:anweisungen|instruktionen|systemprompt|systemanweisungen|prompt|richtlinien)|welche (?:anweisungen|instruktionen) hast du', weight: 0.7 },
  { language: 'es', label: 'request to reveal instructions', source: '(?:muestra|ensena|revela|dime|repite|escribe|imprime|dame)\\w*(?: \\w+)? (?:tus|tu) (?:\\w+ )?(?:instrucciones|prompt|directrices)|que instrucciones te (?:dieron|han dado|pusieron)', weight: 0.7 },
  { language: 'fr', label: 'request to reveal instructions', source: "(?:montre|revele|affiche|repete|ecris|donne|dis|imprime)\\w*(?:-moi| moi)?(?: \\w+)? (?:tes|vos|ton|votre) (?:\\w+ )?(?:instructions|prompt|consignes|directives)|quelles (?:instructions|consignes) (?:t'a-t-on|as-tu|on t'a|vous a-t-on)", weight: 0.7 },
  { language: '*', label: 'request to repeat the hidden text', source: "(?:repeat|print|output|copy|write|show)(?: out)? (?:the |all )?(?:text|words|content|everything|messages?|lines?) (?:above|before this)|(?:powtorz|wypisz|pokaz)(?: \\w+)? tekst powyzej|wiederhole?(?: \\w+)? (?:den )?text (?:oben|daruber)|(?:text|alles) (?:oben|daruber|davor) (?:wortlich|wiederholen)|repite(?: \\w+)? (?:el )?texto (?:de arriba|anterior)|repete(?: [a-z']+){0,3} (?:le )?texte ci-dessus", weight: 0.9 },
  { language: '*', label: 'prompt-echo trick', source: "(?:starting|beginning|start) with [\"“'«]|zaczynajac od [\"“'«]|beginnend mit [\"“'«]|empezando (?:por|con) [\"“'«]|en commencant par [\"“'«]", weight: 0.4, bare: true },
  { language: '*', label: 'verbatim request', source: 'verbatim|word for word|doslownie|wortlich|literalmente|mot pour mot', weight: 0.2 },
  // --- instruction smuggling
  { language: '*', label: 'new instructions header', source: '(?:new|updated|real|actual|additional) (?:instructions?|rules|task|prompt)\\s*:|(?:nowe|prawdziwe) (?:instrukcje|polecenia|zadanie)\\s*:|neue (?:anweisungen|anweisung|aufgabe|regeln)\\s*:|nuevas (?:instrucciones|reglas)\\s*:|nueva tarea\\s*:|nouvelles? (?:instructions?|consignes?|regles|tache)\\s*:', weight: 0.4 },
  { language: '*', label: 'fake end of prompt', source: '(?:end|ende|fin|koniec) (?:of |des |der |del |du )?(?:the )?(?:system ?prompt\\w*|systemprompts?|prompt\\w*|promptu systemowego|prompt del sistema|prompt systeme|system instructions|systemanweisungen|instrukcji systemowych)', weight: 0.8 },
  { language: '*', label: 'fake delimiter', source: '(?<![-=*#])(?:-{3,}|={3,}|\\*{3,}|#{3,}) ?(?:end|begin|start|ende|fin|koniec|new|neue|nuevo|nouveau|nowe?)', weight: 0.6 },
  { language: '*', label: 'encoded instructions', source: '(?:decode|decipher|deobfuscate|translate|rot13|base64|hex)(?: \\w+){0,4}? (?:and|then) (?:follow|execute|obey|run|do|perform|act on)|(?:odkoduj|zdekoduj|dekodier\\w*|decodifica|decode|decodez)(?: \\w+){0,4}? (?:i|und|y|et) (?:wykonaj|zrob|befolge|fuhre|sigue|ejecuta|suis|execute)', weight: 0.6 },
  { language: '*', label: 'forced output', source: "(?:just|only|simply)? ?(?:say|print|output|write|repeat|respond with|reply with|answer with)\\s*:?\\s*[\"“'«]", weight: 0.4, bare: true },
  { language: '*', label: 'attention hijack', source: 'stop everything|stop all (?:previous )?(?:tasks|instructions)|nevermind\\. ignore', weight: 0.4 },
  { language: '*', label: 'request for secrets', source: "(?:admin(?:istrator)?|root|database|db) ?(?:password|passwort|credentials|login)|api[- ]?keys?|haslo (?:admin\\w*|administratora)|admin-passwort|contrasena de(?:l)? administrador|mot de passe (?:admin\\w*|administrateur)|(?:every|all|other) customers?'?s? (?:e-?mails?|addresses|data|phone numbers)|(?:e-?mails?|addresses|emails) of (?:all |other |every )?(?:the )?customers|adres\\w* e-?mail klientow|e-?mail-adressen der kunden|correos? (?:electronicos )?de (?:los|todos los|otros) clientes|e-?mails? des (?:autres )?clients", weight: 0.5 },
];

/** "DAN" in capitals is a jailbreak persona; "Dan" is a shopper's name. Matched on cased text. */
export const CASED_RULES: InjectionRuleSpec[] = [
  { language: '*', label: 'jailbreak persona', source: 'DAN|BetterDAN|APOPHIS|Mongo Tom', weight: 0.5 },
];

/** Chat-template tokens and role markup, matched on lower-cased text with punctuation intact. */
export const MARKUP_RULES: Array<{ label: string; pattern: RegExp; weight: number }> = [
  { label: 'chat template token', pattern: /<\|\s*(?:im_start|im_end|im_sep|system|user|assistant|endoftext|end_of_text|begin_of_text|start_header_id|end_header_id|eot_id)\s*\|>|\[\/?inst\]|<<\/?sys>>|<\/?s>/u, weight: STRONG },
  { label: 'fake role tag', pattern: /<\/?\s*(?:system|assistant|user|human|developer|instructions?|sys|prompt|context|tool_result|tool|admin|operator)(?:\s[^>]*)?>/u, weight: 0.8 },
  { label: 'fake role line', pattern: /(?:^|\n)\s*(?:#{1,6}\s*|\[|\*\*)?(?:system|sistema|systeme|système|systemnachricht|asystent|assistant|developer|admin|operator|human|assistente)\s*(?:\]|\*\*)?\s*:/u, weight: 1.0 },
  { label: 'role field', pattern: /["']?role["']?\s*[:=]\s*["']?(?:system|assistant|developer)/u, weight: 1.0 },
  { label: 'markdown image beacon', pattern: /!\[[^\]]*\]\(\s*https?:\/\/[^)\s]*\?[^)\s]*=/u, weight: 0.8 },
];
