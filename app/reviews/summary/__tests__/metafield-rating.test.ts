import { ratingFromMetafields } from '../metafield-rating';

const mf = (key: string, value: string, type = 'rating') => ({ namespace: 'reviews', key, type, value });

it('reads the standard reviews.rating and reviews.rating_count metafields', () => {
  expect(ratingFromMetafields([mf('rating', '{"value":"4.6","scale_min":"1.0","scale_max":"5.0"}'), mf('rating_count', '27', 'number_integer')])).toEqual({ averageRating: 4.6, ratingCount: 27 });
});

it('rescales other scales to five stars and tolerates a missing count', () => {
  expect(ratingFromMetafields([mf('rating', '{"value":"8","scale_min":"0","scale_max":"10"}')])).toEqual({ averageRating: 4.2, ratingCount: null });
});

it('ignores absent, malformed or out-of-scale ratings', () => {
  expect(ratingFromMetafields([])).toBeNull();
  expect(ratingFromMetafields([mf('rating', 'not json')])).toBeNull();
  expect(ratingFromMetafields([mf('rating', '{"value":"7","scale_min":"1","scale_max":"5"}')])).toBeNull();
  expect(ratingFromMetafields([{ namespace: 'custom', key: 'rating', type: 'rating', value: '{"value":"5"}' }])).toBeNull();
});
