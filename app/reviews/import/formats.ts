// The CSV layouts of the review apps merchants export from. Columns are found by header name
// (case, spaces, dashes and underscores ignored: "Review Title" = "review_title"), never by
// position, because the apps reorder and add columns between versions.

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
  | 'sku'
  | 'productTitle'
  | 'productUrl'
  | 'reply'
  | 'status';

export interface ReviewFormat {
  id: 'judgeme' | 'yotpo' | 'okendo' | 'loox' | 'shopify';
  label: string;
  /** Header names per field, most specific first. */
  columns: Partial<Record<ReviewField, string[]>>;
  /** Headers only this app's files have: they decide which format a file is. */
  signature: string[];
  /** Status values meaning the review is not shown in the shop (kept, marked unpublished). */
  hiddenStatuses?: string[];
}

/** "Review Title", "review_title", "reviewTitle" → "reviewtitle". */
export function headerKey(header: string): string {
  return header.replace(/^\uFEFF/, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

export const FORMATS: ReviewFormat[] = [
  {
    id: 'judgeme',
    label: 'Judge.me',
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
    signature: ['review_date', 'reviewer_name', 'reviewer_email', 'curated', 'picture_urls', 'reply_date'],
    hiddenStatuses: ['not-yet', 'spam', 'hidden'],
  },
  {
    id: 'yotpo',
    label: 'Yotpo',
    columns: {
      externalId: ['review_id', 'id'],
      title: ['review_title'],
      body: ['review_content'],
      rating: ['review_score'],
      createdAt: ['review_creation_date', 'date', 'created_at'],
      reviewerName: ['display_name', 'reviewer_display_name', 'user_name'],
      reviewerEmail: ['email', 'reviewer_email', 'user_email'],
      productId: ['product_id', 'domain_key'],
      sku: ['sku', 'product_sku'],
      productTitle: ['product_title'],
      productUrl: ['product_url'],
      reply: ['comment_content', 'comment'],
      status: ['published', 'review_status'],
    },
    signature: ['review_content', 'review_score', 'review_title', 'display_name', 'product_image_url'],
    hiddenStatuses: ['false', 'no', 'unpublished', 'rejected'],
  },
  {
    id: 'okendo',
    label: 'Okendo',
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
    },
    signature: ['datecreated', 'countrycode', 'imageurls', 'isrecommended', 'reviewid'],
    hiddenStatuses: ['rejected', 'pending'],
  },
  {
    id: 'loox',
    label: 'Loox',
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
    signature: ['nickname', 'full_name', 'img', 'verified_purchase', 'photo_url', 'replied_at', 'review'],
    hiddenStatuses: ['inactive', 'hidden', 'unpublished'],
  },
  {
    id: 'shopify',
    label: 'Shopify Product Reviews',
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
    const usable = columnIndex.body !== undefined && columnIndex.rating !== undefined;
    const productRef = ['productHandle', 'productId', 'sku'].some((f) => columnIndex[f as ReviewField] !== undefined);
    return { format, columnIndex, signature, mapped: Object.keys(columnIndex).length, usable: usable && productRef };
  });
  const best = candidates.filter((c) => c.usable).sort((a, b) => b.signature - a.signature || b.mapped - a.mapped)[0];
  if (!best) {
    throw new UnknownFormatError(
      `not a supported review export: need body, rating and a product column (handle, product id or SKU) in one of: ${FORMATS.map((f) => f.label).join(', ')}`,
    );
  }
  return { format: best.format, columnIndex: best.columnIndex };
}
