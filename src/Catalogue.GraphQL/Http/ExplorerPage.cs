namespace Catalogue.GraphQL.Http;

/// <summary>
/// A small self-contained GraphQL explorer (no CDN, works offline): query and variables editors, a Run button
/// that POSTs to the page's own URL, and a schema browser built from an introspection query.
/// </summary>
internal static class ExplorerPage
{
    public const string Html = """
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>GraphQL explorer</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 1fr 1fr 22rem; height: 100vh; }
  section { display: flex; flex-direction: column; padding: .5rem; min-height: 0; border-right: 1px solid #ddd; }
  textarea, pre { font-family: ui-monospace, monospace; font-size: 13px; flex: 1; margin: .25rem 0; padding: .5rem; border: 1px solid #ccc; overflow: auto; }
  #variables { flex: 0 0 8rem; }
  button { padding: .4rem 1rem; font-size: 14px; }
  #schema { overflow: auto; font-size: 13px; }
  #schema details { margin-left: .5rem; }
  .kind { color: #888; font-size: 11px; }
  .type { color: #0a6; }
  .desc { color: #666; font-style: italic; }
</style>
</head>
<body>
<section>
  <label for="query">Query</label>
  <textarea id="query" spellcheck="false">{
  __typename
}</textarea>
  <label for="variables">Variables (JSON)</label>
  <textarea id="variables" spellcheck="false">{}</textarea>
  <div><button id="run">Run (Ctrl+Enter)</button></div>
</section>
<section>
  <label>Result</label>
  <pre id="result"></pre>
</section>
<section id="schema"><strong>Schema</strong><div id="types">loading…</div></section>
<script>
const endpoint = window.location.pathname;
async function post(body) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept': 'application/graphql-response+json, application/json' },
    body: JSON.stringify(body)
  });
  return response.json();
}
async function run() {
  const out = document.getElementById('result');
  let variables;
  try { variables = JSON.parse(document.getElementById('variables').value || '{}'); }
  catch (e) { out.textContent = 'Variables are not valid JSON: ' + e.message; return; }
  out.textContent = '…';
  try { out.textContent = JSON.stringify(await post({ query: document.getElementById('query').value, variables }), null, 2); }
  catch (e) { out.textContent = 'Request failed: ' + e.message; }
}
document.getElementById('run').onclick = run;
document.addEventListener('keydown', e => { if (e.ctrlKey && e.key === 'Enter') run(); });

const typeRef = t => t.kind === 'NON_NULL' ? typeRef(t.ofType) + '!' : t.kind === 'LIST' ? '[' + typeRef(t.ofType) + ']' : t.name;
const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text) e.textContent = text; return e; };
const introspection = `{ __schema { queryType { name } mutationType { name } types { kind name description
  fields { name description args { name type { ...T } } type { ...T } }
  inputFields { name type { ...T } } enumValues { name } possibleTypes { name } } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;
post({ query: introspection }).then(result => {
  const box = document.getElementById('types');
  box.textContent = '';
  if (!result.data) { box.textContent = JSON.stringify(result.errors); return; }
  const types = result.data.__schema.types.filter(t => !t.name.startsWith('__'));
  for (const type of types) {
    const d = el('details'); const s = el('summary');
    s.append(el('span', 'type', type.name), ' ', el('span', 'kind', type.kind));
    d.append(s);
    if (type.description) d.append(el('div', 'desc', type.description));
    for (const f of type.fields || []) {
      const args = f.args.length ? '(' + f.args.map(a => a.name + ': ' + typeRef(a.type)).join(', ') + ')' : '';
      d.append(el('div', null, f.name + args + ': ' + typeRef(f.type)));
    }
    for (const f of type.inputFields || []) d.append(el('div', null, f.name + ': ' + typeRef(f.type)));
    for (const v of type.enumValues || []) d.append(el('div', null, v.name));
    for (const p of type.possibleTypes || []) d.append(el('div', null, '… on ' + p.name));
    box.append(d);
  }
}).catch(e => { document.getElementById('types').textContent = 'Introspection failed: ' + e.message; });
</script>
</body>
</html>
""";
}
