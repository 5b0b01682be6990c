// The verified header layouts of each app (sources in app/reviews/README.md, "CSV import"). Column
// names are the apps' own; every data value below is made up for these tests.
import { readReviewExport, parseDate, sniffDelimiter, type RowResult } from '../parse-export';
import { detectFormat, headerKey } from '../formats';

const JUDGEME =
  'title,body,rating,review_date,source,curated,reviewer_name,reviewer_email,product_id,product_handle,reply,reply_date,picture_urls,ip_address,location,metaobject_handle';
const YOTPO =
  'appKey,Review ID,Review Creation Date,Review Type,Review Status,Status Details,Review Source,Review Score,Review Title,Review Content,Sentiment Score,Profanity Flag,Published Image Url,Unpublished Image URL,Published Video URL,Unpublished Video URL,Comment Date,Comment Content,Comment Public,Review Tags,Thumbs Up,Thumbs Down,Order ID,Order Date,Pushed to Social,Reviewer Display Name,Reviewer Email,Reviewer Type,Reviewer Country,Reviewer Device Type,Product ID,Product Title,Product Description,Product URL,Product Image URL,Product Handle,Product Group,Product Category,Product UPC,Product SKU,Product Brand,Product MPN,Product ISBN';
const YOTPO_OLDER =
  'appkey,published,review_title,review_content,review_score,date,user_type,sku,product_url,product_title,product_description,product_image_url,display_name,email,comment_content,comment_public,comment_created_at';
const OKENDO =
  'name,body,handle,productId,rating,sku,dateCreated,countryCode,email,imageUrls,isApproved,isIncentivized,isRecommended,rejectedImageUrls,reply,replyDateCreated,replyIsPublic,title,videoUrls,isVerifiedBuyer,variantId,status';
const LOOX = 'id,productId,handle,full_name,nickname,date,img,review,rating';
const LOOX_TEMPLATE = 'product_handle,product_Id,rating,author,email,body,created_at,photo_url,reply,replied_at,verified_purchase,incentivized';
const SHOPIFY = 'product_handle,state,rating,title,author,email,location,body,reply,created_at,replied_at';

type Row = Record<string, string>;

/** A CSV with `header` and one line per row, filling only the named columns. */
function csv(header: string, rows: Row[], delimiter = ','): string {
  const columns = header.split(',');
  const cell = (v = '') => (/["\n,;\t]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [columns.join(delimiter), ...rows.map((r) => columns.map((c) => cell(r[c])).join(delimiter))].join('\n') + '\n';
}

async function read(content: string) {
  const exp = await readReviewExport(content);
  const rows: RowResult[] = [];
  for await (const r of exp.rows) rows.push(r);
  return { format: exp.format.id, rows };
}

const review = (r: RowResult) => {
  if (!r.ok) throw new Error(`row ${r.row}: ${r.reason}`);
  return r.review;
};

it('reads a Judge.me export: product id and handle, curation, store reviews refused', async () => {
  const { format, rows } = await read(
    csv(JUDGEME, [
      { title: 'Sturdy', body: 'Heavy and well glazed.', rating: '4', review_date: '2025-11-24 09:46:42 UTC', source: 'email', curated: 'ok', reviewer_name: 'Olek', reviewer_email: 'Olek@Example.com', product_id: '7001', product_handle: 'clay-plant-pot', reply: 'Thank you!', reply_date: '2025-11-25 08:00:00 UTC', metaobject_handle: 'review-x1' },
      { body: 'Buy followers here', rating: '5', review_date: '2025-11-26 10:00:00 UTC', source: 'web', curated: 'spam', product_handle: 'clay-plant-pot' },
      { body: 'Fast delivery, nice shop.', rating: '5', review_date: '2025-11-27 10:00:00 UTC', source: 'all-reviews-page', curated: 'ok' },
    ]),
  );
  expect(format).toBe('judgeme');
  expect(review(rows[0])).toMatchObject({
    title: 'Sturdy', rating: 4, reviewerName: 'Olek', reviewerEmail: 'olek@example.com', reply: 'Thank you!', published: true,
    product: { id: 'gid://shopify/Product/7001', handle: 'clay-plant-pot' },
  });
  expect(review(rows[0]).createdAt?.toISOString()).toBe('2025-11-24T09:46:42.000Z');
  expect(review(rows[1]).published).toBe(false);
  expect(rows[2]).toEqual({ ok: false, row: 4, reason: 'no product handle, id or SKU', code: 'no_product_ref' });
});

it("reads Yotpo's current export: status, handle, SKU, comment as the reply", async () => {
  const { format, rows } = await read(
    csv(YOTPO, [
      { 'Review ID': 'y-1', 'Review Creation Date': '2025-10-02', 'Review Status': 'Published', 'Review Score': '2', 'Review Title': 'Clasp', 'Review Content': 'The clasp bent in a week.', 'Comment Content': 'Sorry, a new one is on its way.', 'Reviewer Display Name': 'Ewa', 'Reviewer Email': 'ewa@example.com', 'Product ID': '7002', 'Product Handle': 'Chain-Bracelet', 'Product SKU': 'CB-1', 'Product Title': 'Chain bracelet' },
      { 'Review ID': 'y-2', 'Review Creation Date': '2025-10-03', 'Review Status': 'Unpublished', 'Review Score': '5', 'Review Content': 'Lovely.', 'Product SKU': 'CB-1' },
    ]),
  );
  expect(format).toBe('yotpo');
  expect(review(rows[0])).toMatchObject({
    externalId: 'y-1', title: 'Clasp', rating: 2, reviewerName: 'Ewa', reply: 'Sorry, a new one is on its way.', published: true,
    product: { id: 'gid://shopify/Product/7002', handle: 'chain-bracelet', sku: 'CB-1', title: 'Chain bracelet' },
  });
  expect(review(rows[1])).toMatchObject({ published: false, product: { sku: 'CB-1' } });
});

it("reads Yotpo's older export, whose sku column is the Shopify product id in a Shopify shop", async () => {
  const { format, rows } = await read(
    csv(YOTPO_OLDER, [
      { published: 'true', review_title: 'Warm', review_content: 'Warm and soft.', review_score: '5', date: '2016-01-05 04:00:00 UTC', sku: '7003', display_name: 'Ida', email: 'ida@example.com' },
      { published: 'false', review_content: 'Too small.', review_score: '2', date: '2016-01-06', sku: 'MUG-RED', product_url: 'https://shop.example/products/red-mug?variant=1' },
    ]),
  );
  expect(format).toBe('yotpo');
  expect(review(rows[0])).toMatchObject({ published: true, reviewerName: 'Ida', product: { id: 'gid://shopify/Product/7003', sku: '7003' } });
  expect(review(rows[1])).toMatchObject({ published: false, product: { handle: 'red-mug', sku: 'MUG-RED' } });
  expect(review(rows[1]).product.id).toBeUndefined();
});

it("reads Okendo's template layout: isApproved false keeps the review unpublished", async () => {
  const { format, rows } = await read(
    csv(OKENDO, [
      { name: 'Jan', body: 'Bright and warm light.', handle: 'copper-light', rating: '5', dateCreated: '2025-09-01', isApproved: 'true', title: 'Bright', reply: 'Glad you like it' },
      { name: 'Kai', body: 'Flickers.', productId: '7004', rating: '1', dateCreated: '2025-09-02', isApproved: 'false' },
      { name: 'Lu', body: 'Fine.', sku: 'LAMP-2', rating: '3', dateCreated: '2025-09-03', status: 'rejected' },
    ]),
  );
  expect(format).toBe('okendo');
  expect(review(rows[0])).toMatchObject({ reviewerName: 'Jan', title: 'Bright', reply: 'Glad you like it', published: true, product: { handle: 'copper-light' } });
  expect(review(rows[1])).toMatchObject({ published: false, product: { id: 'gid://shopify/Product/7004' } });
  expect(review(rows[2])).toMatchObject({ published: false, product: { sku: 'LAMP-2' } });
});

it("reads Loox's export columns and its import template, and tells the template from Shopify's", async () => {
  const exported = await read(csv(LOOX, [{ id: 'lx-9', productId: '7005', handle: 'boho-earrings', full_name: 'Mia Lopez', nickname: 'Mia', date: '2025-08-01T10:00:00Z', review: 'Light and pretty.', rating: '5' }]));
  expect(exported.format).toBe('loox');
  expect(review(exported.rows[0])).toMatchObject({ externalId: 'lx-9', reviewerName: 'Mia Lopez', body: 'Light and pretty.', product: { id: 'gid://shopify/Product/7005', handle: 'boho-earrings' } });

  const template = await read(csv(LOOX_TEMPLATE, [{ product_handle: 'boho-earrings', rating: '4', author: 'Noa', body: 'Nice.', created_at: '2025-08-02', verified_purchase: 'true' }]));
  expect(template.format).toBe('loox');
  expect(review(template.rows[0])).toMatchObject({ reviewerName: 'Noa', product: { handle: 'boho-earrings' } });
});

it('reads a Shopify Product Reviews file: state decides publication', async () => {
  const { format, rows } = await read(
    csv(SHOPIFY, [
      { product_handle: 'cream-sofa', state: 'published', rating: '5', title: 'Comfy', author: 'Rui', email: 'rui@example.com', location: 'Porto', body: 'Deep seats.', created_at: '2019-02-18 03:29:13 UTC' },
      { product_handle: 'cream-sofa', state: 'unpublished', rating: '1', author: 'Sam', body: 'Stained.', created_at: '2019-02-19 03:29:13 UTC' },
    ]),
  );
  expect(format).toBe('shopify');
  expect(review(rows[0])).toMatchObject({ title: 'Comfy', reviewerName: 'Rui', published: true, product: { handle: 'cream-sofa' } });
  expect(review(rows[1]).published).toBe(false);
});

it('finds columns whatever their case, spacing or separators, in comma, semicolon or tab files', async () => {
  expect(['Review Content', ' review_content ', 'REVIEW-CONTENT', 'reviewContent', '\uFEFFreview.content'].map(headerKey)).toEqual(Array(5).fill('reviewcontent'));
  const header = ' Review_Title ,REVIEW CONTENT,review-score,Review creation date,PRODUCT HANDLE,reviewer display name';
  const { format, rows } = await read(`${header}\nSoft,"Soft, light wool.",5,2025-07-07,Yellow-Wool-Jumper,Ada\n`);
  expect(format).toBe('yotpo');
  expect(review(rows[0])).toMatchObject({ title: 'Soft', body: 'Soft, light wool.', reviewerName: 'Ada', product: { handle: 'yellow-wool-jumper' } });

  // Excel in a comma-decimal locale saves "CSV" with semicolons; some tools write tabs.
  for (const delimiter of [';', '\t']) {
    const file = '\uFEFF' + csv(SHOPIFY, [{ product_handle: 'cream-sofa', state: 'published', rating: '4', author: 'Zoe', body: 'Good; firm.', created_at: '2025-01-02' }], delimiter);
    const read2 = await read(file);
    expect(read2.format).toBe('shopify');
    expect(review(read2.rows[0])).toMatchObject({ reviewerName: 'Zoe', body: 'Good; firm.', rating: 4 });
  }
  expect(sniffDelimiter('"a;b",c,d')).toBe(',');
  expect(sniffDelimiter('a;"b,c";d')).toBe(';');
  expect(sniffDelimiter('single')).toBe(',');
});

it('accepts a product URL as the only product column, and still refuses a file with none', () => {
  expect(detectFormat(['title', 'body', 'rating', 'review_date', 'product_url']).format.id).toBe('judgeme');
  expect(() => detectFormat(['title', 'body', 'rating', 'review_date'])).toThrow(/product column/);
});

it('reads day-month-year dates day first only when the order is not settled by the numbers', () => {
  const iso = (v: string, dayFirst?: boolean) => parseDate(v, { dayFirst })?.toISOString();
  // Judge.me's template writes dd/mm/yyyy.
  expect(iso('03/04/2025', true)).toBe('2025-04-03T00:00:00.000Z');
  expect(iso('03/04/2025')).toBe('2025-03-04T00:00:00.000Z');
  expect(iso('25/12/2025')).toBe('2025-12-25T00:00:00.000Z');
  expect(iso('12/25/2025', true)).toBe('2025-12-25T00:00:00.000Z');
  expect(iso('03.04.2025 14:30')).toBe('2025-04-03T14:30:00.000Z');
  expect(parseDate('31/02/2025')).toBeUndefined();
});

it('uses the day-first reading for Judge.me files', async () => {
  const { rows } = await read(csv(JUDGEME, [{ body: 'Good.', rating: '5', review_date: '03/04/2025', curated: 'ok', product_handle: 'clay-plant-pot' }]));
  expect(review(rows[0]).createdAt?.toISOString()).toBe('2025-04-03T00:00:00.000Z');
});
