import fs from 'node:fs';
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchemaFrom } from '../scripts/db-schemas';

test('the PostgreSQL schema is generated from the SQLite one (run `npm run db:schemas`)', () => {
  const expected = postgresSchemaFrom(fs.readFileSync(SQLITE_SCHEMA, 'utf8'));
  expect(fs.readFileSync(POSTGRES_SCHEMA, 'utf8')).toBe(expected);
  expect(expected).toContain('provider = "postgresql"');
});
