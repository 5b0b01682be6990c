// `npm run setup`: applies pending migrations to the database that DATABASE_URL selects.
import { dbConfigFrom } from '../app/db/config';
import { migrate } from '../app/db/migrate.server';

const config = dbConfigFrom();
const applied = await migrate(config);
console.log(applied.length ? `applied ${applied.join(', ')}` : `${config.kind}: up to date`);
