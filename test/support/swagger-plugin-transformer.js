// Runs the @nestjs/swagger CLI plugin inside ts-jest (NestJS docs: "Integration with ts-jest"),
// with the same options as nest-cli.json, so tests see the same spec `nest build` produces.
const transformer = require('@nestjs/swagger/plugin');
const nestCli = require('../../nest-cli.json');

const options = nestCli.compilerOptions.plugins.find((p) => p.name === '@nestjs/swagger').options;

module.exports.name = 'nestjs-swagger-transformer';
// Bump when the options change, so jest's cache is invalidated.
module.exports.version = 1;
module.exports.factory = (cs) => transformer.before(options, cs.program);
