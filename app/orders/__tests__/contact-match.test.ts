import { contactMatches, emailMatches, phoneMatches } from '../contact-match';

test('e-mails compare without case or surrounding spaces', () => {
  expect(emailMatches(' Anna.Kowalska@Example.PL ', 'anna.kowalska@example.pl')).toBe(true);
  expect(emailMatches('anna.kowalska@example.com', 'anna.kowalska@example.pl')).toBe(false);
  expect(emailMatches('', '')).toBe(false);
  expect(emailMatches('a@b.c', null)).toBe(false);
});

test('phones compare on their trailing digits, at least nine of them', () => {
  expect(phoneMatches('601 234 567', '+48 601 234 567')).toBe(true);
  expect(phoneMatches('0048-601-234-567', '+48 601 234 567')).toBe(true);
  expect(phoneMatches('(415) 555-0134', '+1 415 555 0134')).toBe(true);
  expect(phoneMatches('234 567', '+48 601 234 567')).toBe(false);
  expect(phoneMatches('601 234 568', '+48 601 234 567')).toBe(false);
  expect(phoneMatches('601234567', null)).toBe(false);
});

test('every detail given must be on the order, and one must be given', () => {
  const order = { email: 'anna@example.pl', phones: [null, '+48 601 234 567'] };
  expect(contactMatches({ email: 'ANNA@example.pl' }, order)).toBe(true);
  expect(contactMatches({ phone: '601234567' }, order)).toBe(true);
  expect(contactMatches({ email: 'anna@example.pl', phone: '601234567' }, order)).toBe(true);
  expect(contactMatches({ email: 'guess@example.pl', phone: '601234567' }, order)).toBe(false);
  expect(contactMatches({}, order)).toBe(false);
});
