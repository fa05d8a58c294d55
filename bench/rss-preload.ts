// Loaded with `node --require` into a child: reports the child's peak RSS and CPU time on exit, on stderr.
process.on('exit', () => {
  const cpu = process.cpuUsage();
  process.stderr.write(`\n@@bench-maxrss ${process.resourceUsage().maxRSS}\n@@bench-cpu ${cpu.user + cpu.system}\n`);
});
