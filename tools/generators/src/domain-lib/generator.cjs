// @ts-check
const { formatFiles } = require('@nx/devkit');
const path = require('node:path');
const { assertAbsent, render } = require('../shared.cjs');

/** Creates libs/<name>: a pure domain library (type:domain, scope:shared) in the house style. */
async function domainLibGenerator(tree, options) {
  const target = `libs/${options.name}`;
  assertAbsent(tree, target);
  render(tree, path.join(__dirname, 'files'), target, options);
  if (!options.skipFormat) await formatFiles(tree);
}

module.exports = domainLibGenerator;
module.exports.default = domainLibGenerator;
