// Preloaded (node --require) into every emulator a host or test run starts: the emulator exits once that process is
// gone, so no emulator outlives a crashed DevHost or a test host killed by its runner. Data stays on disk.
'use strict';
const parent = Number(process.env.OMS_PARENT_PID);
if (parent > 0) {
  const watch = setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      process.exit(0);
    }
  }, 1000);
  watch.unref();
}
