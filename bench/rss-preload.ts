// Loaded with `node --require` into a child: reports the child's peak RSS on exit, on stderr.
process.on('exit', () => {
  process.stderr.write(`\n@@bench-maxrss ${process.resourceUsage().maxRSS}\n`);
});
