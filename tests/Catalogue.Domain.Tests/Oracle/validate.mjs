// Usage: node validate.mjs schema.json record1.json [record2.json ...]
// Prints one line per record: "ok <file>" or "invalid <file> <errors as JSON>". Exit 0 always unless usage error.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaPath, ...records] = process.argv.slice(2);
if (!schemaPath) { console.error("usage: node validate.mjs schema.json record.json..."); process.exit(2); }
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
for (const file of records) {
  const ok = validate(JSON.parse(readFileSync(file, "utf8")));
  console.log(ok ? `ok ${file}` : `invalid ${file} ${JSON.stringify(validate.errors)}`);
}
