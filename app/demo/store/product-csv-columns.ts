// Which column of a product CSV holds what. Shopify has renamed its columns over the years (the
// classic "Variant Price" layout of its sample files, the 2024 template's "Price"), and exports add
// or drop columns (Cost per item, Status, market prices...), so columns are found by header name,
// never by position.

export type ColumnKey =
  | 'handle'
  | 'title'
  | 'body'
  | 'vendor'
  | 'productType'
  | 'tags'
  | 'published'
  | 'status'
  | 'option1Name'
  | 'option1Value'
  | 'option2Name'
  | 'option2Value'
  | 'option3Name'
  | 'option3Value'
  | 'sku'
  | 'inventoryTracker'
  | 'inventoryQty'
  | 'inventoryPolicy'
  | 'continueSelling'
  | 'price'
  | 'compareAtPrice'
  | 'imageSrc'
  | 'imagePosition'
  | 'imageAlt'
  | 'variantImage';

const ALIASES: Record<ColumnKey, string[]> = {
  handle: ['Handle', 'URL handle'],
  title: ['Title'],
  body: ['Body (HTML)', 'Body HTML', 'Description'],
  vendor: ['Vendor'],
  productType: ['Type', 'Product type'],
  tags: ['Tags'],
  published: ['Published', 'Published on online store'],
  status: ['Status'],
  option1Name: ['Option1 Name'],
  option1Value: ['Option1 Value'],
  option2Name: ['Option2 Name'],
  option2Value: ['Option2 Value'],
  option3Name: ['Option3 Name'],
  option3Value: ['Option3 Value'],
  sku: ['Variant SKU', 'SKU'],
  inventoryTracker: ['Variant Inventory Tracker', 'Inventory tracker'],
  inventoryQty: ['Variant Inventory Qty', 'Variant Inventory Quantity', 'Inventory quantity', 'Inventory qty'],
  inventoryPolicy: ['Variant Inventory Policy', 'Inventory policy'],
  continueSelling: ['Continue selling when out of stock'],
  price: ['Variant Price', 'Price'],
  compareAtPrice: ['Variant Compare At Price', 'Variant Compare-at Price', 'Compare-at price', 'Compare at price'],
  imageSrc: ['Image Src', 'Product image URL', 'Image URL'],
  imagePosition: ['Image Position'],
  imageAlt: ['Image Alt Text'],
  variantImage: ['Variant Image', 'Variant image URL'],
};

const normalize = (header: string) => header.trim().replace(/\s+/g, ' ').toLowerCase();

const KEY_BY_HEADER = new Map<string, ColumnKey>(
  (Object.entries(ALIASES) as [ColumnKey, string[]][]).flatMap(([key, names]) => names.map((name) => [normalize(name), key] as const)),
);

export interface ProductMetafieldColumn {
  index: number;
  namespace: string;
  key: string;
  type: string;
}

export interface ColumnMap {
  /** Index of each known column present in the file. */
  index: Partial<Record<ColumnKey, number>>;
  /** The header as the file spells it, for error messages. */
  name: Partial<Record<ColumnKey, string>>;
  metafields: ProductMetafieldColumn[];
}

// "Material (product.metafields.custom.material)" in today's exports,
// "Metafield: custom.material [single_line_text_field]" in older ones.
const MODERN_METAFIELD = /\(product\.metafields\.([\w-]+)\.([\w-]+)\)$/i;
const LEGACY_METAFIELD = /^metafield:\s*([\w-]+)\.([\w-]+)\s*\[([\w.]+)\]$/i;

export function mapColumns(header: string[]): ColumnMap {
  const map: ColumnMap = { index: {}, name: {}, metafields: [] };
  header.forEach((raw, index) => {
    const text = raw.trim();
    const key = KEY_BY_HEADER.get(normalize(text));
    if (key) {
      // A repeated header keeps its first column, as spreadsheets' lookups do.
      if (map.index[key] === undefined) {
        map.index[key] = index;
        map.name[key] = text;
      }
      return;
    }
    const modern = MODERN_METAFIELD.exec(text);
    if (modern) {
      map.metafields.push({ index, namespace: modern[1], key: modern[2], type: 'single_line_text_field' });
      return;
    }
    const legacy = LEGACY_METAFIELD.exec(text);
    if (legacy) map.metafields.push({ index, namespace: legacy[1], key: legacy[2], type: legacy[3] });
  });
  return map;
}

/**
 * The classic layout of Shopify's published sample files (the demo store's apparel and jewelry
 * files); the home-and-garden file adds "Cost per item" at the end.
 */
export const CLASSIC_PRODUCT_CSV_HEADER = [
  'Handle',
  'Title',
  'Body (HTML)',
  'Vendor',
  'Type',
  'Tags',
  'Published',
  'Option1 Name',
  'Option1 Value',
  'Option2 Name',
  'Option2 Value',
  'Option3 Name',
  'Option3 Value',
  'Variant SKU',
  'Variant Grams',
  'Variant Inventory Tracker',
  'Variant Inventory Qty',
  'Variant Inventory Policy',
  'Variant Fulfillment Service',
  'Variant Price',
  'Variant Compare At Price',
  'Variant Requires Shipping',
  'Variant Taxable',
  'Variant Barcode',
  'Image Src',
  'Image Position',
  'Image Alt Text',
  'Gift Card',
  'SEO Title',
  'SEO Description',
  'Google Shopping / Google Product Category',
  'Google Shopping / Gender',
  'Google Shopping / Age Group',
  'Google Shopping / MPN',
  'Google Shopping / AdWords Grouping',
  'Google Shopping / AdWords Labels',
  'Google Shopping / Condition',
  'Google Shopping / Custom Product',
  'Google Shopping / Custom Label 0',
  'Google Shopping / Custom Label 1',
  'Google Shopping / Custom Label 2',
  'Google Shopping / Custom Label 3',
  'Google Shopping / Custom Label 4',
  'Variant Image',
  'Variant Weight Unit',
  'Variant Tax Code',
] as const;
