// French review lexicon. Apostrophes split words ("n'est" → "n", "est"), so "ne … pas" arrives
// as negators before the word; gender/number endings are covered by stems.
import type { LanguageLexicon } from './types';

export const fr: LanguageLexicon = {
  entries: `
adore 3.2, adoré 3.2, j'adore 3.2, aime 2.2, aimé 2.2, super 2.8, génial* 3, excellent* 3.2, parfait* 3, parfaitement 2.6,
magnifique* 3.2, superbe* 3.2, formidable* 3, fantastique* 3.2, merveilleu* 3.2, incroyable* 3, top 2.8, extra 2.6,
impeccable* 2.8, nickel 2.6, sublime* 3, beau 2.4, belle 2.4, beaux 2.4, belles 2.4, joli* 2.4, mignon* 2,
bien 1.6, très bien 2.6, bon 2, bonne 2, bons 2, bonnes 2, très bon* 2.6, confortable* 2.3, agréable* 2,
doux 1.4, douce* 1.4, chaud* 0.8, léger* 0.8, légère* 0.8, solide* 1.8, résistant* 2, durable* 2, robuste* 1.8,
recommande 2.6, recommandé 2.4, je recommande 2.8, recommandable 2.6, ravi* 2.8, content* 2.4, satisfait* 2.4,
heureu* 2.4, enchanté* 2.6, conquis* 2.6, bluffé* 2.6, qualité au rendez-vous 2.6, bonne qualité 2.4,
très bonne qualité 2.8, de qualité 2, haute qualité 2.6, qualité prix 1, qualité-prix 1, rapport qualité prix 1,
vaut le coup 2.4, vaut la peine 2.4, rapide* 1.4, rapidement 1.4, dans les délais 1.4, à temps 1.2,
aimable* 2, serviable* 2, sympa* 2, réactif* 1.8, réactive* 1.8, taille parfaitement 2.8, taille bien 1.6,
va parfaitement 2.8, tombe bien 2, conforme* 1.6, conforme à la description 1.8, comme sur la photo 1.4,
je rachèterai 2.8, je recommanderai 2.6, à racheter 2.4, sans problème 1.6, aucun problème 1.6, rien à redire 2.4,
cinq étoiles 3, 5 étoiles 3, bonne affaire 2.4, pas cher 1.2, abordable* 1.2, correct* 0.6, ok 0.5, moyen* -0.8,
bof -1.4, passable* -0.6, sans plus -1, médiocre* -1.8,
mauvais* -2.4, mal -2, nul -2.8, nulle -2.8, nuls -2.8, horrible* -3.2, affreu* -3, pas terrible -2, terrible* -1, épouvantable* -3.2,
catastroph* -3.2, lamentable* -3, minable* -2.8, déçu* -2.6, décevant* -2.6, déception -2.6, mécontent* -2.6,
insatisfait* -2.6, camelote -3, pacotille -3, arnaque -3.2, escroquerie -3.2, honteu* -2.6, cheap -1.6,
bas de gamme -1.8, inconfortable* -2.6, gratte -1.8, gratter -1.6, serre -1.2, blesse -2, ampoules -2.2,
inutilisable* -3, inutile* -2.4, cassé* -2.6, casse -2, se casse -2.4, s'est cassé -2.6, déchiré* -2.4, troué* -2.2,
trou -1.6, trous -1.8, décousu* -2.2, défectueu* -2.8, abîmé* -2.4, endommagé* -2.4, délavé* -1.8, décoloré* -1.8,
déteint -1.8, rétréci* -2, bouloche -1.6, boulochent -1.6, sent mauvais -2.4, odeur -1, moche* -2.6, laid* -2.4,
ne fonctionne pas -2.8, ne marche pas -2.8, fonctionne plus -2.8, marche plus -2.8, je ne recommande pas -3,
déconseille -3, à éviter -3, fuyez -3, argent jeté -3.2, perte d'argent -3.2, perte de temps -2.8, ne vaut pas -2.4,
trop cher -2, cher -1, chère -1, hors de prix -2.4, renvoyé* -1.8, retourné* -1.8, retour -1.2, remboursement -1.2,
réclamation -1.8, pas conforme -2.6, non conforme -2.6, rien à voir -2.2, différent de la photo -2.2,
retard* -1.6, en retard -1.8, trop long -1.6, jamais arrivé* -3, jamais reçu* -3, pas reçu -2.8, perdu* -1.6,
manque -1.4, manquait -1.6, manquant* -1.8, erreur -1.6, mauvaise taille -2, taille petit -1.4, taille grand -1.2,
taillent petit -1.4, taillent grand -1.2, trop petit* -1.8, trop grand* -1.6, trop serré* -1.8, trop large* -1.6,
trop court* -1.6, trop long* -1.4, trop fin* -1.6, trop lourd* -1.4, trop épais* -1.2, ne va pas -1.8,
impoli* -2.8, désagréable* -2.4, aucune réponse -2.4, sans réponse -2.4, regrette -2.6, plus jamais -3,
malheureusement -1.4, dommage -1.4, problème -1, problèmes -1.2, seul bémol -0.6, bémol -0.8, défaut -1.4,
hélas -1.4, agaçant* -2, frustrant* -2.2, énervant* -2
`,
  negators: ['ne', 'n', 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'ni', 'guère'],
  boosters: ['très', 'vraiment', 'super', 'trop', 'tellement', 'totalement', 'complètement', 'absolument', 'extrêmement', 'particulièrement', 'hyper', 'si', 'vachement', 'carrément', 'franchement', 'fort'],
  dampeners: ['peu', 'un peu', 'légèrement', 'assez', 'plutôt', 'presque', 'relativement', 'moyennement'],
  contrast: ['mais', 'cependant', 'pourtant', 'toutefois', 'néanmoins', 'malheureusement', 'par contre', 'bien que', 'sauf'],
};
