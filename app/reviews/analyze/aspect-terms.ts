// Words that say which aspect of a purchase a sentence is about, per language. Stems end in `*`.
// A sentence can touch several aspects ("cheap fabric that tore in a week": quality, durability).
import type { BuiltInAspect } from './types';

type AspectTerms = Record<BuiltInAspect, string[]>;

const en: AspectTerms = {
  quality: ['quality', 'material*', 'fabric*', 'stitching', 'seam*', 'well made', 'poorly made', 'badly made', 'cheaply made', 'construction', 'craftsmanship', 'finish', 'build', 'cheaply', 'flimsy', 'sturdy', 'feels cheap', 'texture', 'leather', 'cotton'],
  fit_sizing: ['fit', 'fits', 'fitting', 'fitted', 'size*', 'sizing', 'small', 'large', 'big', 'tight', 'loose', 'snug', 'length', 'too long', 'too short', 'waist*', 'inseam', 'runs small', 'runs large', 'true to size', 'baggy', 'narrow', 'wide'],
  shipping: ['shipping', 'shipped', 'delivery', 'delivered', 'arrived', 'arrive*', 'package arrived', 'courier', 'parcel', 'dispatch*', 'tracking', 'postage', 'transit'],
  price_value: ['price*', 'priced', 'value', 'worth', 'money', 'cost*', 'expensive', 'cheap', 'overpriced', 'bargain', 'deal', 'affordable', 'pricey'],
  customer_service: ['customer service', 'service', 'support', 'seller', 'staff', 'refund*', 'return policy', 'exchange*', 'replacement', 'warranty', 'contacted', 'response', 'responded', 'helpful'],
  packaging: ['packaging', 'packaged', 'package', 'packed', 'box', 'boxes', 'wrapped', 'wrapping', 'bubble wrap', 'gift wrap*'],
  durability: ['durable', 'durability', 'lasted', 'lasts', 'lasting', 'broke', 'broken', 'tore', 'torn', 'ripped', 'fell apart', 'falls apart', 'wear and tear', 'holds up', 'held up', 'worn out', 'pilling', 'pills', 'faded', 'fades', 'after a week', 'after a month', 'months', 'years', 'washes', 'wash*', 'shrank', 'shrunk'],
};

const pl: AspectTerms = {
  quality: ['jakość', 'jakości', 'jakosc*', 'materiał*', 'tkanin*', 'szwy', 'szew', 'wykonani*', 'wykonan*', 'wykończeni*', 'tandet*', 'solidn*', 'porządn*', 'bawełn*', 'skór*'],
  fit_sizing: ['rozmiar*', 'rozmiarówk*', 'pasuje', 'pasują', 'leży', 'leżą', 'za mał*', 'za duż*', 'ciasn*', 'luźn*', 'długość', 'za krótk*', 'za dług*', 'obwód', 'w pasie', 'mniejsz*', 'większ*'],
  shipping: ['dostaw*', 'wysyłk*', 'przesyłk*', 'paczk*', 'kurier*', 'doszł*', 'dotarł*', 'dostarczon*', 'wysłan*', 'nadan*', 'paczkomat*'],
  price_value: ['cen*', 'cenę', 'kosztował*', 'koszt*', 'pieniądz*', 'pieniędzy', 'warto', 'wart*', 'drog*', 'tani*', 'tanio', 'przepłacon*', 'okazja', 'promocj*'],
  customer_service: ['obsług*', 'sprzedawc*', 'sprzedając*', 'kontakt*', 'reklamacj*', 'zwrot*', 'wymian*', 'gwarancj*', 'odpowiedź', 'odpowiedzi', 'odpisa*', 'sklep*', 'biuro obsługi'],
  packaging: ['opakowani*', 'zapakowan*', 'pudeł*', 'pudełk*', 'karton*', 'folia', 'foli*', 'pakowani*'],
  durability: ['trwał*', 'wytrzymał*', 'po tygodniu', 'po miesiącu', 'po praniu', 'pranie', 'prani*', 'rozpadł*', 'rozpada*', 'pękł*', 'pęk*', 'zepsuł*', 'podarł*', 'dziur*', 'sprał*', 'wyblakł*', 'mechaci*', 'skurczył*', 'przetarł*', 'miesiąc*', 'lat', 'latami'],
};

const de: AspectTerms = {
  quality: ['qualität', 'material*', 'stoff*', 'verarbeitung', 'verarbeitet', 'naht', 'nähte', 'hochwertig*', 'minderwertig*', 'billig verarbeitet', 'wertig*', 'leder', 'baumwolle'],
  fit_sizing: ['größe*', 'passform', 'passt', 'passen', 'sitzt', 'sitzen', 'zu klein', 'zu groß', 'eng', 'weit', 'länge', 'zu kurz', 'zu lang', 'fällt klein', 'fällt groß', 'fallen klein', 'fallen groß', 'bund', 'schnitt'],
  shipping: ['lieferung', 'versand', 'geliefert', 'versendet', 'verschickt', 'angekommen', 'zustellung', 'paket', 'lieferzeit', 'sendung', 'bote', 'dhl'],
  price_value: ['preis*', 'kosten', 'kostet', 'geld', 'teuer', 'günstig*', 'billig', 'preiswert*', 'preis-leistung', 'überteuert*', 'lohnt', 'schnäppchen', 'angebot'],
  customer_service: ['kundenservice', 'kundendienst', 'service', 'support', 'verkäufer*', 'händler*', 'reklamation', 'rücksendung', 'umtausch', 'ersatz', 'garantie', 'erstattung', 'antwort', 'kontakt*'],
  packaging: ['verpackung', 'verpackt', 'karton', 'schachtel', 'box', 'folie', 'eingepackt'],
  durability: ['haltbar*', 'langlebig*', 'hält', 'gehalten', 'kaputt*', 'gerissen', 'zerrissen', 'nach einer woche', 'nach einem monat', 'nach dem waschen', 'wäsche', 'waschen', 'gewaschen', 'eingelaufen', 'ausgeblichen', 'löcher', 'verschleiß', 'monate*', 'jahre*'],
};

const es: AspectTerms = {
  quality: ['calidad', 'material*', 'tela', 'tejido', 'costura*', 'acabado*', 'fabricación', 'hecho', 'hecha', 'cutre', 'chapucer*', 'algodón', 'cuero', 'piel'],
  fit_sizing: ['talla*', 'tallaje', 'queda', 'quedan', 'sienta', 'ajusta*', 'pequeñ*', 'grande*', 'ajustad*', 'holgad*', 'demasiado larg*', 'demasiado cort*', 'cintura', 'medidas'],
  shipping: ['envío*', 'entrega', 'entregado', 'llegó', 'llega*', 'paquete', 'mensajer*', 'repartidor*', 'transporte', 'seguimiento', 'plazo'],
  price_value: ['precio*', 'cuesta', 'costó', 'dinero', 'caro', 'cara', 'barat*', 'económic*', 'vale la pena', 'merece la pena', 'calidad-precio', 'calidad precio', 'oferta', 'chollo', 'ganga'],
  customer_service: ['atención al cliente', 'atención', 'servicio', 'vendedor*', 'tienda', 'devolución', 'reembolso', 'cambio', 'garantía', 'respuesta', 'respondieron', 'contesta*', 'reclamación', 'soporte'],
  packaging: ['embalaje', 'empaquetado', 'empaque', 'envoltorio', 'caja', 'bolsa', 'embalado', 'envuelto'],
  durability: ['duradero*', 'durabilidad', 'dura', 'duró', 'aguanta', 'resistente*', 'se rompió', 'roto', 'rota', 'descosid*', 'agujero*', 'lavado*', 'lavar', 'encogió', 'desteñid*', 'bolitas', 'semana*', 'mes', 'meses', 'años'],
};

const fr: AspectTerms = {
  quality: ['qualité', 'matière*', 'matériau*', 'tissu*', 'couture*', 'finition*', 'fabrication', 'confection', 'pacotille', 'camelote', 'cuir', 'coton'],
  fit_sizing: ['taille*', 'taillent', 'coupe', 'va bien', 'trop petit*', 'trop grand*', 'serré*', 'large*', 'longueur', 'trop court*', 'trop long*', 'ajusté*', 'pointure', 'étroit*'],
  shipping: ['livraison', 'livré*', 'expédition', 'expédié*', 'envoi', 'reçu*', 'arrivé*', 'colis', 'transporteur', 'délai*', 'suivi', 'la poste', 'coursier'],
  price_value: ['prix', 'coûte', 'coûté', 'argent', 'cher', 'chère', 'pas cher', 'bon marché', 'rapport qualité', 'qualité prix', 'qualité-prix', 'vaut', 'promo*', 'bonne affaire'],
  customer_service: ['service client', 'sav', 'service', 'vendeur*', 'boutique', 'retour', 'remboursement', 'échange', 'garantie', 'réponse', 'répondu', 'réclamation', 'contact*', 'conseill*'],
  packaging: ['emballage*', 'emballé*', 'carton', 'boîte', 'paquet', 'papier bulle', 'sachet'],
  durability: ['durable*', 'durabilité', 'tenu', 'tient', 'résiste*', 'résistant*', 'cassé*', 'déchiré*', 'troué*', 'décousu*', 'lavage*', 'lavé*', 'rétréci*', 'délavé*', 'bouloche*', 'semaine*', 'mois', 'ans', 'usé*', 'usure'],
};

export const ASPECT_TERMS: Record<string, AspectTerms> = { en, pl, de, es, fr };
