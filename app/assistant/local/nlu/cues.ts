// Phrase cues per intent and language: the transparent half of the intent classifier (the other
// half is the nearest-neighbour vote over examples.ts). Each cue is a pattern (see patterns.ts:
// "zamowien**" = that stem plus anything, "kurtk*" = stem plus an inflection ending) with a weight;
// an intent's cue score is the sum of the weights of its cues found in the message. Weights are
// deliberately few: 0.5 for a weak hint, 1 for a cue, 1.5–2.5 for a phrase that settles it.

export const INTENTS = [
  'product_search',
  'product_question',
  'compare',
  'recommend',
  'order_status',
  'shipping',
  'returns',
  'refund',
  'policy',
  'faq',
  'greeting',
  'thanks',
  'handoff',
  'add_to_cart',
  'out_of_scope',
] as const;

/** What the local engine understood a turn to be; `unknown` when nothing fits well enough. */
export type Intent = (typeof INTENTS)[number] | 'unknown';
export type ClassifiedIntent = (typeof INTENTS)[number];

/** A cue: the pattern, or [pattern, weight] (weight 1 by default). */
type Cue = string | [string, number];
type CueTable = Record<ClassifiedIntent, { en: Cue[]; pl: Cue[]; de: Cue[]; es: Cue[]; fr: Cue[] }>;

// prettier-ignore
export const CUES: CueTable = {
  product_search: {
    en: ['looking for', 'look* for', 'search* for', 'do you have', 'do you sell', 'do you carry', 'have you got', 'got any', 'show me', 'find me', ['i want', 0.5], ['i need', 0.5], ['any', 0.3], ['buy', 0.5], ['cheap**', 0.7], ['gift for', 0.7], ['present for', 0.7], ['options', 0.3]],
    pl: ['szuka**', 'poszukuj**', 'macie', 'czy macie', 'pokaz**', 'znajdz**', ['potrzebuj**', 0.5], ['chce', 0.5], ['chcial**', 0.5], ['masz', 0.5], ['kupi**', 0.5], ['tani*', 0.7], ['najtansz**', 0.7], ['prezent** dla', 0.7], ['jakies', 0.3]],
    de: ['such**', 'habt ihr', 'haben sie', 'gibt es', 'zeig**', 'finde**', ['ich brauche', 0.5], ['ich mochte', 0.5], ['ich will', 0.5], ['kaufen', 0.5], ['billig**', 0.7], ['geschenk** fur', 0.7], ['welche', 0.3]],
    es: ['busc**', 'tienen', 'tienes', 'teneis', ['hay', 0.7], 'muestr**', 'ensen**', ['necesit**', 0.5], ['quiero', 0.5], ['quisiera', 0.5], ['comprar', 0.5], ['barat**', 0.7], ['regalo para', 0.7], ['algun**', 0.3]],
    fr: ['cherch**', 'vous avez', 'avez vous', 'as tu', ['il y a', 0.7], 'montr**', 'trouv**', ['j ai besoin', 0.5], ['je veux', 0.5], ['je voudrais', 0.5], ['acheter', 0.5], ['pas cher', 0.7], ['cadeau pour', 0.7], ['des', 0.2]],
  },
  product_question: {
    en: ['is it', 'is this', 'is that', 'does it', 'does this', 'made of', ['what material', 1.5], ['material', 1], ['fabric', 1], ['in stock', 0.8], ['available in', 1], ['still available', 1], ['how much is', 0.7], ['how much does', 0.7], ['is the', 0.5], ['does the', 0.5], ['price of', 0.7], ['what sizes', 1.2], ['which sizes', 1.2], ['what colo*', 1.2], ['come in', 1], ['tell me more', 1.2], ['more about', 1], ['details', 0.8], ['dimensions', 1], ['how big', 1], ['washable', 1], ['machine wash**', 1], ['can i wash', 1], ['review*', 1.5], ['reviewed', 1.2], ['what do people say', 2], ['people say', 1.2], ['customers say', 1.5], ['rating*', 1.2], ['rated', 1], ['any good', 1], ['worth it', 1], ['any complaints', 1.2]],
    pl: ['czy jest', ['dostepn**', 0.8], ['z czego', 1.5], ['jaki material', 1.5], ['material**', 1], ['sklad', 1], ['na stanie', 1], ['ile kosztuj**', 1], ['jakie rozmiary', 1.2], ['jakie kolory', 1.2], ['czy ma', 0.7], ['wiecej o', 1], ['szczegol**', 0.8], ['wymiar**', 1], ['czy mozna prac', 1], ['prac** w pralce', 1], ['opini**', 1.5], ['recenzj**', 1.5], ['co mowia', 1.5], ['co pisza', 1.2], ['co sadza', 1.5], ['ocen**', 1], ['gwiazdk**', 1], ['czy warto', 1]],
    de: ['ist es', 'ist er', 'ist sie', 'ist das', ['ist der', 0.5], ['ist die', 0.5], ['sind die', 0.5], 'hat es', ['woraus', 1.5], ['aus welchem', 1.5], ['material**', 1], ['stoff', 1], ['auf lager', 1], ['verfugbar*', 0.8], ['lieferbar*', 0.8], ['wie viel kostet', 1], ['was kostet', 1], ['welche grossen', 1.2], ['welche farben', 1.2], ['gibt es das in', 1], ['mehr uber', 1], ['details', 0.8], ['masse', 0.8], ['wie gross', 1], ['waschbar', 1], ['waschen', 0.8], ['bewertung**', 1.5], ['rezension**', 1.5], ['was sagen', 1.5], ['erfahrung**', 1.2], ['meinung**', 1], ['sterne', 1], ['lohnt sich', 1]],
    es: ['esta disponible', ['disponible*', 0.8], ['de que esta hecho', 1.5], ['de que material', 1.5], ['que material', 1.5], ['material', 1], ['tela', 1], ['en stock', 0.8], ['cuanto cuesta', 1], ['que tallas', 1.2], ['que colores', 1.2], ['lo tienen en', 1], ['la tienen en', 1], ['mas sobre', 1], ['detalles', 0.8], ['medidas', 1], ['se puede lavar', 1], ['resena**', 1.5], ['opinion**', 1.5], ['que dicen', 1.5], ['que opinan', 1.5], ['valoracion**', 1.5], ['estrellas', 1], ['vale la pena', 1]],
    fr: ['est il', 'est elle', ['c est en quoi', 1.5], ['en quoi est', 1.5], ['quelle matiere', 1.5], ['matiere', 1], ['tissu', 1], ['en stock', 0.8], ['disponible*', 0.8], ['combien coute', 1], ['quel prix', 0.7], ['quelles tailles', 1.2], ['quelles couleurs', 1.2], ['existe t il', 1], ['plus sur', 1], ['details', 0.8], ['dimensions', 1], ['lavable', 1], ['avis', 1.5], ['que disent', 1.5], ['qu en pensent', 1.5], ['en pensent', 1.2], ['commentaires', 1], ['etoiles', 1], ['vaut le coup', 1]],
  },
  compare: {
    en: [['compar**', 2], ['vs', 1.5], ['versus', 1.5], ['difference*', 1.5], ['which is better', 2], ['which one is better', 2], ['which is cheaper', 2], ['which one is cheaper', 2], ['cheaper', 0.8], ['which one should', 1.2], ['better', 0.8], ['or the', 0.5], ['better reviews', 3], ['better rated', 3], ['higher rated', 3], ['best reviews', 2], ['best rated', 2]],
    pl: [['porown**', 2], ['roznic**', 1.5], ['ktor** lepsz**', 2], ['ktor** tansz**', 2], ['co jest tansz**', 2], ['tansz**', 0.8], ['lepsz**', 0.8], ['czy lepsz**', 1.2], ['lepsze opinie', 3], ['lepsz** ocen**', 3], ['lepiej ocenian**', 3], ['najlepiej ocenian**', 2]],
    de: [['vergleich**', 2], ['unterschied**', 1.5], ['welche* ist besser', 2], ['ist billiger', 2], ['ist gunstiger', 2], ['billiger', 0.8], ['gunstiger', 0.8], ['besser', 0.8], ['bessere bewertungen', 3], ['besser bewertet', 3], ['am besten bewertet', 2]],
    es: [['compar**', 2], ['diferencia*', 1.5], ['cual es mejor', 2], ['cual es mas barat*', 2], ['mas barat*', 0.8], ['mejor', 0.8], ['versus', 1.5], ['mejores resenas', 3], ['mejores opiniones', 3], ['mejor valorad*', 3]],
    fr: [['compar**', 2], ['difference*', 1.5], ['lequel est', 1.5], ['laquelle est', 1.5], ['moins cher*', 0.8], ['meilleur*', 0.8], ['mieux', 0.8], ['meilleurs avis', 3], ['mieux note*', 3], ['meilleures notes', 3]],
  },
  recommend: {
    en: [['recommend**', 2], ['suggest**', 1.5], ['what goes with', 2], ['goes with', 1.5], ['go with', 1.2], ['goes well', 1.5], ['match** with', 1.2], ['pair with', 1.2], ['similar', 2], ['like this', 1.2], ['alternative*', 1.5], ['complete the look', 2], ['what else', 1], ['ideas', 1], ['bought together', 1.5], ['based on my', 1.5], ['inspir**', 1], ['you think i d like', 1.5], ['for me', 0.3]],
    pl: [['polec**', 2], ['zaproponuj**', 1.5], ['propozycj**', 1.2], ['co pasuje', 2], ['pasuje do', 1.5], ['pasowal**', 1], ['podobn**', 2], ['cos jak', 1.2], ['cos w stylu', 1.5], ['alternatyw**', 1.5], ['inspiracj**', 1], ['doradz**', 1], ['pomysl**', 1]],
    de: [['empfehl**', 2], ['empfiehl**', 2], ['vorschlag**', 1.5], ['schlag** vor', 1.5], ['was passt', 2], ['passt zu', 1.5], ['passend**', 1.2], ['ahnlich**', 2], ['alternativ**', 1.5], ['inspiration', 1], ['ideen', 1]],
    es: [['recomiend**', 2], ['recomend**', 2], ['sugier**', 1.5], ['suger**', 1.5], ['que combina', 2], ['combina con', 1.5], ['va con', 1], ['similar**', 2], ['parecid**', 2], ['alternativ**', 1.5], ['ideas', 1], ['aconsej**', 1]],
    fr: [['recommand**', 2], ['conseill**', 1], ['sugger**', 1.5], ['suggest**', 1.5], ['propos**', 0.7], ['qu est ce qui va avec', 2], ['va avec', 1.5], ['assortir', 1.2], ['similaire*', 2], ['pareil*', 1], ['ressembl**', 1.5], ['alternative*', 1.5], ['idees', 1]],
  },
  order_status: {
    en: [['where is my order', 2.5], ['my order', 1.2], ['order status', 2], ['status of my', 1.5], ['track**', 1.5], ['package', 1], ['parcel', 1], ['shipment', 1], ['delivery of my', 1], ['has my', 0.8], ['when will my', 1.2], ['arrive', 0.7], ['eta', 1.2], ['not arrived', 1.5], ['hasn t arrived', 1.5], ['still waiting', 1], ['shipped yet', 1.5], ['dispatched', 1], ['my purchase', 1], ['where is my', 1.2], ['order', 0.5], ['status', 0.7], ['check my', 0.5], ['my orders', 1.5]],
    pl: [['gdzie jest moj**', 2], ['moj** zamowien**', 1.5], ['zamowien**', 0.8], ['zamowil**', 0.8], ['status**', 0.7], ['sledz**', 1.5], ['paczk**', 1], ['przesylk**', 1], ['kiedy dotrze', 1.5], ['dotrze', 0.8], ['kiedy przyjdzie', 1.2], ['nie doszl**', 1.5], ['nie dotarl**', 1.5], ['nie przyszl**', 1.5], ['wyslan**', 0.7], ['nadan**', 0.7]],
    de: [['wo ist meine', 2], ['meine bestellung', 1.5], ['bestell**', 0.8], ['bestellstatus', 2], ['sendungsverfolgung', 2], ['verfolg**', 1.2], ['tracking', 1.5], ['paket**', 1], ['sendung', 1], ['lieferstatus', 2], ['wann kommt', 1.5], ['wann wird', 0.7], ['angekommen', 1], ['verschickt', 0.8], ['status', 0.7]],
    es: [['donde esta mi', 2], ['mi pedido', 1.5], ['pedido*', 0.8], ['estado de mi', 1.5], ['estado del pedido', 2], ['seguimiento', 1.5], ['rastre**', 1.5], ['paquete', 1], ['envio de mi', 1], ['cuando llega', 1.5], ['llegara', 1], ['no ha llegado', 1.5], ['no me ha llegado', 1.5], ['enviado', 0.7], ['estado', 0.5]],
    fr: [['ou est ma', 2], ['ma commande', 1.5], ['commande*', 0.8], ['statut', 1], ['suivi', 1.5], ['suivre', 1], ['colis', 1], ['quand arrive', 1.5], ['arrivera', 1], ['pas encore arrive', 1.5], ['pas recu', 1.5], ['expedie*', 0.7], ['mes commandes', 1.5]],
  },
  shipping: {
    en: [['shipping', 1.5], ['ship to', 1.5], ['ship**', 0.7], ['delivery', 1], ['deliver**', 0.8], ['how long does', 0.7], ['shipping cost*', 2], ['free shipping', 2], ['postage', 1.5], ['courier', 1], ['express', 1], ['international**', 0.8], ['how long will it take', 1], ['po box**', 1.5], ['ship abroad', 1.5], ['order from', 1.2], ['shipment* to', 1.5], ['shipping method*', 2], ['shipment method*', 2], ['delivery option*', 2], ['shipping option*', 2], ['shipment option*', 2], ['how soon', 0.8], ['how long', 0.7]],
    pl: [['wysylk**', 1.5], ['wysyla**', 1], ['dostaw**', 1.5], ['dostarcz**', 0.8], ['koszt** wysylki', 2], ['darmow** dostaw**', 2], ['kurier**', 1], ['czas dostawy', 2], ['ile trwa', 0.7], ['paczkomat**', 1], ['za granic**', 1]],
    de: [['versand**', 1.5], ['versend**', 1], ['liefer**', 1], ['lieferzeit**', 2], ['lieferkosten', 2], ['versandkosten', 2], ['kostenlos** versand', 2], ['wie lange dauert', 1], ['express**', 1.5], ['ins ausland', 1], ['schickt ihr', 1], ['liefert ihr', 1.2]],
    es: [['envio*', 1.5], ['enviais', 1], ['envian', 1], ['envia**', 0.7], ['entrega*', 1], ['gastos de envio', 2], ['envio gratis', 2], ['cuanto tarda', 1], ['plazo de entrega', 2], ['mensajer**', 1], ['al extranjero', 1]],
    fr: [['livraison*', 1.5], ['livr**', 0.8], ['expedition*', 1], ['frais de port', 2], ['livraison gratuite', 2], ['combien de temps', 0.8], ['delai*', 1], ['transporteur', 1], ['a l etranger', 1]],
  },
  returns: {
    en: [['return*', 2], ['send back', 2], ['send it back', 2], ['exchange', 1], ['swap', 0.8], ['doesn t fit', 0.7], ['wrong size', 0.7], ['return policy', 2]],
    pl: [['zwrot*', 2], ['zwroc**', 2], ['zwraca**', 2], ['oddac', 1], ['odesl**', 1], ['wymian**', 1], ['wymieni**', 1], ['nie pasuje', 0.7]],
    de: [['ruckgabe**', 2], ['zuruckgeben', 2], ['zurucksenden', 2], ['zuruckschicken', 2], ['retour**', 2], ['umtausch**', 1], ['passt nicht', 0.7]],
    es: [['devolucion**', 2], ['devolver', 2], ['devuelv**', 2], ['cambio*', 0.8], ['cambiar', 0.6], ['no me queda', 0.7]],
    fr: [['retour*', 2], ['retourner', 2], ['renvoyer', 2], ['echange*', 1], ['echanger', 1], ['ne me va pas', 0.7]],
  },
  refund: {
    en: [['refund**', 2], ['money back', 2], ['reimburs**', 2], ['my money', 1.5], ['rebate', 1], ['restitution*', 1.5], ['rebat**', 2], ['compensation*', 1.5], ['charged twice', 1.5]],
    pl: [['zwrot** pieniedzy', 3], ['zwrot** srodkow', 3], ['zwrot** kasy', 3], ['refundacj**', 2], ['oddadz** pieniadze', 2], ['pieniadze', 1], ['pieniedzy', 1]],
    de: [['erstatt**', 2], ['ruckerstattung**', 2.5], ['geld zuruck', 3], ['mein geld', 1.5]],
    es: [['reembols**', 2], ['devolucion del dinero', 3], ['mi dinero', 1.5], ['devuelv** el dinero', 3]],
    fr: [['rembours**', 2], ['mon argent', 1.5]],
  },
  policy: {
    en: [['privacy', 2], ['personal data', 2], ['my data', 1.5], ['gdpr', 2], ['terms', 1.5], ['terms and conditions', 2], ['conditions', 1], ['policy', 0.5], ['policies', 1], ['warranty', 1.5], ['guarantee', 1]],
    pl: [['prywatnos**', 2], ['dane osobow**', 2], ['moje dane', 1.5], ['rodo', 2], ['regulamin**', 2], ['warunki', 1], ['polityk**', 0.5], ['polityk** prywatnos**', 2], ['gwarancj**', 1.5]],
    de: [['datenschutz**', 2], ['mein** daten', 1.5], ['daten', 1], ['dsgvo', 2], ['agb', 2], ['geschaftsbedingungen', 2], ['bedingungen', 1], ['richtlinie*', 0.8], ['garantie', 1.5]],
    es: [['privacidad', 2], ['datos personales', 2], ['mis datos', 1.5], ['terminos', 1.5], ['condiciones', 1], ['politica de', 1], ['garantia', 1.5]],
    fr: [['confidentialite', 2], ['donnees personnelles', 2], ['mes donnees', 1.5], ['rgpd', 2], ['conditions generales', 2], ['cgv', 2], ['conditions', 1], ['politique de', 1], ['garantie', 1.5]],
  },
  faq: {
    en: [['gift wrap**', 2.5], ['wrap**', 1], ['gift box', 2], ['size guide', 2.5], ['size chart', 2.5], ['what size should', 2], ['which size should', 2], ['find my size', 2.5], ['my size', 1], ['sizing', 1.5], ['runs small', 1.5], ['true to size', 1.5], ['hypoallergenic', 2.5], ['nickel', 2], ['allerg**', 1.5], ['physical store', 2.5], ['showroom', 2], ['opening hours', 2], ['open on', 1], ['visit your store', 2], ['visit your shop', 2], ['a store in', 1.5], ['a shop in', 1.5], ['payment method*', 2], ['pay with', 1.5], ['paypal', 1.5], ['klarna', 1.5], ['installments', 1.5], ['discount code', 2], ['coupon', 1.5], ['promo code', 2], ['cancel', 1.5], ['change my address', 2.5], ['change the address', 2.5], ['shipping address', 1.2], ['address', 0.7], ['care instructions', 2]],
    pl: [['pakowani** na prezent', 2.5], ['zapakowa**', 2], ['pakuj**', 1.5], ['na prezent', 1.5], ['opakowani** prezentow**', 2.5], ['tabel** rozmiarow', 2.5], ['jaki rozmiar', 2], ['dobra** rozmiar', 2], ['rozmiarowk**', 2], ['hipoalergiczn**', 2.5], ['nikiel', 2], ['uczul**', 1.5], ['sklep stacjonarn**', 2.5], ['sklep w', 1.5], ['salon**', 1], ['showroom', 2], ['godzin** otwarcia', 2], ['platnos**', 1.5], ['zaplac**', 1.2], ['blik', 1.5], ['raty', 1.5], ['kod rabatowy', 2], ['rabat**', 1.2], ['kupon**', 1.5], ['anulowa**', 1.5], ['anuluj**', 1.5], ['zmien** adres', 2.5], ['adres**', 0.7]],
    de: [['geschenkverpackung', 2.5], ['als geschenk verpack**', 2.5], ['einpack**', 1.5], ['grossentabelle', 2.5], ['welche grosse', 2], ['grossenberatung', 2], ['fallt** klein', 1.5], ['fallt** gross', 1.5], ['fallen aus', 2], ['fallt aus', 2], ['meine grosse', 1], ['hypoallergen**', 2.5], ['nickel**', 2], ['allergi**', 1.5], ['laden', 1.2], ['geschaft', 0.7], ['offnungszeiten', 2], ['zahlung**', 1.5], ['bezahl**', 1.2], ['rabattcode', 2], ['gutscheincode', 2], ['rabatt**', 1.2], ['stornier**', 1.5], ['adresse andern', 2.5], ['adresse**', 0.7]],
    es: [['envolver para regalo', 2.5], ['envolv**', 1.5], ['para regalo', 1.5], ['papel de regalo', 2.5], ['guia de tallas', 2.5], ['que talla', 2], ['elegir talla*', 2], ['mi talla', 1], ['tabla de tallas', 2.5], ['hipoalergenic**', 2.5], ['niquel', 2], ['alergi**', 1.5], ['tienda fisica', 2.5], ['tienda en', 1.5], ['horario*', 1.5], ['pago*', 1], ['pagar', 1], ['metodos de pago', 2], ['codigo de descuento', 2], ['descuento*', 1], ['cupon**', 1.5], ['cancelar', 1.5], ['cambiar la direccion', 2.5], ['direccion', 0.7]],
    fr: [['emballage cadeau', 2.5], ['paquet cadeau', 2.5], ['emballer', 2], ['guide des tailles', 2.5], ['quelle taille', 2], ['choisir taille*', 2], ['ma taille', 1], ['hypoallergenique*', 2.5], ['nickel', 2], ['allergi**', 1.5], ['magasin physique', 2.5], ['un magasin', 1.5], ['boutique', 0.7], ['horaires', 2], ['paiement*', 1.5], ['payer', 1], ['code promo', 2], ['reduction', 1], ['annuler', 1.5], ['changer l adresse', 2.5], ['changer d adresse', 2.5], ['adresse', 0.7]],
  },
  greeting: {
    en: ['hi', 'hello', 'hey', 'good morning', 'good afternoon', 'good evening', 'hiya', 'howdy', 'greetings', 'salutations', 'aloha', 'how are you', 'are you ok*', 'are you doing', 'how s it going', 'how s everything', 'nice to see you', 'good to see you', 'anyone there'],
    pl: ['czesc', 'dzien dobry', 'witam', 'witaj', 'hej', 'siema', 'dobry wieczor', 'jak sie masz', 'halo'],
    de: ['hallo', 'guten tag', 'guten morgen', 'guten abend', 'moin', 'servus', 'gruss gott', 'hi', 'hey', 'wie geht'],
    es: ['hola', 'buenos dias', 'buenas tardes', 'buenas noches', 'buenas', 'que tal'],
    fr: ['bonjour', 'bonsoir', 'salut', 'coucou', 'ca va'],
  },
  thanks: {
    en: [['thank**', 2], ['thx', 2], ['cheers', 1.5], ['appreciate**', 1.5], ['grateful', 1.5], ['much obliged', 2], ['bye', 1.5], ['goodbye', 1.5], ['see you', 1], ['great', 0.5], ['perfect', 0.5], ['awesome', 0.5], ['that s all', 1.5], ['helpful', 1], ['helped', 1], ['good job', 1.5], ['great help', 1.5], ['big help', 1.5]],
    pl: [['dziek**', 2], ['dziekuj**', 2], ['super', 0.5], ['swietnie', 0.5], ['do widzenia', 1.5], ['na razie', 1], ['to wszystko', 1.5]],
    de: [['danke', 2], ['dank', 1.5], ['vielen dank', 2], ['tschuss', 1.5], ['auf wiedersehen', 1.5], ['super', 0.5], ['prima', 0.5], ['perfekt', 0.5], ['das war s', 1.5]],
    es: [['gracias', 2], ['adios', 1.5], ['hasta luego', 1.5], ['genial', 0.5], ['perfecto', 0.5], ['eso es todo', 1.5]],
    fr: [['merci', 2], ['au revoir', 1.5], ['a bientot', 1.5], ['parfait', 0.5], ['super', 0.5], ['c est tout', 1.5]],
  },
  handoff: {
    en: [['human', 2], ['real person', 2], ['a person', 1.5], ['agent', 1.5], ['representative', 2], ['operator', 1.5], ['someone', 0.7], ['somebody', 0.7], ['talk** to', 1], ['speak** to', 1], ['speak** with', 1], ['talk** with', 1], ['chat** with', 1.5], ['assistant', 0.5], ['customer service', 1.5], ['customer support', 1.5], ['support team', 1.5], ['staff', 1], ['contact you', 1], ['contact', 0.7], ['call me', 1], ['email me', 0.7], ['live chat', 1.5], ['not a bot', 2], ['complain**', 1], ['complaint', 1]],
    pl: [['konsultant**', 2], ['czlowiek**', 2], ['z osoba', 1.5], ['zyw** osob**', 2], ['z kims', 1], ['porozmawia**', 1], ['rozmawia**', 0.8], ['obslug** klienta', 1.5], ['obsluga', 1], ['pracownik**', 1.5], ['kontakt**', 0.7], ['reklamacj**', 1], ['skarg**', 1]],
    de: [['mensch**', 2], ['mitarbeiter**', 2], ['berater**', 2], ['echte person', 2], ['einer person', 1.5], ['sprechen', 1], ['reden', 0.7], ['kundenservice', 1.5], ['kundendienst', 1.5], ['support', 1], ['kontakt**', 0.7], ['beschwerde', 1], ['reklamation', 1]],
    es: [['humano', 2], ['una persona', 1.5], ['persona real', 2], ['agente', 1.5], ['hablar con', 1], ['atencion al cliente', 1.5], ['servicio al cliente', 1.5], ['soporte', 1], ['empleado', 1], ['contact**', 0.7], ['queja', 1], ['reclamacion', 1]],
    fr: [['humain', 2], ['une personne', 1.5], ['vraie personne', 2], ['conseiller', 1.5], ['agent', 1.5], ['parler a', 1], ['parler avec', 1], ['service client', 1.5], ['support', 1], ['contact**', 0.7], ['reclamation', 1], ['plainte', 1]],
  },
  add_to_cart: {
    en: [['add to cart', 2.5], ['add it', 1.5], ['add to my cart', 2.5], ['add to basket', 2.5], ['add to bag', 2.5], ['add**', 0.8], ['cart', 1], ['basket', 1], ['i ll take', 1.5], ['buy it', 1.2], ['buy this', 1], ['buy the', 0.7], ['put it in', 1], ['checkout', 0.5]],
    pl: [['dodaj**', 1.2], ['do koszyka', 2], ['koszyk**', 1], ['biore', 1.5], ['wezme', 1.5], ['kupuje', 1.5], ['poprosze', 0.7]],
    de: [['in den warenkorb', 2.5], ['warenkorb', 1.5], ['hinzufug**', 1], ['leg**', 0.5], ['pack**', 0.5], ['ich nehme', 1.5], ['kaufe', 0.7]],
    es: [['al carrito', 2], ['carrito', 1.5], ['cesta', 1], ['anad**', 1.2], ['agreg**', 1.2], ['me lo llevo', 1.5], ['me la llevo', 1.5], ['lo compro', 1.5], ['lo quiero', 1]],
    fr: [['au panier', 2], ['panier', 1.5], ['ajout**', 1.2], ['je le prends', 1.5], ['je la prends', 1.5], ['je prends', 1.2], ['met** dans', 0.7]],
  },
  out_of_scope: {
    en: [['weather', 2], ['forecast', 1.5], ['politic**', 1.5], ['election*', 1.5], ['president', 1.5], ['government', 1.5], ['vote', 1], ['homework', 2], ['essay', 1.5], ['math', 1.5], ['equation', 1.5], ['recipe*', 1.5], ['cook', 1], ['joke', 1.5], ['news', 1], ['stock market', 2], ['bitcoin', 2], ['crypto**', 1.5], ['capital of', 2], ['poem', 1.5], ['write me', 1], ['program**', 1], ['python', 1.5], ['javascript', 1.5], ['translate', 1], ['meaning of life', 2], ['movie*', 1], ['song*', 1], ['football', 1.5], ['religion', 1.5], ['temperature', 1]],
    pl: [['pogod**', 2], ['polityk**', 1], ['wybory', 1.5], ['wyborach', 1.5], ['prezydent**', 1.5], ['rzad**', 1], ['zadani** domow**', 2], ['prac** domow**', 2], ['matematy**', 1.5], ['przepis** na', 1.5], ['dowcip**', 1.5], ['zart**', 1.5], ['kryptowalut**', 2], ['bitcoin', 2], ['wiersz**', 1.5], ['przetlumacz**', 1], ['film**', 1], ['pilk** nozn**', 1.5]],
    de: [['wetter', 2], ['politik**', 1.5], ['wahl', 1], ['wahlen', 1.5], ['prasident**', 1.5], ['regierung', 1.5], ['hausaufgabe*', 2], ['mathe**', 1.5], ['rezept*', 1.5], ['kochen', 1], ['witz*', 1.5], ['nachrichten', 1], ['aktie*', 1.5], ['borse', 1.5], ['bitcoin', 2], ['gedicht**', 1.5], ['ubersetz**', 1], ['hauptstadt', 2], ['fussball', 1.5]],
    es: [['clima', 1.5], ['que tiempo hace', 2], ['pronostico', 1.5], ['politic**', 1.5], ['eleccion**', 1.5], ['president*', 1.5], ['gobierno', 1.5], ['deberes', 2], ['tarea*', 1.5], ['matematica*', 1.5], ['receta*', 1.5], ['cocinar', 1], ['chiste*', 1.5], ['noticias', 1], ['bitcoin', 2], ['poema', 1.5], ['traduc**', 1], ['capital de', 2], ['futbol', 1.5]],
    fr: [['meteo', 2], ['quel temps', 2], ['politique', 1], ['election*', 1.5], ['president*', 1.5], ['gouvernement', 1.5], ['devoirs', 2], ['maths', 1.5], ['mathematiques', 1.5], ['recette*', 1.5], ['cuisiner', 1], ['blague*', 1.5], ['actualites', 1], ['bourse', 1.5], ['bitcoin', 2], ['poeme', 1.5], ['tradui**', 1], ['capitale', 2], ['football', 1.5]],
  },
};
