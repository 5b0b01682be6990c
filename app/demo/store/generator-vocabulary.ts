// Word lists for the big-store generator: enough variety that search, facets and the assistant
// meet realistic catalogs (many types, vendors, sizes, colours, price bands), all fictional.

export interface OptionScheme {
  name: string;
  values: string[];
  /** How many consecutive values a product offers, at least and at most. */
  pick: [number, number];
  /** Price added per step along the values (larger sizes cost more), as a share of the base price. */
  stepMarkup?: number;
}

export interface Category {
  group: string;
  productType: string;
  nouns: string[];
  materials: string[];
  options: OptionScheme[];
  /** Base price range in the shop currency. */
  price: [number, number];
  grams: [number, number];
  tags: string[];
  vendors: string[];
  features: string[];
}

export const COLOURS = [
  'Black',
  'White',
  'Navy',
  'Charcoal',
  'Grey',
  'Beige',
  'Sand',
  'Cream',
  'Olive',
  'Forest Green',
  'Sage',
  'Burgundy',
  'Rust',
  'Terracotta',
  'Mustard',
  'Sky Blue',
  'Denim Blue',
  'Blush Pink',
  'Lilac',
  'Camel',
];

const APPAREL_SIZES: OptionScheme = { name: 'Size', values: ['XS', 'S', 'M', 'L', 'XL', 'XXL'], pick: [3, 6] };
const SHOE_SIZES: OptionScheme = {
  name: 'Size',
  values: ['36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46'],
  pick: [4, 9],
};
const COLOUR: OptionScheme = { name: 'Color', values: COLOURS, pick: [1, 4] };
const METAL: OptionScheme = { name: 'Metal', values: ['Sterling Silver', 'Gold Plated', 'Rose Gold Plated'], pick: [1, 3] };
const WOOD: OptionScheme = { name: 'Finish', values: ['Natural Oak', 'Smoked Oak', 'Walnut', 'White Ash', 'Black Stain'], pick: [1, 3] };

const FASHION_VENDORS = [
  'Harbor Thread',
  'Kestrel Outfitters',
  'Juniper Atelier',
  'Linden & Co.',
  'Northwind Goods',
  'Saltmarsh Supply',
  'Common Loom',
];
const HOME_VENDORS = ['Lumen House', 'Old Mill Pottery', 'Fjord & Pine', 'Maple Row', 'Sable & Stone', 'Northwind Goods', 'Hearth & Field'];
const OUTDOOR_VENDORS = ['Atlas Trail', 'Redfern Garden Co.', 'Brightwater', 'Meadowlark', 'Rustic Ltd'];
const JEWELRY_VENDORS = ['Sterling Ltd', 'Copper Lane', 'Aurelia Studio', 'Tidewater Jewels'];
const CARE_VENDORS = ['Wildbloom Apothecary', 'Salt & Sage', 'Clearwater Naturals'];

export const CATEGORIES: Category[] = [
  {
    group: 'Apparel',
    productType: 'T-Shirts',
    nouns: ['T-Shirt', 'Crew Tee', 'V-Neck Tee', 'Pocket Tee', 'Long Sleeve Tee'],
    materials: ['Organic Cotton', 'Cotton', 'Linen Blend', 'Bamboo Jersey'],
    options: [APPAREL_SIZES, COLOUR],
    price: [14, 45],
    grams: [150, 250],
    tags: ['tops', 'basics', 'summer'],
    vendors: FASHION_VENDORS,
    features: ['a relaxed fit', 'reinforced shoulder seams', 'a soft brushed finish', 'a tagless neck label'],
  },
  {
    group: 'Apparel',
    productType: 'Shirts',
    nouns: ['Oxford Shirt', 'Flannel Shirt', 'Linen Shirt', 'Overshirt', 'Chambray Shirt'],
    materials: ['Cotton', 'Linen', 'Brushed Flannel', 'Chambray'],
    options: [APPAREL_SIZES, COLOUR],
    price: [35, 95],
    grams: [250, 400],
    tags: ['tops', 'workwear'],
    vendors: FASHION_VENDORS,
    features: ['mother-of-pearl buttons', 'a button-down collar', 'a curved hem', 'two chest pockets'],
  },
  {
    group: 'Apparel',
    productType: 'Sweaters',
    nouns: ['Crew Sweater', 'Cardigan', 'Roll Neck Jumper', 'Cable Knit Sweater'],
    materials: ['Merino Wool', 'Lambswool', 'Cashmere Blend', 'Recycled Wool'],
    options: [APPAREL_SIZES, COLOUR],
    price: [55, 180],
    grams: [350, 700],
    tags: ['knitwear', 'winter'],
    vendors: FASHION_VENDORS,
    features: ['ribbed cuffs', 'a chunky knit', 'dropped shoulders', 'a close, warm weave'],
  },
  {
    group: 'Apparel',
    productType: 'Jackets',
    nouns: ['Rain Jacket', 'Puffer Jacket', 'Field Jacket', 'Denim Jacket', 'Bomber Jacket'],
    materials: ['Waxed Cotton', 'Recycled Nylon', 'Denim', 'Softshell'],
    options: [APPAREL_SIZES, COLOUR],
    price: [79, 260],
    grams: [600, 1400],
    tags: ['outerwear', 'winter', 'waterproof'],
    vendors: FASHION_VENDORS,
    features: ['a detachable hood', 'taped seams', 'a two-way zip', 'deep hand-warmer pockets'],
  },
  {
    group: 'Apparel',
    productType: 'Dresses',
    nouns: ['Wrap Dress', 'Midi Dress', 'Shirt Dress', 'Slip Dress', 'Sundress'],
    materials: ['Linen', 'Viscose', 'Silk', 'Cotton Poplin'],
    options: [APPAREL_SIZES, COLOUR],
    price: [49, 190],
    grams: [250, 500],
    tags: ['dresses', 'summer', 'occasion'],
    vendors: FASHION_VENDORS,
    features: ['a tie waist', 'side pockets', 'a flattering A-line cut', 'adjustable straps'],
  },
  {
    group: 'Footwear',
    productType: 'Sneakers',
    nouns: ['Runner', 'Court Sneaker', 'High Top', 'Trail Sneaker'],
    materials: ['Leather', 'Suede', 'Recycled Knit', 'Canvas'],
    options: [SHOE_SIZES, { ...COLOUR, pick: [1, 3] }],
    price: [59, 180],
    grams: [700, 1100],
    tags: ['shoes', 'everyday'],
    vendors: FASHION_VENDORS,
    features: ['a cushioned insole', 'a natural rubber sole', 'padded ankle collars', 'waxed cotton laces'],
  },
  {
    group: 'Footwear',
    productType: 'Boots',
    nouns: ['Chelsea Boot', 'Hiking Boot', 'Lace-Up Boot', 'Ankle Boot'],
    materials: ['Leather', 'Suede', 'Nubuck'],
    options: [SHOE_SIZES, { ...COLOUR, pick: [1, 2] }],
    price: [110, 290],
    grams: [1200, 1900],
    tags: ['shoes', 'winter', 'outdoor'],
    vendors: FASHION_VENDORS,
    features: ['a Goodyear-welted sole', 'a waterproof membrane', 'elastic side panels', 'a grippy lug sole'],
  },
  {
    group: 'Accessories',
    productType: 'Bags',
    nouns: ['Tote Bag', 'Crossbody Bag', 'Backpack', 'Weekender', 'Laptop Sleeve'],
    materials: ['Leather', 'Waxed Canvas', 'Recycled Polyester', 'Vegan Leather'],
    options: [COLOUR],
    price: [29, 240],
    grams: [300, 1500],
    tags: ['bags', 'travel', 'gift idea'],
    vendors: FASHION_VENDORS,
    features: ['a padded laptop pocket', 'brass hardware', 'an adjustable strap', 'a water-resistant lining'],
  },
  {
    group: 'Jewelry',
    productType: 'Necklaces',
    nouns: ['Pendant Necklace', 'Chain Necklace', 'Choker', 'Locket'],
    materials: ['Sterling Silver', 'Freshwater Pearl', 'Turquoise', 'Moonstone'],
    options: [METAL],
    price: [19, 260],
    grams: [10, 40],
    tags: ['jewelry', 'gift idea'],
    vendors: JEWELRY_VENDORS,
    features: ['a lobster clasp', 'a 5 cm extender chain', 'a hand-polished finish', 'a nickel-free alloy'],
  },
  {
    group: 'Jewelry',
    productType: 'Earrings',
    nouns: ['Hoop Earrings', 'Stud Earrings', 'Drop Earrings', 'Huggie Earrings'],
    materials: ['Sterling Silver', 'Pearl', 'Opal', 'Enamel'],
    options: [METAL],
    price: [15, 180],
    grams: [5, 20],
    tags: ['jewelry', 'gift idea'],
    vendors: JEWELRY_VENDORS,
    features: ['hypoallergenic posts', 'secure butterfly backs', 'a lightweight build', 'a brushed finish'],
  },
  {
    group: 'Jewelry',
    productType: 'Rings',
    nouns: ['Signet Ring', 'Stacking Ring', 'Band Ring', 'Solitaire Ring'],
    materials: ['Sterling Silver', 'Garnet', 'Onyx', 'Labradorite'],
    options: [
      { name: 'Ring size', values: ['5', '6', '7', '8', '9', '10'], pick: [3, 6] },
      { ...METAL, pick: [1, 2] },
    ],
    price: [25, 320],
    grams: [4, 15],
    tags: ['jewelry', 'gift idea'],
    vendors: JEWELRY_VENDORS,
    features: ['a comfort-fit band', 'a hand-set stone', 'an engraving-ready inside', 'a polished bevel'],
  },
  {
    group: 'Home',
    productType: 'Cushions',
    nouns: ['Cushion Cover', 'Throw Pillow', 'Bolster Cushion', 'Floor Cushion'],
    materials: ['Linen', 'Velvet', 'Boucle', 'Wool'],
    options: [{ name: 'Size', values: ['40 x 40 cm', '50 x 50 cm', '60 x 60 cm'], pick: [1, 3], stepMarkup: 0.2 }, COLOUR],
    price: [18, 75],
    grams: [300, 900],
    tags: ['living room', 'textiles'],
    vendors: HOME_VENDORS,
    features: ['a hidden zip', 'a feather-down insert', 'piped edges', 'a washable cover'],
  },
  {
    group: 'Home',
    productType: 'Candles',
    nouns: ['Scented Candle', 'Pillar Candle', 'Travel Candle', 'Candle Jar'],
    materials: ['Soy Wax', 'Beeswax', 'Coconut Wax'],
    options: [
      { name: 'Scent', values: ['Vanilla', 'Fig & Cedar', 'Sea Salt', 'Lavender', 'Amber', 'Pine Forest', 'Bergamot'], pick: [1, 4] },
    ],
    price: [9, 48],
    grams: [150, 600],
    tags: ['candles', 'gift idea', 'fragrance'],
    vendors: HOME_VENDORS,
    features: ['a cotton wick', 'a 45-hour burn time', 'a reusable glass jar', 'hand-poured small batches'],
  },
  {
    group: 'Home',
    productType: 'Lighting',
    nouns: ['Table Lamp', 'Pendant Light', 'Floor Lamp', 'Wall Light'],
    materials: ['Brass', 'Copper', 'Rattan', 'Opal Glass', 'Ceramic'],
    options: [{ ...COLOUR, pick: [1, 3] }],
    price: [45, 420],
    grams: [900, 6000],
    tags: ['lighting', 'living room', 'bedroom'],
    vendors: HOME_VENDORS,
    features: ['a dimmable switch', 'a braided fabric cable', 'an E27 fitting', 'a weighted base'],
  },
  {
    group: 'Home',
    productType: 'Rugs',
    nouns: ['Rug', 'Runner', 'Kilim', 'Doormat'],
    materials: ['Wool', 'Jute', 'Cotton', 'Recycled PET'],
    options: [
      {
        name: 'Size',
        values: ['60 x 90 cm', '80 x 150 cm', '120 x 180 cm', '160 x 230 cm', '200 x 300 cm'],
        pick: [2, 5],
        stepMarkup: 0.6,
      },
      { ...COLOUR, pick: [1, 2] },
    ],
    price: [25, 240],
    grams: [1500, 12000],
    tags: ['rugs', 'living room', 'textiles'],
    vendors: HOME_VENDORS,
    features: ['a hand-woven flat weave', 'an anti-slip backing', 'a low pile', 'fringed ends'],
  },
  {
    group: 'Furniture',
    productType: 'Sofas',
    nouns: ['Sofa', 'Loveseat', 'Corner Sofa', 'Sofa Bed'],
    materials: ['Boucle', 'Velvet', 'Linen', 'Leather'],
    options: [{ ...COLOUR, pick: [1, 4] }],
    price: [450, 2400],
    grams: [35000, 90000],
    tags: ['furniture', 'living room'],
    vendors: HOME_VENDORS,
    features: ['solid oak legs', 'removable covers', 'deep foam seats', 'pocket-sprung cushions'],
  },
  {
    group: 'Furniture',
    productType: 'Tables',
    nouns: ['Side Table', 'Coffee Table', 'Dining Table', 'Bedside Table', 'Desk'],
    materials: ['Oak', 'Walnut', 'Marble', 'Ash'],
    options: [WOOD],
    price: [89, 1400],
    grams: [6000, 60000],
    tags: ['furniture', 'living room', 'dining'],
    vendors: HOME_VENDORS,
    features: ['a hard-wax oil finish', 'tapered legs', 'a hidden drawer', 'easy tool-free assembly'],
  },
  {
    group: 'Kitchen',
    productType: 'Mugs',
    nouns: ['Mug', 'Espresso Cup', 'Latte Bowl', 'Travel Mug'],
    materials: ['Stoneware', 'Porcelain', 'Enamel', 'Glazed Ceramic'],
    options: [
      { name: 'Pack', values: ['Single', 'Set of 2', 'Set of 4'], pick: [1, 3], stepMarkup: 0.9 },
      { ...COLOUR, pick: [1, 3] },
    ],
    price: [9, 39],
    grams: [250, 450],
    tags: ['kitchen', 'tableware', 'gift idea'],
    vendors: HOME_VENDORS,
    features: ['a reactive glaze', 'a comfortable handle', 'dishwasher-safe glaze', 'a 350 ml capacity'],
  },
  {
    group: 'Kitchen',
    productType: 'Cookware',
    nouns: ['Frying Pan', 'Casserole', 'Saucepan', 'Dutch Oven', 'Wok'],
    materials: ['Cast Iron', 'Stainless Steel', 'Carbon Steel', 'Enamelled Cast Iron'],
    options: [{ name: 'Size', values: ['20 cm', '24 cm', '28 cm', '32 cm'], pick: [1, 4], stepMarkup: 0.25 }],
    price: [29, 260],
    grams: [900, 5500],
    tags: ['kitchen', 'cooking'],
    vendors: HOME_VENDORS,
    features: ['induction compatibility', 'an oven-safe handle', 'a pre-seasoned surface', 'a lifetime guarantee'],
  },
  {
    group: 'Garden',
    productType: 'Plant Pots',
    nouns: ['Plant Pot', 'Planter', 'Hanging Planter', 'Window Box'],
    materials: ['Terracotta', 'Concrete', 'Glazed Ceramic', 'Recycled Plastic'],
    options: [
      { name: 'Size', values: ['Small', 'Medium', 'Large', 'Extra Large'], pick: [1, 4], stepMarkup: 0.5 },
      { ...COLOUR, pick: [1, 2] },
    ],
    price: [6, 85],
    grams: [400, 9000],
    tags: ['garden', 'plants', 'outdoor'],
    vendors: OUTDOOR_VENDORS,
    features: ['a drainage hole', 'frost resistance', 'a matching saucer', 'a hand-finished rim'],
  },
  {
    group: 'Garden',
    productType: 'Garden Tools',
    nouns: ['Hand Trowel', 'Pruning Shears', 'Watering Can', 'Garden Fork', 'Hori Hori Knife'],
    materials: ['Stainless Steel', 'Ash Wood', 'Galvanised Steel', 'Carbon Steel'],
    options: [],
    price: [9, 75],
    grams: [200, 1800],
    tags: ['garden', 'tools', 'outdoor'],
    vendors: OUTDOOR_VENDORS,
    features: ['an FSC ash handle', 'a rust-proof blade', 'a hanging loop', 'an ergonomic grip'],
  },
  {
    group: 'Outdoor',
    productType: 'Camping',
    nouns: ['Tent', 'Sleeping Bag', 'Camping Chair', 'Headlamp', 'Water Bottle'],
    materials: ['Ripstop Nylon', 'Recycled Polyester', 'Aluminium', 'Stainless Steel'],
    options: [{ ...COLOUR, pick: [1, 3] }],
    price: [15, 480],
    grams: [150, 4500],
    tags: ['outdoor', 'camping', 'travel'],
    vendors: OUTDOOR_VENDORS,
    features: ['a packable design', 'a lifetime warranty', 'a weatherproof finish', 'a carry bag'],
  },
  {
    group: 'Beauty',
    productType: 'Skincare',
    nouns: ['Face Cream', 'Cleansing Oil', 'Serum', 'Hand Cream', 'Body Lotion'],
    materials: ['Rosehip', 'Aloe Vera', 'Shea Butter', 'Hyaluronic'],
    options: [{ name: 'Size', values: ['30 ml', '50 ml', '100 ml', '200 ml'], pick: [1, 3], stepMarkup: 0.5 }],
    price: [8, 75],
    grams: [50, 350],
    tags: ['beauty', 'skincare', 'vegan'],
    vendors: CARE_VENDORS,
    features: ['no added fragrance', 'a recyclable glass bottle', 'cold-pressed oils', 'dermatologist testing'],
  },
];

export const ADJECTIVES = [
  'Classic',
  'Essential',
  'Everyday',
  'Relaxed',
  'Heritage',
  'Modern',
  'Vintage',
  'Coastal',
  'Nordic',
  'Alpine',
  'Urban',
  'Weekend',
  'Studio',
  'Artisan',
  'Signature',
  'Soft',
  'Rustic',
  'Minimal',
  'Bold',
  'Featherweight',
];

export const EXTRA_TAGS = ['bestseller', 'new', 'eco', 'handmade', 'limited edition', 'made in EU', 'sale', 'gift idea', 'vegan'];

export const FIRST_NAMES: Record<string, string[]> = {
  en: ['James', 'Emily', 'Oliver', 'Sophie', 'Jack', 'Grace', 'Harry', 'Chloe', 'Noah', 'Ava'],
  pl: ['Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Magdalena', 'Paweł', 'Agnieszka', 'Michał', 'Zofia', 'Jakub'],
  de: ['Lena', 'Lukas', 'Hannah', 'Jonas', 'Mia', 'Felix', 'Laura', 'Paul', 'Marie', 'Leon'],
  es: ['Lucía', 'Hugo', 'Martina', 'Pablo', 'Sofía', 'Daniel', 'Carmen', 'Javier', 'Elena', 'Alejandro'],
  fr: ['Camille', 'Louis', 'Chloé', 'Gabriel', 'Manon', 'Jules', 'Léa', 'Arthur', 'Inès', 'Hugo'],
};

export const LAST_NAMES: Record<string, string[]> = {
  en: ['Carter', 'Smith', 'Walker', 'Hughes', 'Bennett', 'Turner', 'Price', 'Morgan', 'Ellis', 'Shaw'],
  pl: ['Kowalska', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zielińska', 'Szymański', 'Dąbrowska', 'Mazur'],
  de: ['Schmidt', 'Müller', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Wagner', 'Koch', 'Richter'],
  es: ['García', 'Martínez', 'López', 'Sánchez', 'Romero', 'Navarro', 'Torres', 'Ruiz', 'Moreno', 'Jiménez'],
  fr: ['Dubois', 'Martin', 'Bernard', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Roux', 'Fournier', 'Mercier'],
};

export const CITIES: Record<string, [string, string][]> = {
  en: [
    ['London', 'GB'],
    ['Manchester', 'GB'],
    ['New York', 'US'],
    ['Austin', 'US'],
    ['Dublin', 'IE'],
  ],
  pl: [
    ['Kraków', 'PL'],
    ['Warszawa', 'PL'],
    ['Gdańsk', 'PL'],
    ['Wrocław', 'PL'],
    ['Poznań', 'PL'],
  ],
  de: [
    ['Berlin', 'DE'],
    ['München', 'DE'],
    ['Hamburg', 'DE'],
    ['Wien', 'AT'],
    ['Zürich', 'CH'],
  ],
  es: [
    ['Madrid', 'ES'],
    ['Barcelona', 'ES'],
    ['Valencia', 'ES'],
    ['Sevilla', 'ES'],
    ['Bilbao', 'ES'],
  ],
  fr: [
    ['Paris', 'FR'],
    ['Lyon', 'FR'],
    ['Marseille', 'FR'],
    ['Bordeaux', 'FR'],
    ['Bruxelles', 'BE'],
  ],
};

export const CARRIERS = [
  { company: 'DHL Express', url: (n: string) => `https://www.dhl.com/track?id=${n}` },
  { company: 'UPS', url: (n: string) => `https://www.ups.com/track?tracknum=${n}` },
  { company: 'InPost', url: (n: string) => `https://inpost.pl/sledzenie-przesylek?number=${n}` },
  { company: 'La Poste', url: (n: string) => `https://www.laposte.fr/outils/suivre-vos-envois?code=${n}` },
];
