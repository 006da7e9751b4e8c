// Reads a JSON-LD document on stdin and prints its N-Quads. Remote contexts are refused: the tests use inline ones.
import jsonld from 'jsonld';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const documentLoader = async (url) => { throw new Error(`remote context refused: ${url}`); };
const nquads = await jsonld.toRDF(input, { format: 'application/n-quads', documentLoader });
process.stdout.write(nquads);
