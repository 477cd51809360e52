// Says which Node runs the suite (CI runs it on each Node version `engines` allows); jest's
// workers and the specs' child processes run on this same binary (process.execPath).
module.exports = async () => {
  process.stdout.write(`\njest on Node ${process.version} (${process.execPath})\n`);
};
