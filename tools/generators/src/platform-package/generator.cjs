// @ts-check
const { formatFiles } = require('@nx/devkit');
const path = require('node:path');
const { assertAbsent, render } = require('../shared.cjs');

/** Creates packages/<name>: a platform package (type:platform, scope:shared) in the house style. */
async function platformPackageGenerator(tree, options) {
  const target = `packages/${options.name}`;
  assertAbsent(tree, target);
  render(tree, path.join(__dirname, 'files'), target, options);
  if (!options.skipFormat) await formatFiles(tree);
}

module.exports = platformPackageGenerator;
module.exports.default = platformPackageGenerator;
