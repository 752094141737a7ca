// @ts-check
const { formatFiles } = require('@nx/devkit');
const path = require('node:path');
const { assertAbsent, render } = require('../shared.cjs');

/**
 * Creates apps/<name>/api (library: router, context, tables, migrations, tests) and apps/<name>/server (application:
 * env, main, bootstrap, Dockerfile), tagged type:api / type:service and scope:<name>. Afterwards run
 * `nx run @lienthong/<name>-api:db-generate` once tables exist, and add the scope to eslint.config.mjs.
 */
async function serviceGenerator(tree, options) {
  const target = `apps/${options.name}`;
  assertAbsent(tree, target);
  render(tree, path.join(__dirname, 'files', 'api'), `${target}/api`, options);
  render(tree, path.join(__dirname, 'files', 'server'), `${target}/server`, options);
  if (!options.skipFormat) await formatFiles(tree);
}

module.exports = serviceGenerator;
module.exports.default = serviceGenerator;
