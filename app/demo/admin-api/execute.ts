// Runs a validated document over the store model with graphql-js. The field resolver is graphql-js's
// default (properties, or methods called with the field's arguments) plus two things a fake over
// partial data needs: a valid field the model doesn't have resolves to null, or to an empty value of
// its type when the schema says it can't be null, and is recorded so the response can say so; and
// every resolved object is counted towards the actual query cost.
import {
  defaultFieldResolver,
  execute,
  getNamedType,
  getOperationAST,
  GraphQLError,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isScalarType,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { ExecContext } from './context';
import { actualFieldCost } from './cost';

const SCALAR_PLACEHOLDERS: Record<string, unknown> = {
  Int: 0,
  Float: 0,
  Boolean: false,
  UnsignedInt64: '0',
  Decimal: '0.0',
  Money: '0.00',
  DateTime: '1970-01-01T00:00:00Z',
  Date: '1970-01-01',
  JSON: {},
};

function placeholder(schema: GraphQLSchema, type: GraphQLOutputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]?.value ?? null;
  if (isScalarType(inner)) return SCALAR_PLACEHOLDERS[inner.name] ?? '';
  if (isAbstractType(inner)) return { __typename: schema.getPossibleTypes(inner)[0]?.name };
  // An empty object: its own non-null fields get placeholders in turn, connections come out empty.
  return {};
}

export type Executor = (
  document: DocumentNode,
  ctx: ExecContext,
  variables?: Record<string, unknown> | null,
  operationName?: string | null,
) => Promise<ExecutionResult>;

export function createExecutor(schema: GraphQLSchema, roots: { query: object; mutation: object }): Executor {
  const mutationType = schema.getMutationType();
  const fieldResolver: GraphQLFieldResolver<unknown, ExecContext> = (source, args, ctx, info) => {
    let value = defaultFieldResolver(source, args, ctx, info);
    if (value === undefined) {
      if (info.parentType === mutationType) {
        throw new GraphQLError(`The fake Admin API does not implement the mutation ${info.fieldName}.`, {
          extensions: { code: 'NOT_IMPLEMENTED' },
        });
      }
      ctx.unmodelled.add(`${info.parentType.name}.${info.fieldName}`);
      value = isNonNullType(info.returnType) ? placeholder(schema, info.returnType) : null;
    }
    if (!ctx.bulk) ctx.actualCost += actualFieldCost(getNamedType(info.returnType), value);
    return value;
  };

  return async (document, ctx, variables, operationName) => {
    const operation = getOperationAST(document, operationName);
    return execute({
      schema,
      document,
      rootValue: operation?.operation === 'mutation' ? roots.mutation : roots.query,
      contextValue: ctx,
      variableValues: variables ?? undefined,
      operationName: operationName ?? undefined,
      fieldResolver,
    });
  };
}
