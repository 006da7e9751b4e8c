// Regenerates expected.json: the errors graphql-js reports for each line of queries.txt against
// harness-schema.graphql (the SDL of TestSchema.cs). Run from the repository root:
//   node tests/Catalogue.GraphQL.Tests/Validation/Fixtures/generate-expected.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const graphqlPath = path.resolve(here, '../../../../../shared/tools/graphql-conformance/node_modules/graphql/index.mjs');
const { buildSchema, parse, validate, version } = await import(graphqlPath);

const schema = buildSchema(fs.readFileSync(path.join(here, 'harness-schema.graphql'), 'utf8'));
const cases = fs.readFileSync(path.join(here, 'queries.txt'), 'utf8').split('\n').filter(Boolean).map((query) => ({
  query,
  errors: validate(schema, parse(query)).map((e) => ({
    message: e.message,
    locations: (e.locations ?? []).map((l) => `${l.line}:${l.column}`),
  })),
}));
fs.writeFileSync(path.join(here, 'expected.json'), JSON.stringify({ graphqlJsVersion: version, cases }, null, 1) + '\n');
