// The CSV layouts of the review apps merchants export from. Columns are found by header name
// (case, spaces, dashes, dots and underscores ignored: "Review Title" = "review_title"), never by
// position, because the apps reorder and add columns between versions.
//
// Where each layout comes from (see the "CSV import" paragraph of app/reviews/README.md):
// - Judge.me: a real Judge.me export and Judge.me's import template, which share one header.
// - Yotpo: today's export ("Review Content", "Reviewer Display Name", …) as quoted in a 2022 bug
//   report against an importer, and the older lowercase export (review_content, display_name, …).
// - Okendo: Okendo's documented import template.
// - Loox: the columns a script reading a real Loox export uses, plus Loox's import template. The
//   export's status, e-mail and reply columns are not verified.
// - Shopify Product Reviews: the app's CSV header, as written by several converters that feed it.

export type ReviewField =
  | 'externalId'
  | 'title'
  | 'body'
  | 'rating'
  | 'createdAt'
  | 'reviewerName'
  | 'reviewerEmail'
  | 'productHandle'
  | 'productId'
  /** An app's own product key: the Shopify product id for a Shopify shop, a SKU elsewhere. */
  | 'productKey'
  | 'sku'
  | 'productTitle'
  | 'productUrl'
  | 'reply'
  | 'status'
  /** A yes/no column (Yotpo's published, Okendo's isApproved): false/no/0 means hidden. */
  | 'approved';

export interface ReviewFormat {
  id: 'judgeme' | 'yotpo' | 'okendo' | 'loox' | 'shopify';
  label: string;
  /** Header names per field, most specific first. */
  columns: Partial<Record<ReviewField, string[]>>;
  /** Headers only this app's files have: they decide which format a file is. */
  signature: string[];
  /** Status values meaning the review is not shown in the shop (kept, marked unpublished). */
  hiddenStatuses?: string[];
  /** Ambiguous dates like 03/04/2025 are day first (Judge.me's template says dd/mm/yyyy). */
  dayFirstDates?: boolean;
}

/** "Review Title", "review_title", "reviewTitle", "REVIEW-TITLE" → "reviewtitle". */
export function headerKey(header: string): string {
  return header.replace(/^\uFEFF/, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

export const FORMATS: ReviewFormat[] = [
  {
    id: 'judgeme',
    label: 'Judge.me',
    // Export and template: title, body, rating, review_date, source, curated, reviewer_name,
    // reviewer_email, product_id, product_handle, reply, reply_date, picture_urls, ip_address,
    // location, metaobject_handle. The template also takes product_url.
    columns: {
      title: ['title'],
      body: ['body'],
      rating: ['rating'],
      createdAt: ['review_date'],
      reviewerName: ['reviewer_name'],
      reviewerEmail: ['reviewer_email'],
      productId: ['product_id'],
      productHandle: ['product_handle'],
      productUrl: ['product_url'],
      reply: ['reply'],
      status: ['curated'],
    },
    signature: ['review_date', 'reviewer_name', 'reviewer_email', 'curated', 'picture_urls', 'reply_date', 'metaobject_handle'],
    // curated is ok / not-yet / spam. An uncurated review is shown only while auto-publish is on,
    // which the file doesn't say, so not-yet is kept unpublished rather than shown by mistake.
    hiddenStatuses: ['not-yet', 'spam', 'hidden'],
    dayFirstDates: true,
  },
  {
    id: 'yotpo',
    label: 'Yotpo',
    // Current export: appKey, Review ID, Review Creation Date, Review Type, Review Status, …,
    // Review Score, Review Title, Review Content, …, Comment Content, …, Reviewer Display Name,
    // Reviewer Email, …, Product ID, Product Title, Product Description, Product URL, Product Image
    // URL, Product Handle, …, Product SKU, …
    // Older export: appkey, published, review_title, review_content, review_score, date, user_type,
    // sku (Yotpo's product key: the Shopify product id for Shopify shops), product_id, product_url,
    // product_title, product_description, product_image_url, display_name, email, comment_content, …
    columns: {
      externalId: ['review_id', 'id'],
      title: ['review_title'],
      body: ['review_content'],
      rating: ['review_score'],
      createdAt: ['review_creation_date', 'date', 'created_at'],
      reviewerName: ['reviewer_display_name', 'display_name', 'user_name'],
      reviewerEmail: ['reviewer_email', 'email', 'user_email'],
      productId: ['product_id', 'domain_key'],
      productKey: ['sku'],
      productHandle: ['product_handle'],
      sku: ['product_sku'],
      productTitle: ['product_title'],
      productUrl: ['product_url'],
      reply: ['comment_content', 'comment'],
      status: ['review_status'],
      approved: ['published'],
    },
    signature: ['review_content', 'review_score', 'review_title', 'display_name', 'reviewer_display_name', 'review_creation_date', 'product_image_url', 'appkey'],
    // Review Status values are not documented; these are the plausible hidden ones.
    hiddenStatuses: ['unpublished', 'rejected', 'pending', 'deleted'],
  },
  {
    id: 'okendo',
    label: 'Okendo',
    // Import template: name, body, handle, productId, rating, sku, dateCreated, countryCode, email,
    // imageUrls, isApproved, isIncentivized, isRecommended, rejectedImageUrls, reply,
    // replyDateCreated, replyIsPublic, title, videoUrls, isVerifiedBuyer, variantId, status.
    columns: {
      externalId: ['reviewId', 'review_id'],
      title: ['title'],
      body: ['body'],
      rating: ['rating'],
      createdAt: ['dateCreated', 'date_created'],
      reviewerName: ['name', 'reviewer_name', 'displayName'],
      reviewerEmail: ['email'],
      productHandle: ['handle', 'productHandle'],
      productId: ['productId'],
      sku: ['sku'],
      productTitle: ['productName'],
      reply: ['reply', 'replyBody'],
      status: ['status'],
      approved: ['isApproved'],
    },
    signature: ['dateCreated', 'countryCode', 'imageUrls', 'isRecommended', 'isApproved', 'isVerifiedBuyer', 'replyDateCreated', 'rejectedImageUrls', 'reviewId'],
    hiddenStatuses: ['rejected', 'pending'],
  },
  {
    id: 'loox',
    label: 'Loox',
    // Export (as read by a script over a real one): id, productId, handle, full_name, nickname,
    // date, img, review, rating, … Import template: product_handle, product_Id, rating, author,
    // email, body, created_at, photo_url, reply, replied_at, verified_purchase, incentivized.
    columns: {
      externalId: ['id'],
      body: ['review', 'body'],
      rating: ['rating'],
      createdAt: ['date', 'created_at'],
      reviewerName: ['full_name', 'nickname', 'author'],
      reviewerEmail: ['email'],
      productHandle: ['handle', 'product_handle'],
      productId: ['productId', 'product_id'],
      reply: ['reply'],
      status: ['status'],
    },
    signature: ['nickname', 'full_name', 'img', 'review', 'verified_purchase', 'photo_url', 'incentivized'],
    hiddenStatuses: ['inactive', 'hidden', 'unpublished'],
  },
  {
    id: 'shopify',
    label: 'Shopify Product Reviews',
    // product_handle, state, rating, title, author, email, location, body, reply, created_at, replied_at
    columns: {
      title: ['title'],
      body: ['body'],
      rating: ['rating'],
      createdAt: ['created_at'],
      reviewerName: ['author'],
      reviewerEmail: ['email'],
      productHandle: ['product_handle'],
      productId: ['product_id'],
      reply: ['reply'],
      status: ['state'],
    },
    signature: ['state', 'location', 'author', 'replied_at'],
    hiddenStatuses: ['unpublished', 'spam', 'hidden'],
  },
];

export interface DetectedFormat {
  format: ReviewFormat;
  /** Field → index of its column in the file. */
  columnIndex: Partial<Record<ReviewField, number>>;
}

export class UnknownFormatError extends Error {}

const PRODUCT_FIELDS: ReviewField[] = ['productHandle', 'productId', 'productKey', 'sku', 'productUrl'];

/**
 * Picks the format whose own headers the file has most of (ties: more mapped fields), and maps
 * its fields to column indexes. A file with no body or no rating column fits no format.
 */
export function detectFormat(headers: string[], forced?: ReviewFormat['id']): DetectedFormat {
  const keys = headers.map(headerKey);
  const candidates = FORMATS.filter((f) => !forced || f.id === forced).map((format) => {
    const columnIndex: DetectedFormat['columnIndex'] = {};
    for (const [field, names] of Object.entries(format.columns) as [ReviewField, string[]][]) {
      const at = names.map(headerKey).map((n) => keys.indexOf(n)).find((i) => i >= 0);
      if (at !== undefined) columnIndex[field] = at;
    }
    const signature = format.signature.filter((s) => keys.includes(headerKey(s))).length;
    const usable = columnIndex.body !== undefined && columnIndex.rating !== undefined && PRODUCT_FIELDS.some((f) => columnIndex[f] !== undefined);
    return { format, columnIndex, signature, mapped: Object.keys(columnIndex).length, usable };
  });
  const best = candidates.filter((c) => c.usable).sort((a, b) => b.signature - a.signature || b.mapped - a.mapped)[0];
  if (!best) {
    throw new UnknownFormatError(
      `not a supported review export: need body, rating and a product column (handle, product id, SKU or product URL) in one of: ${FORMATS.map((f) => f.label).join(', ')}`,
    );
  }
  return { format: best.format, columnIndex: best.columnIndex };
}
