// Writes a large fictional store in the demo-store format (for load tests and benchmarks):
//   node --import tsx scripts/generate-store.ts --products 100000 --out DIR [--seed N] [--force]
import { parseArgs } from 'node:util';
import { generateStore } from '../app/demo/store/generate-store';

const USAGE = 'usage: generate-store --products N --out DIR [--seed N] [--per-file N] [--customers N] [--orders N] [--force]';

function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} must be a whole number, got "${value}"`);
  return Number(value);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      products: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      'per-file': { type: 'string' },
      customers: { type: 'string' },
      orders: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const products = wholeNumber('products', values.products);
  if (products === undefined || !values.out) throw new Error(USAGE);

  const started = performance.now();
  const summary = await generateStore({
    products,
    out: values.out,
    seed: wholeNumber('seed', values.seed),
    productsPerFile: wholeNumber('per-file', values['per-file']),
    customers: wholeNumber('customers', values.customers),
    orders: wholeNumber('orders', values.orders),
    force: values.force,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${summary.out}: ${summary.products} products, ${summary.variants} variants, ${summary.csvRows} CSV rows in ` +
      `${summary.files.length} files, ${summary.customers} customers, ${summary.orders} orders (seed ${summary.seed}, ${seconds} s)`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
