// @ts-check
/** Helpers shared by the generators: names, the relative offset to the root, and template rendering. */
const { generateFiles, names } = require('@nx/devkit');
const path = require('node:path');

/** Throws when a project folder already exists, so a generator never overwrites work. */
function assertAbsent(tree, folder) {
  if (tree.exists(folder)) throw new Error(`${folder} already exists; pick another name.`);
}

/**
 * Renders every template under `templateDir` into `target`. File names may contain `__name__`; a `__tmpl__`
 * suffix keeps template sources out of TypeScript and lint, and is dropped on output.
 */
function render(tree, templateDir, target, options) {
  const offset = path.posix.relative(target, '.') + '/';
  const n = names(options.name);
  generateFiles(tree, templateDir, target, {
    ...options,
    ...n,
    offset,
    camel: n.propertyName,
    // Postgres schema names are identifiers: probe-svc becomes probe_svc.
    schema: options.name.replace(/-/g, '_'),
    pascal: n.className,
    tmpl: '',
  });
}

module.exports = { assertAbsent, render };
