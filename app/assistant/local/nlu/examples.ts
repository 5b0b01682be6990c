// Example utterances per intent, written for this engine in the five languages: the neighbours of
// the nearest-neighbour vote in intent.ts. They cover phrasings the cues miss ("I never got my
// stuff") and give the vote a sense of what an ordinary message of each kind looks like. Adding a
// line here is how a misunderstood phrasing is taught; keep them short and varied.
import type { ClassifiedIntent } from './cues';
import type { Lang } from './patterns';

// prettier-ignore
export const EXAMPLES: Record<ClassifiedIntent, Record<Lang, string[]>> = {
  product_search: {
    en: [
      'do you have any red dresses', 'I am looking for a waterproof jacket', 'show me leather bags under 50',
      'blue shirt for men', 'cheap gold necklace', 'I need a new sofa for my living room', 'any winter jackets in size M',
      'silver earrings', 'I want a wool sweater', 'plant pots', 'something for the garden', 'a gift for my wife under 40 dollars',
      'what jackets do you sell', 'candles', 'mens shirts', 'show me your bracelets',
    ],
    pl: [
      'szukam czerwonej sukienki', 'czy macie kurtki przeciwdeszczowe', 'niebieska koszula męska', 'pokaż mi torebki skórzane',
      'złoty naszyjnik do 100 zł', 'potrzebuję nowej kanapy', 'chcę kupić sweter', 'doniczki', 'kolczyki ze srebra',
      'macie coś do ogrodu', 'prezent dla mamy do 150 zł', 'jakie macie kurtki',
    ],
    de: [
      'ich suche eine Regenjacke', 'habt ihr rote Kleider', 'Herrenjacke in Größe M', 'zeig mir Ledertaschen unter 50 Euro',
      'goldene Halskette', 'ich brauche ein neues Sofa', 'Wollpullover für Damen', 'Blumentöpfe', 'Ohrringe aus Silber',
      'gibt es etwas für den Garten', 'ein Geschenk für meine Freundin', 'welche Jacken habt ihr',
    ],
    es: [
      'busco un vestido rojo', 'tienen chaquetas impermeables', 'camisa azul de hombre', 'muéstrame bolsos de cuero',
      'collar de oro barato', 'necesito un sofá nuevo', 'quiero un jersey de lana', 'macetas', 'pendientes de plata',
      'algo para el jardín', 'un regalo para mi madre de menos de 50 euros', 'qué chaquetas tienen',
    ],
    fr: [
      'je cherche une robe rouge', 'vous avez des vestes imperméables', 'chemise bleue pour homme', 'montrez-moi des sacs en cuir',
      'collier en or pas cher', "j'ai besoin d'un nouveau canapé", 'je veux un pull en laine', 'des pots pour plantes',
      "boucles d'oreilles en argent", 'quelque chose pour le jardin', 'un cadeau pour ma femme', 'quelles vestes avez-vous',
    ],
  },
  product_question: {
    en: [
      'is it in stock in M', 'what is it made of', 'is this available in blue', 'how much is the ocean blue shirt',
      'does it come in other colours', 'what sizes does it come in', 'tell me more about the leather jacket', 'is the sofa still available',
      'can I machine wash it', 'what are the dimensions', 'is that one real silver', 'how much does it cost',
      'what do people say about the ocean blue shirt', 'are the reviews good', 'how is it rated', 'any complaints about the sofa',
    ],
    pl: [
      'czy jest dostępna w rozmiarze M', 'z czego jest zrobiona', 'czy ta koszula jest w kolorze niebieskim', 'ile kosztuje ta kurtka',
      'jakie są rozmiary', 'powiedz mi więcej o tej sofie', 'czy to jest jeszcze dostępne', 'czy można ją prać w pralce', 'jakie ma wymiary',
      'co klienci mówią o tej sofie', 'jakie ma opinie', 'jakie są oceny tej koszuli',
    ],
    de: [
      'ist es in M verfügbar', 'woraus ist das gemacht', 'gibt es das auch in Blau', 'was kostet die Lederjacke',
      'welche Größen gibt es', 'erzähl mir mehr über das Sofa', 'ist das noch auf Lager', 'kann man es waschen', 'wie groß ist es',
      'was sagen die Kunden über das Sofa', 'wie sind die Bewertungen', 'welche Erfahrungen gibt es damit',
    ],
    es: [
      '¿está disponible en talla M?', '¿de qué está hecho?', '¿lo tienen en azul?', '¿cuánto cuesta la chaqueta de cuero?',
      '¿qué tallas hay?', 'cuéntame más sobre el sofá', '¿sigue disponible?', '¿se puede lavar a máquina?', '¿qué medidas tiene?',
      '¿qué dicen los clientes de la camisa?', '¿qué opiniones tiene?', '¿cómo son las reseñas?',
    ],
    fr: [
      'est-il disponible en taille M', "c'est en quoi", "est-ce qu'il existe en bleu", 'combien coûte la veste en cuir',
      'quelles tailles sont disponibles', 'parlez-moi du canapé', 'est-ce encore en stock', 'est-ce lavable en machine', 'quelles sont les dimensions',
      'que disent les clients de ce canapé', 'quels sont les avis', 'les avis sont bons ?',
    ],
  },
  compare: {
    en: [
      'compare the ocean blue shirt and the white cotton shirt', 'which is better, the grey sofa or the yellow sofa',
      'what is the difference between these two', 'leather jacket vs zipped jacket', 'which one should I buy', 'compare them',
    ],
    pl: ['porównaj te dwie kurtki', 'która sofa jest lepsza', 'jaka jest różnica między nimi', 'porównaj niebieską i białą koszulę', 'co lepsze'],
    de: ['vergleiche die beiden Jacken', 'welches Sofa ist besser', 'was ist der Unterschied zwischen den beiden', 'vergleich bitte das blaue und das weiße Hemd'],
    es: ['compara las dos chaquetas', '¿cuál es mejor, el sofá gris o el amarillo?', '¿qué diferencia hay entre ellos?', 'compara la camisa azul y la blanca'],
    fr: ['compare les deux vestes', 'lequel est le meilleur, le canapé gris ou le jaune', 'quelle est la différence entre les deux', 'compare la chemise bleue et la blanche'],
  },
  recommend: {
    en: [
      'what goes with this shirt', 'can you recommend something similar', 'what would you suggest for a beach wedding',
      'anything that matches the cream sofa', 'recommend me a gift', 'show me alternatives', 'what do people buy with this', 'what would I like',
    ],
    pl: ['co pasuje do tej koszuli', 'poleć mi coś podobnego', 'co byś zaproponowała na prezent', 'masz jakieś alternatywy', 'co polecasz'],
    de: ['was passt zu diesem Hemd', 'empfiehl mir etwas Ähnliches', 'was würdest du vorschlagen', 'gibt es Alternativen', 'was empfiehlst du'],
    es: ['¿qué combina con esta camisa?', 'recomiéndame algo parecido', '¿qué me sugieres?', '¿hay alternativas?', '¿qué me recomiendas?'],
    fr: ["qu'est-ce qui va avec cette chemise", 'recommandez-moi quelque chose de similaire', 'que me suggérez-vous', 'vous avez des alternatives', 'que me conseillez-vous'],
  },
  order_status: {
    en: [
      'where is my order', 'has my order shipped yet', 'I never got my package', 'track my parcel', 'when will my order arrive',
      'order 1001 status', 'what is happening with my purchase', 'my delivery is late', 'can you check on my order', 'is my stuff on the way',
      'I ordered a week ago and nothing came',
    ],
    pl: ['gdzie jest moje zamówienie', 'kiedy dotrze moja paczka', 'status zamówienia 1001', 'nie doszła do mnie przesyłka', 'czy moje zamówienie zostało wysłane', 'zamówiłam tydzień temu i nic'],
    de: ['wo ist meine Bestellung', 'wann kommt mein Paket', 'Status der Bestellung 1001', 'meine Lieferung ist noch nicht angekommen', 'wurde meine Bestellung schon verschickt'],
    es: ['¿dónde está mi pedido?', '¿cuándo llega mi paquete?', 'estado del pedido 1001', 'no me ha llegado el pedido', '¿ya enviaron mi pedido?'],
    fr: ['où est ma commande', 'quand arrivera mon colis', 'statut de la commande 1001', "je n'ai pas reçu ma commande", 'ma commande a-t-elle été expédiée'],
  },
  shipping: {
    en: ['how much is shipping', 'do you ship to the UK', 'how long does delivery take', 'is there free shipping', 'do you offer express delivery', 'which couriers do you use', 'can you deliver to a PO box', 'can I order from Canada', 'what delivery options are there', 'how soon would a new order get to me'],
    pl: ['ile kosztuje wysyłka', 'czy wysyłacie za granicę', 'jak długo trwa dostawa', 'czy jest darmowa dostawa', 'jakim kurierem wysyłacie'],
    de: ['wie viel kostet der Versand', 'liefert ihr nach Österreich', 'wie lange dauert die Lieferung', 'gibt es kostenlosen Versand', 'bietet ihr Expressversand an'],
    es: ['¿cuánto cuesta el envío?', '¿envían a México?', '¿cuánto tarda la entrega?', '¿hay envío gratis?', '¿tienen envío exprés?'],
    fr: ['combien coûte la livraison', 'livrez-vous en Belgique', 'quel est le délai de livraison', 'la livraison est-elle gratuite', 'proposez-vous la livraison express'],
  },
  returns: {
    en: ['can I return this', 'how do I send something back', 'what is your return policy', 'the shoes do not fit, can I exchange them', 'how many days do I have to return'],
    pl: ['czy mogę to zwrócić', 'jak zrobić zwrot', 'ile mam dni na zwrot', 'chcę wymienić rozmiar', 'jakie są zasady zwrotów'],
    de: ['kann ich das zurückgeben', 'wie funktioniert die Rücksendung', 'wie lange habe ich Zeit für eine Rückgabe', 'ich möchte die Größe umtauschen'],
    es: ['¿puedo devolverlo?', '¿cómo hago una devolución?', '¿cuántos días tengo para devolver?', 'quiero cambiar la talla'],
    fr: ['puis-je le retourner', 'comment faire un retour', 'combien de jours pour un retour', "je voudrais l'échanger contre une autre taille"],
  },
  refund: {
    en: ['I want a refund', 'when will I get my money back', 'how long do refunds take', 'I was charged twice', 'has my refund been processed', 'how do I get reimbursed', 'can I be compensated for this'],
    pl: ['chcę zwrot pieniędzy', 'kiedy dostanę pieniądze z powrotem', 'jak długo trwa zwrot środków', 'nie dostałam zwrotu pieniędzy'],
    de: ['ich möchte mein Geld zurück', 'wann bekomme ich die Rückerstattung', 'wie lange dauert die Erstattung', 'wurde meine Erstattung bearbeitet'],
    es: ['quiero un reembolso', '¿cuándo recibiré mi dinero?', '¿cuánto tarda el reembolso?', 'no he recibido el reembolso'],
    fr: ['je veux être remboursé', 'quand serai-je remboursé', 'combien de temps prend le remboursement', "je n'ai pas reçu mon remboursement"],
  },
  policy: {
    en: ['what do you do with my personal data', 'where is your privacy policy', 'what are your terms and conditions', 'is there a warranty', 'do you sell my data'],
    pl: ['co robicie z moimi danymi', 'gdzie jest polityka prywatności', 'jaki jest regulamin sklepu', 'czy jest gwarancja'],
    de: ['was macht ihr mit meinen Daten', 'wo finde ich die Datenschutzerklärung', 'wie lauten eure AGB', 'gibt es eine Garantie'],
    es: ['¿qué hacéis con mis datos personales?', '¿dónde está la política de privacidad?', '¿cuáles son los términos y condiciones?', '¿tiene garantía?'],
    fr: ['que faites-vous de mes données', 'où est votre politique de confidentialité', 'quelles sont vos conditions générales de vente', 'y a-t-il une garantie'],
  },
  faq: {
    en: [
      'do you offer gift wrapping', 'how do I find my size', 'are your earrings hypoallergenic', 'do you have a physical store', 'can I pay with PayPal',
      'do you have a discount code', 'can I change my shipping address', 'how do I cancel my order', 'what are your opening hours',
    ],
    pl: ['czy pakujecie na prezent', 'jak dobrać rozmiar', 'czy biżuteria jest hipoalergiczna', 'czy macie sklep stacjonarny', 'czy mogę zapłacić blikiem', 'jak anulować zamówienie', 'czy mogę zmienić adres dostawy'],
    de: ['bietet ihr Geschenkverpackung an', 'welche Größe soll ich nehmen', 'ist der Schmuck hypoallergen', 'habt ihr einen Laden', 'kann ich mit PayPal bezahlen', 'wie storniere ich meine Bestellung', 'kann ich die Lieferadresse ändern'],
    es: ['¿envolvéis para regalo?', '¿qué talla debo elegir?', '¿las joyas son hipoalergénicas?', '¿tienen tienda física?', '¿puedo pagar con PayPal?', '¿cómo cancelo mi pedido?', '¿puedo cambiar la dirección de envío?'],
    fr: ['proposez-vous un emballage cadeau', 'quelle taille choisir', 'les bijoux sont-ils hypoallergéniques', 'avez-vous un magasin physique', 'puis-je payer avec PayPal', 'comment annuler ma commande', "puis-je changer l'adresse de livraison"],
  },
  greeting: {
    en: ['hi', 'hello there', 'hey', 'good morning', 'hi, how are you', 'is anyone there', 'how is it going', 'are you there'],
    pl: ['cześć', 'dzień dobry', 'witam', 'hej', 'siema'],
    de: ['hallo', 'guten Tag', 'guten Morgen', 'moin', 'servus'],
    es: ['hola', 'buenos días', 'buenas tardes', 'hola, ¿qué tal?'],
    fr: ['bonjour', 'salut', 'bonsoir', 'coucou'],
  },
  thanks: {
    en: ['thanks', 'thank you so much', 'great, thanks for your help', 'that is all, bye', 'perfect, cheers', 'you have been very helpful', 'that works, good job'],
    pl: ['dzięki', 'dziękuję bardzo', 'super, dzięki za pomoc', 'to wszystko, do widzenia'],
    de: ['danke', 'vielen Dank', 'super, danke für die Hilfe', 'das war es, tschüss'],
    es: ['gracias', 'muchas gracias', 'genial, gracias por la ayuda', 'eso es todo, adiós'],
    fr: ['merci', 'merci beaucoup', "super, merci pour l'aide", "c'est tout, au revoir"],
  },
  handoff: {
    en: ['I want to talk to a person', 'can I speak to a human', 'get me a real agent', 'connect me with customer service', 'I need to speak with someone from your team', 'you are not helping, I want a human', 'I want to file a complaint'],
    pl: ['chcę porozmawiać z konsultantem', 'połącz mnie z człowiekiem', 'chcę rozmawiać z kimś z obsługi', 'potrzebuję kontaktu z pracownikiem', 'chcę złożyć reklamację'],
    de: ['ich möchte mit einem Menschen sprechen', 'verbinde mich mit einem Mitarbeiter', 'ich will mit dem Kundenservice reden', 'kann ich mit einer echten Person sprechen', 'ich habe eine Beschwerde'],
    es: ['quiero hablar con una persona', 'pásame con un agente', 'necesito hablar con atención al cliente', '¿puedo hablar con un humano?', 'quiero poner una queja'],
    fr: ['je veux parler à un humain', 'passez-moi un conseiller', 'je voudrais parler au service client', 'puis-je parler à une vraie personne', 'je veux faire une réclamation'],
  },
  add_to_cart: {
    en: ['add it to my cart', 'add the M to my cart', "I'll take it", 'put two of those in my basket', 'buy the blue one', 'add to cart please'],
    pl: ['dodaj do koszyka', 'dodaj rozmiar M do koszyka', 'biorę ją', 'wezmę tę niebieską', 'poproszę dwie sztuki do koszyka'],
    de: ['leg es in den Warenkorb', 'in den Warenkorb bitte', 'ich nehme die blaue', 'füge Größe M zum Warenkorb hinzu'],
    es: ['añádelo al carrito', 'agrega la talla M al carrito', 'me lo llevo', 'pon dos en la cesta'],
    fr: ['ajoute-le au panier', 'mets la taille M dans mon panier', 'je le prends', 'ajoute deux au panier'],
  },
  out_of_scope: {
    en: [
      "what's the weather tomorrow", 'who will win the election', 'can you help me with my math homework', 'tell me a joke',
      'what is the capital of Australia', 'write me a poem', 'how do I fix my car', 'what is the bitcoin price', 'what do you think about the president',
      'how many planets are there', 'give me a recipe for pancakes', 'how old are you',
    ],
    pl: ['jaka będzie jutro pogoda', 'kto wygra wybory', 'pomóż mi z zadaniem domowym', 'opowiedz dowcip', 'co myślisz o polityce', 'jak naprawić samochód'],
    de: ['wie wird das Wetter morgen', 'wer gewinnt die Wahl', 'hilf mir bei den Hausaufgaben', 'erzähl mir einen Witz', 'was ist die Hauptstadt von Australien', 'wie repariere ich mein Auto'],
    es: ['¿qué tiempo hará mañana?', '¿quién ganará las elecciones?', 'ayúdame con los deberes', 'cuéntame un chiste', '¿cuál es la capital de Australia?', '¿cómo arreglo mi coche?'],
    fr: ['quel temps fera-t-il demain', 'qui va gagner les élections', "aide-moi pour mes devoirs", 'raconte-moi une blague', "quelle est la capitale de l'Australie", 'comment réparer ma voiture'],
  },
};
