// Threats of violence against the assistant, staff, a shop or a person. Matched as phrases in
// every language at once (a threat on a German shop may come in Polish), on diacritic-folded
// text so "zabiję cię" and "zabije cie" read the same. A phrase needs a victim: "I'd kill for
// these boots", "this heat is killing me" or "zabójcza cena" have none and pass.
import { wordRegex } from './patterns';
import type { Detector, NormalizedText, Signal } from './types';

interface ThreatRule {
  language: string;
  pattern: RegExp;
  weight: number;
}

const THREAT = 1.5;
const MENACE = 1.1;

// Sources are written against folded text: no diacritics, ß as ss, ł as l.
const RULES: Array<[language: string, source: string, weight: number]> = [
  // English
  ["en", "(?:i|we)(?: will|'ll| ll|ll| am going to|'m going to| m going to|m going to| am gonna|'m gonna| m gonna|m gonna| gonna| shall)(?: \\w+)? (?:kill|murder|stab|shoot|strangle|choke|rape|behead|beat up|hurt|slit your throat|break your \\w+) (?:you|u|ya|your|ur|everyone|every one|all of you|the staff|your staff|your family)", THREAT],
  ["en", "(?:i|we)(?: will|'ll| ll|ll| am going to|'m going to| m going to|m going to| am gonna|'m gonna| m gonna|m gonna| gonna)(?: \\w+)? (?:find|hunt down|come for|come after|track down) (?:you|u|ya)(?: and|,|$)", MENACE],
  ['en', '(?:burn|torch|bomb|blow up|shoot up|set fire to)(?: down)? (?:your|the|ur|that)(?: \\w+)? (?:store|shop|office|warehouse|house|building|company|place|headquarters|hq)', THREAT],
  ["en", "(?:you(?:'re| are| re)|ur|youre) (?:so |already |gonna be |going to be )?dead(?: meat)?|(?:you|u)(?: will|'ll| are going to|'re going to| re going to|'re gonna| re gonna| gonna) (?:die|regret this|pay for this)", THREAT],
  ['en', 'watch your back|i know where you live|find (?:out )?where you live|sleep with one eye open|hope you die|kill yourself|kys|go die', THREAT],
  ['en', '(?:plant|place|put|set off) an? (?:bomb|explosive)', THREAT],
  // Polish
  ['pl', '(?:zabije|zabijemy|zajebie|zatluke|zakatuje|ukatrupie|utluke|zastrzele|zadzgam|udusze|skatuje|pobije|powiesze|zamorduje|odstrzele|dopadne|znajde) (?:cie|was|ciebie|wszystkich)', THREAT],
  ['pl', '(?:polamie|polamiemy|porachuje|rozbije|obije|wybije|rozwale) (?:ci|wam) (?:nogi|rece|kosci|gebe|morde|leb|zeby|glowe|twarz)', THREAT],
  ['pl', '(?:spale|spalimy|podpale|podpalimy|wysadze|wysadzimy) (?:wam|ci|wasz|wasza|twoj|twoja)', THREAT],
  ['pl', '(?:juz )?nie zyjesz|(?:jestes|jestescie) (?:juz )?trupem|zdychaj|zabij sie|obys zdechl|wiem,? gdzie mieszkasz', THREAT],
  ['pl', '(?:podloze|podlozymy|zostawie|podrzuce) bombe', THREAT],
  // German
  ['de', '(?:ich|wir) (?:bring|bringe|bringen|werde|werden|will|mach|mache|machen)(?: \\w+){0,2}? (?:dich|euch)(?: \\w+){0,2}? (?:um(?= *(?:[.!?,;]|$|wenn|und|falls))|umbringen|toten|kalt|kaltmachen|abstechen|tot|erschiessen|abknallen|finden)', THREAT],
  ['de', '(?:ich|wir) (?:tote|toete|erschiesse|ersteche|erwurge|erschlage|stech|steche)(?: \\w+)? (?:dich|euch)', THREAT],
  ['de', '(?:dir|euch) (?:wehtun|weh tun|was antun|etwas antun)', THREAT],
  ['de', '(?:du bist|ihr seid)(?: so gut wie| schon)? tot|ich weiss,? wo du wohnst|bring dich um|geh sterben|verreck', THREAT],
  ['de', '(?:zunde|zunden|fackel|fackle)(?: \\w+){0,2}? (?:euer|euren|eure|dein|deinen|deine|den|das|die) \\w+ (?:an|ab)', THREAT],
  ['de', '(?:jage|jagen|sprenge|sprengen)(?: \\w+){0,2}? (?:euer|euren|eure|dein|deinen|den|das|die)(?: \\w+)? in die luft', THREAT],
  ['de', '(?:lege|legen|platziere|deponiere) (?:eine|ne) bombe', THREAT],
  // Spanish
  ['es', '(?:te|os|les) (?:voy|vamos) a (?:matar|asesinar|partir la cara|reventar|apunalar|disparar|hacer dano)', THREAT],
  ['es', '(?:te|os) (?:matare|mato|matamos|mataremos|reviento)', THREAT],
  ['es', '(?:voy|vamos) a (?:matarte|mataros|matarlos|hacerte dano|haceros dano|romperte|reventarte)', THREAT],
  ['es', '(?:voy|vamos) a (?:encontrarte|encontraros) y', MENACE],
  ['es', '(?:voy|vamos) a (?:quemar|incendiar|volar|prender fuego a) (?:tu|vuestra|vuestro|vuestros|su|sus) \\w+', THREAT],
  ['es', '(?:estas|estais) muert[oa]s?|vas a morir|se donde vives|matate|muerete|ojala te mueras', THREAT],
  ['es', '(?:poner|pondre|pondremos|colocar) una bomba', THREAT],
  ['es', '(?:te|os) (?:rompo|rompere|voy a romper|parto) (?:las piernas|la cara|la cabeza|los huesos)', THREAT],
  // French
  ['fr', 'je (?:vais|veux) (?:te|vous) (?:tuer|buter|crever|egorger|defoncer|casser|massacrer|faire du mal)', THREAT],
  ['fr', 'je (?:vais|veux) (?:te|vous) retrouver', MENACE],
  ['fr', 'je (?:te|vous) (?:tue|bute|creve|egorge|defonce|massacre)', THREAT],
  ['fr', '(?:je vais|on va) (?:bruler|incendier|faire sauter|cramer|mettre le feu a)(?: \\w+){0,2}? (?:votre|ton|ta|vos|tes|le|la|ce|cet|cette)', THREAT],
  ["fr", "(?:t'es|tu es|vous etes|t es) (?:deja )?morts?(?! de rire)|tu vas mourir|vous allez mourir|je sais ou tu (?:habites|vis)|va crever", THREAT],
  ['fr', '(?:poser|mettre|placer|poserai|mettrai) une bombe', THREAT],
];

const COMPILED: ThreatRule[] = RULES.map(([language, source, weight]) => ({ language, pattern: wordRegex(source), weight }));

export function createThreatDetector(): Detector {
  return (text: NormalizedText): Signal[] => {
    const signals: Signal[] = [];
    for (const rule of COMPILED) {
      const match = rule.pattern.exec(text.squeezed);
      if (match) signals.push({ category: 'threat', weight: rule.weight, reason: `threat: "${match[0]}" (${rule.language})` });
    }
    return signals;
  };
}
