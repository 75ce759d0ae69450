// Loads the GraphiQL page of a running GraphQLServer in jsdom, runs its scripts (React, GraphiQL,
// all from the server), and waits until GraphiQL has rendered and asked the server for its schema.
// Usage: NODE_PATH=<dir with jsdom in node_modules> node graphiql-check.cjs http://127.0.0.1:PORT/graphiql
// Prints "GraphiQL rendered: true|false" and "schema fetched: true|false"; exit code 1 unless both.
const { JSDOM, VirtualConsole } = require('jsdom');

const url = process.argv[2];
const problems = [];
const virtualConsole = new VirtualConsole();
virtualConsole.on('jsdomError', (e) => problems.push(String(e.message).slice(0, 200)));
process.on('uncaughtException', (e) => problems.push(String(e).slice(0, 200)));

let schemaFetched = false;

(async () => {
  const dom = await JSDOM.fromURL(url, {
    runScripts: 'dangerously',
    resources: 'usable',
    pretendToBeVisual: true,
    virtualConsole,
    beforeParse(window) {
      // jsdom has no layout; CodeMirror only needs these to exist.
      const rect = () => ({ left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0 });
      window.Range.prototype.getBoundingClientRect = rect;
      window.Range.prototype.getClientRects = () => ({ length: 0, item: () => null, [Symbol.iterator]: function* () {} });
      window.matchMedia = () => ({ matches: false, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {} });
      // jsdom has no fetch: hand the page Node's, resolving relative URLs against the page.
      window.fetch = async (resource, options) => {
        const response = await fetch(new URL(resource, url).toString(), options);
        const body = await response.clone().text();
        if (body.includes('"__schema"')) schemaFetched = true;
        return response;
      };
    },
  });
  for (let i = 0; i < 60 && !schemaFetched; i++) await new Promise((r) => setTimeout(r, 500));
  await new Promise((r) => setTimeout(r, 500));
  const rendered = dom.window.document.querySelector('.graphiql-container') !== null;
  console.log(`GraphiQL rendered: ${rendered}`);
  console.log(`schema fetched: ${schemaFetched}`);
  for (const problem of problems) console.log(`problem: ${problem}`);
  process.exit(rendered && schemaFetched ? 0 : 1);
})();
