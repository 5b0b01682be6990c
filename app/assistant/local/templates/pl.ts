import type { Messages } from './messages';

/** Polish counts: 1 produkt, 2–4 produkty, 5+ produktów (12–14 too). */
function products(n: number): string {
  if (n === 1) return 'produkt';
  const tens = n % 100;
  const units = n % 10;
  return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? 'produkty' : 'produktów';
}

export const pl: Messages = {
  soldOut: 'wyprzedane',
  lowStock: (n) => `zostało tylko ${n} szt.`,
  was: (price) => `wcześniej ${price}`,
  andMore: (n) => `…i jeszcze ${n}.`,

  greeting: (persona, shop, voice) =>
    voice === 'concise'
      ? `Cześć, tu ${persona}. W czym pomóc?`
      : voice === 'professional'
        ? `Dzień dobry, jestem ${persona}, asystent sklepu ${shop}. Pomogę znaleźć produkty, porównać je i sprawdzić zamówienie.`
        : voice === 'playful'
          ? `Hej! Tu ${persona} 👋 Szukasz czegoś fajnego w ${shop} czy sprawdzamy zamówienie?`
          : `Cześć! Jestem ${persona}. Pomogę Ci znaleźć produkty, porównać je i sprawdzić zamówienie. Czego szukasz?`,
  thanks: (voice) =>
    voice === 'concise'
      ? 'Proszę bardzo.'
      : voice === 'professional'
        ? 'Proszę bardzo. Czy mogę pomóc w czymś jeszcze?'
        : voice === 'playful'
          ? 'Nie ma sprawy! Udanych zakupów 🛍️'
          : 'Proszę bardzo! Czy mogę pomóc w czymś jeszcze?',
  quick: {
    products: 'Znajdź produkt',
    order: 'Gdzie jest moje zamówienie?',
    shipping: 'Wysyłka',
    returns: 'Zwroty',
    human: 'Rozmowa z konsultantem',
    compare: 'Porównaj je',
    similar: 'Pokaż podobne',
    cart: 'Dodaj do koszyka',
  },
  outOfScope: (persona, voice) =>
    voice === 'concise'
      ? 'W tym nie pomogę. Mogę pomóc z produktami, zamówieniami, wysyłką i zwrotami.'
      : `Jestem ${persona}, asystent sklepu, więc w tym nie pomogę. Mogę pomóc znaleźć produkty, porównać je albo sprawdzić zamówienie, wysyłkę i zwroty.`,
  avoidTopic: 'Wolę nie poruszać tego tematu. Czy mogę pomóc w sprawie produktu albo zamówienia?',
  notSure:
    'Nie mam pewności, czy dobrze rozumiem. Czy możesz to ująć inaczej? Mogę wyszukać produkty, porównać je, sprawdzić zamówienie albo odpowiedzieć na pytania o wysyłkę i zwroty.',
  offerHandoff: 'Jeśli chcesz, przekażę Twoje pytanie zespołowi sklepu.',
  toolError: 'Przepraszam, nie udało się teraz pobrać tych informacji. Spróbuj ponownie za chwilę.',

  searchFound: (n, voice) =>
    voice === 'concise'
      ? `Znalezione: ${n}.`
      : voice === 'professional'
        ? n === 1
          ? 'Ten produkt odpowiada zapytaniu:'
          : 'Te produkty odpowiadają zapytaniu:'
        : voice === 'playful'
          ? n === 1
            ? 'O, mam coś dla Ciebie:'
            : 'O, mam kilka propozycji:'
          : n === 1
            ? 'Oto, co udało mi się znaleźć:'
            : `Oto ${n} ${products(n)}, które udało mi się znaleźć:`,
  searchRelaxed: (dropped) => `Nic nie spełniało wszystkich warunków, więc oto wyniki bez ${dropped.join(' i ')}:`,
  relaxedPart: { price: 'limitu ceny', size: 'rozmiaru', stock: 'filtra dostępności', details: 'części szczegółów' },
  searchClose: 'Nie udało mi się znaleźć dokładnie tego. Oto najbliższe propozycje:',
  searchNone: 'Nie udało mi się znaleźć niczego takiego w sklepie.',
  askWhatToSearch: 'Czego szukasz? Napisz, jaki to ma być produkt, a jeśli chcesz, także kolor, rozmiar lub budżet.',

  whichProduct: 'O który produkt chodzi? Podaj jego nazwę albo najpierw go wyszukajmy.',
  assumedProduct: (title) => `(Zakładam, że chodzi o **${title}**.)`,
  priceIs: (title, price) => `**${title}** kosztuje ${price}.`,
  inStock: (title) => `**${title}** — jest na stanie.`,
  notInStock: (title) => `**${title}** — chwilowo brak na stanie.`,
  variantInStock: (title, variant) => `**${title}** w wariancie ${variant} — jest na stanie.`,
  variantLowStock: (title, variant, n) => `**${title}** w wariancie ${variant} — jest na stanie (zostało tylko ${n} szt.).`,
  variantSoldOut: (title, variant) => `**${title}** w wariancie ${variant} — chwilowo brak na stanie.`,
  variantMissing: (title, wanted) => `**${title}** nie występuje w wariancie ${wanted}.`,
  optionValues: (option, values) => `${option}: ${values}.`,
  soldOutValues: (values) => `Wyprzedane: ${values}.`,
  descriptionSays: (title, quote) => `Opis produktu **${title}** mówi: „${quote}”`,
  attributesAre: (title) => `Co sklep podaje o **${title}**:`,
  noMaterialInfo: (title) => `Strona produktu **${title}** nie podaje materiału.`,
  reviewsSay: (title, says) => `Co klienci mówią o **${title}**:\n${says}`,
  reviewsRatingOnly: (title, rating, n) => `**${title}** ma ocenę ${rating}/5 (liczba opinii: ${n}). Nie mam treści opinii, tylko ocenę.`,
  reviewQuote: (aspect, quote) => `Jeden z klientów chwali ${aspect}: „${quote}”`,
  reviewComplaint: (aspect, quote) => `Jeden z klientów krytykuje ${aspect}: „${quote}”`,
  noReviews: (title) => `**${title}** nie ma jeszcze opinii klientów.`,
  ratingLine: (rating, n) => `Ocena klientów: ${rating}/5 (liczba opinii: ${n}).`,

  compareNeedTwo: 'Które produkty mam porównać? Podaj od dwóch do czterech nazw albo najpierw coś wyszukaj i napisz „porównaj je”.',
  compareLead: (n) => (n === 2 ? 'Oto oba produkty obok siebie.' : `Oto ${n} ${products(n)} obok siebie.`),
  compareDiffer: 'Czym się różnią:',
  compareAlike: 'Poza nazwą nie różnią się niczym, co podaje sklep.',
  compareByReviews: (items) => `Według opinii klientów, od najlepiej ocenianego:\n${items.map((i) => `- ${i}`).join('\n')}`,
  ratedItem: (title, rating, n) => `**${title}**: ${rating}/5 (liczba opinii: ${n})`,
  compareNoReviews: 'Żaden z nich nie ma jeszcze opinii klientów.',
  pickCheapest: (title, price) => `Najtańszy jest **${title}** — ${price}.`,
  pickPriciest: (title, price) => `Najdroższy jest **${title}** — ${price}.`,
  pickBestRated: (title, rating, n) => `Najlepiej oceniany jest **${title}**: ${rating}/5 (liczba opinii: ${n}).`,
  pickInOrder: 'Kolejno:',
  pickUnrated: (n) => `Bez opinii: ${n}.`,
  pickNoRatings: 'Żaden z nich nie ma jeszcze opinii klientów, więc nie wiem, który jest oceniany najlepiej.',
  pickNeedList: 'O które produkty chodzi? Najpierw wyszukaj kilka, a potem zapytaj, który jest najtańszy albo najlepiej oceniany.',

  recommendSimilar: (title) => `Podobne do **${title}**:`,
  recommendComplements: (title) => `Pasuje do **${title}**:`,
  recommendForYou: 'Wybrane dla Ciebie na podstawie Twoich zamówień:',
  recommendNone: 'Nie mam na razie dobrych propozycji.',
  recommendNeedProduct: 'Na podstawie którego produktu mam coś zaproponować? Podaj jego nazwę albo napisz, czego szukasz.',

  askOrderDetails: 'Żeby sprawdzić zamówienie, podaj numer zamówienia oraz adres e-mail (lub numer telefonu) użyty przy zamówieniu.',
  orderNotFound:
    'Nie udało mi się znaleźć zamówienia o tym numerze z tym adresem e-mail lub telefonem. Sprawdź oba — numer zamówienia jest w e-mailu z potwierdzeniem.',
  orderRateLimited: (minutes) =>
    `Było zbyt wiele nieudanych prób. Spróbuj ponownie za około ${minutes} min albo skontaktuj się ze sklepem.`,
  orderUnavailable: 'W tym czacie nie mogę sprawdzać zamówień.',
  orderNone: 'Na Twoim koncie nie ma żadnych zamówień.',
  orderRecentLead: 'Twoje ostatnie zamówienia:',
  orderLine: (o) => `**Zamówienie ${o.number}** (złożone ${o.date}): ${o.status}. Razem ${o.total}.`,
  orderItems: 'Produkty',
  shipment: (status) => `Przesyłka: ${status}`,
  tracking: (carrier, number) => `${carrier}, numer przesyłki ${number}`,
  trackingLink: 'śledź przesyłkę',
  estimatedDelivery: (date) => `przewidywana dostawa ${date}`,
  deliveredOn: (date) => `doręczono ${date}`,
  refunded: (amount, date) => (date ? `Zwrócono ${amount} (${date}).` : `Zwrócono ${amount}.`),
  cancelledOn: (date) => `To zamówienie anulowano ${date}.`,
  status: {
    PAID: 'opłacone',
    PENDING: 'oczekuje na płatność',
    AUTHORIZED: 'płatność autoryzowana',
    PARTIALLY_PAID: 'częściowo opłacone',
    PARTIALLY_REFUNDED: 'częściowo zwrócone',
    REFUNDED: 'zwrócone',
    VOIDED: 'płatność anulowana',
    UNFULFILLED: 'w przygotowaniu',
    PARTIALLY_FULFILLED: 'częściowo wysłane',
    FULFILLED: 'wysłane',
    IN_PROGRESS: 'w przygotowaniu',
    ON_HOLD: 'wstrzymane',
    SCHEDULED: 'zaplanowane',
    OPEN: 'otwarte',
    LABEL_PRINTED: 'etykieta wydrukowana',
    LABEL_PURCHASED: 'etykieta utworzona',
    CONFIRMED: 'potwierdzona przez przewoźnika',
    IN_TRANSIT: 'w drodze',
    OUT_FOR_DELIVERY: 'w doręczeniu',
    ATTEMPTED_DELIVERY: 'próba doręczenia',
    READY_FOR_PICKUP: 'gotowa do odbioru',
    PICKED_UP: 'odebrana',
    DELIVERED: 'doręczona',
    DELAYED: 'opóźniona',
    FAILURE: 'problem z doręczeniem',
    SUCCESS: 'wysłana',
    CANCELLED: 'anulowane',
  },

  policyLead: 'Oto, co podaje sklep:',
  policyInLanguage: (language) => `(Sklep udostępnia ten tekst tylko w języku: ${language}).`,
  policyNone: 'Regulaminy i FAQ sklepu tego nie obejmują.',
  policyMore: 'Pełna treść',

  askHandoffEmail: 'Przekażę to zespołowi sklepu. Na jaki adres e-mail mają odpowiedzieć?',
  handoffDone: (reference, replyTo) => `Gotowe — zespół ma Twoje pytanie (numer ${reference}) i odpowie na adres ${replyTo}.`,
  handoffLimit: 'Zespół ma już Twoje pytania z tej rozmowy i odpowie e-mailem.',
  handoffUnavailable: 'Z tego czatu nie mogę przekazywać wiadomości zespołowi.',

  addedToCart: (title, quantity) => (quantity > 1 ? `Dodano ${quantity} × **${title}** do koszyka.` : `Dodano **${title}** do koszyka.`),
  cartAssumed: (variant) => `Wybrano wariant ${variant}; daj znać, jeśli wolisz inny.`,
  cartWhichVariant: (title, options) => `Który wariant **${title}** wybierasz? ${options}`,
  cartSoldOut: (title) => `Niestety tego wariantu **${title}** chwilowo nie ma na stanie.`,
  cartUnavailable: 'Z tego czatu nie mogę dodawać produktów do koszyka, ale możesz to zrobić na stronie produktu.',
};
