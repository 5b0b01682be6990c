// The local engine with the real tools over the demo store (demo-store/) in a test database, and
// the fake Admin API for orders: shoppers in five languages find, compare and buy products of an
// English catalog, get order status only with the right e-mail, read policies and hand off.
import { amountsIn } from './fake-tools';
import { createDemoWorld, type DemoWorld } from './demo-world';

let w: DemoWorld;
beforeAll(async () => {
  w = await createDemoWorld();
});
afterAll(() => w.t.drop());

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const handles = (out: { products: { handle: string }[] }) => out.products.map((p) => p.handle);

/** Every amount the demo store can show: variant prices, compare-at prices, order totals and lines. */
function storeAmounts(): Set<number> {
  const amounts = new Set<number>();
  for (const p of w.store.products) for (const v of p.variants) [v.price, v.compareAtPrice].forEach((n) => n != null && amounts.add(n));
  for (const o of w.store.orders) {
    o.lineItems.forEach((l) => amounts.add(Number(l.price)));
    amounts.add(Math.round(o.lineItems.reduce((s, l) => s + Number(l.price) * l.quantity, 0) * 100) / 100);
  }
  return amounts;
}

describe('finding products of an English catalog in five languages', () => {
  test('pl: "szukam niebieskiej koszuli" finds the blue shirt, shown with its Polish title', async () => {
    const out = await w.conversation({ language: 'pl' }).say('szukam niebieskiej koszuli');
    expect(handles(out)[0]).toBe('ocean-blue-shirt');
    expect(plain(out.reply)).toContain('**[Koszula w kolorze błękitu oceanu](/products/ocean-blue-shirt)** — 50,00 USD');
  });

  test('de: "Herrenjacken" finds the men\'s jackets', async () => {
    const out = await w.conversation({ language: 'de' }).say('Herrenjacken');
    expect(handles(out).sort()).toEqual(['navy-sport-jacket', 'zipped-jacket']);
  });

  test('es: "pendientes de plata" finds silver earrings', async () => {
    const out = await w.conversation({ language: 'es' }).say('pendientes de plata');
    expect(handles(out).length).toBeGreaterThan(0);
    for (const handle of handles(out)) {
      const product = w.store.products.find((p) => p.handle === handle)!;
      expect(product.productType).toBe('Earrings');
      expect(product.tags).toContain('Silver');
    }
  });

  test('fr: a price limit is a filter', async () => {
    const out = await w.conversation({ language: 'fr' }).say('je cherche un collier à moins de 20 €');
    expect(handles(out).sort()).toEqual(['choker-with-bead', 'silver-threader-necklace']);
  });

  test('en: a size is checked on the variants', async () => {
    const out = await w.conversation().say('a top in size M');
    expect(handles(out)).toEqual(['classic-varsity-top']);
  });
});

describe('phrasings the eval suite (eval/cases.jsonl) found misanswered', () => {
  test('pl: "bluzka" is any top, so a size finds the top that has it', async () => {
    const out = await w.conversation({ language: 'pl' }).say('Bluzka w rozmiarze L');
    expect(handles(out)).toEqual(['classic-varsity-top']);
    expect(out.reply).not.toMatch(/bez rozmiaru/);
  });

  test('es: "en plateado" asks for the Silver variant (a metal as the colour), which is sold out', async () => {
    const c = w.conversation({ language: 'es' });
    await c.say('Busco la pulsera de ancla para hombre');
    const out = await c.say('¿La tienen en plateado?');
    expect(plain(out.reply)).toMatch(/^\*\*Pulsera de ancla para hombre\*\* en Silver está agotad/);
  });

  test('es: a kind of product "in stock" with nothing on screen is a search with the stock filter', async () => {
    const out = await w.conversation({ language: 'es' }).say('Una mesa de madera que esté en stock');
    expect(out.toolCalls[0]).toMatchObject({ name: 'search_products', input: { available: true } });
    expect(handles(out)).toContain('wooden-outdoor-table');
    expect(handles(out)).not.toContain('wooden-outdoor-slats');
  });

  test('en: a sold-out product without options is sold out, not sold out "in Default Title"', async () => {
    const out = await w.conversation().say('Is the pink armchair in stock?');
    expect(plain(out.reply)).toBe('**Pink Armchair** is sold out at the moment.');
  });

  test('en: "add a large" adds the Large variant', async () => {
    const c = w.conversation();
    await c.say('Show me the Classic Varsity Top');
    const out = await c.say('Add a large to my cart');
    expect(plain(out.reply)).toBe('Added **Classic Varsity Top – Large** to your cart.');
  });

  test('en: "the grey or the yellow sofa" compares the two sofas (the kind is named once)', async () => {
    const out = await w.conversation().say('Which is cheaper, the grey or the yellow sofa?');
    expect(out.comparison?.products.map((p) => p.handle)).toEqual(['grey-sofa', 'yellow-sofa']);
  });

  test('es: a store in another city gets the FAQ answer about the showroom', async () => {
    const out = await w.conversation({ language: 'es' }).say('¿Tienen tienda en Madrid?');
    expect(out.reply).toContain('Floriańska 12');
  });

  test('de: "Was kannst du mir empfehlen?" signed in gets picks from past orders, not a search for "kannst"', async () => {
    const out = await w.conversation({ language: 'de', customerId: '1003' }).say('Was kannst du mir empfehlen?');
    expect(out.toolCalls.map((c) => c.name)).toEqual(['recommend_products']);
    expect(out.reply).toMatch(/^Für dich ausgewählt/);
  });
});

describe('a conversation', () => {
  test('en: search, ask about the first, compare, add to cart — prices only from the catalog', async () => {
    const c = w.conversation();
    const found = await c.say('waterproof jacket under 100');
    expect(handles(found)).toEqual(expect.arrayContaining(['navy-sport-jacket', 'zipped-jacket']));

    const material = await c.say('what is the second one made of?');
    expect(material.reply).toContain('polyester');

    const compared = await c.say('compare them');
    expect(compared.comparison?.products.map((p) => p.handle)).toEqual(handles(found).slice(0, 4));

    const added = await c.say('add the first one to my cart');
    const action = added.actions.find((a) => a.type === 'add_to_cart');
    expect(action).toMatchObject({ type: 'add_to_cart', productHandle: handles(found)[0], quantity: 1 });

    const amounts = storeAmounts();
    for (const out of [found, material, compared, added]) for (const n of amountsIn(out.reply)) expect(amounts).toContain(n);
  });

  test('pl: a size the product has, added to the cart by variant', async () => {
    const c = w.conversation({ language: 'pl' });
    await c.say('Classic Varsity Top');
    const out = await c.say('dodaj rozmiar L do koszyka');
    expect(out.actions).toContainEqual(expect.objectContaining({ type: 'add_to_cart', productHandle: 'classic-varsity-top' }));
    expect(plain(out.reply)).toBe('Dodano **Klasyczna bluzka w stylu college – Large** do koszyka.');
  });
});

describe('orders', () => {
  test('pl: the order only with the e-mail on it', async () => {
    const c = w.conversation({ language: 'pl' });
    const ask = await c.say('gdzie jest moje zamówienie #1001?');
    expect(ask.actions).toContainEqual({ type: 'order_lookup_form' });
    const wrong = await c.say('jan@example.com');
    expect(wrong.reply).toMatch(/^Nie udało mi się znaleźć zamówienia/);
    expect(wrong.reply).not.toContain('862714970940');
    const right = await w.conversation({ language: 'pl' }).say('zamówienie #1001, anna.kowalska@example.pl');
    expect(right.reply).toContain('**Zamówienie #1001**');
    expect(right.reply).toContain('DHL Express, numer przesyłki 862714970940');
  });

  test("fr: another customer's order number with one's own e-mail gets the same answer as a wrong one", async () => {
    const out = await w.conversation({ language: 'fr' }).say('où est ma commande #1004 ? anna.kowalska@example.pl');
    expect(out.reply).toMatch(/^Je n'ai trouvé aucune commande/);
    expect(out.reply).not.toContain('711186829597');
  });

  test('de: a signed-in customer sees their own orders without giving details', async () => {
    const out = await w.conversation({ language: 'de', customerId: '1002' }).say('Wo ist meine Bestellung?');
    expect(out.toolCalls).toEqual([{ name: 'order_status', input: {}, ok: true }]);
    expect(out.reply).toContain('**Bestellung #1004**');
    expect(out.reply).not.toContain('#1001');
  });
});

describe('policies, FAQ, hand-off', () => {
  test("de: shipping quoted from the shop's German policy", async () => {
    const out = await w.conversation({ language: 'de' }).say('Wie lange dauert der Versand?');
    expect(out.reply).toMatch(/^Das sagt der Shop dazu:\n\n> /);
    expect(out.reply).toContain('Der Standardversand dauert 3-5 Werktage innerhalb der EU');
    expect(out.reply).not.toContain('business days');
  });

  test("pl: 'jaki jest czas dostawy?' is answered from the shop's Polish shipping policy", async () => {
    const out = await w.conversation({ language: 'pl' }).say('jaki jest czas dostawy?');
    expect(out.toolCalls).toEqual([{ name: 'store_policies', input: expect.objectContaining({ topic: 'shipping' }), ok: true }]);
    expect(out.reply).toMatch(/^Oto, co podaje sklep:\n\n> /);
    expect(out.reply).toContain('> Zamówienia złożone w dzień roboczy przed 14:00 (czasu warszawskiego) wysyłamy tego samego dnia.');
    expect(out.reply).toContain('Standardowa dostawa trwa 3-5 dni roboczych w UE');
    expect(out.reply).not.toMatch(/business days|Standard shipping/);
  });

  test('pl: the FAQ answer on gift wrapping, marked as English since the shop has it only in English', async () => {
    const out = await w.conversation({ language: 'pl' }).say('czy pakujecie na prezent?');
    expect(out.reply).toContain('(Sklep udostępnia ten tekst tylko w języku: angielski).\n> ');
    expect(out.reply).toContain('gift wrapping costs $4 per item');
  });

  test('a policy the shop has not translated is quoted in its own language, and says so', async () => {
    const shop = w.shop.shop;
    const policy = await w.t.db.policy.findFirstOrThrow({ where: { shop, type: 'SHIPPING_POLICY' } });
    await w.t.db.policy.update({ where: { id: policy.id }, data: { translations: '{}' } });
    try {
      const out = await w.conversation({ language: 'de' }).say('Wie lange dauert der Versand?');
      expect(out.reply).toContain('(Der Shop hat diesen Text nur auf Englisch.)\n> ');
      expect(out.reply).toContain('Standard shipping takes 3-5 business days');
    } finally {
      await w.t.db.policy.update({ where: { id: policy.id }, data: { translations: policy.translations } });
    }
  });

  test('es: a hand-off is stored for the merchant', async () => {
    const c = w.conversation({ language: 'es' });
    await c.say('quiero hablar con una persona sobre una devolución');
    const out = await c.say('lucia@example.es');
    expect(out.reply).toMatch(/^Listo: el equipo tiene tu pregunta/);
    const stored = await w.t.db.handoff.findMany({ where: { email: 'lucia@example.es' } });
    expect(stored).toHaveLength(1);
    expect(stored[0].question).toBe('quiero hablar con una persona sobre una devolución');
  });
});
