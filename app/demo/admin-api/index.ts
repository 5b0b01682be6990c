export { createFakeAdminApi, type FakeAdminApi, type FakeAdminApiOptions } from './create-fake-admin-api';
export { adminSchema, SCHEMA_VERSION } from './schema';
