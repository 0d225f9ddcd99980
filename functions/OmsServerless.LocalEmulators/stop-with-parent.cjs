// Preloaded (node --require) into every emulator a host or test run starts. The emulator stops when that process
// closes its stdin (a normal stop) or is gone (a crash), so none outlives a crashed DevHost or a test host killed by
// its runner. It stops through its own SIGTERM handling: Azurite's LokiJS stores reach the disk only every few
// seconds, and only a graceful close writes the last changes. Data stays on disk.
'use strict';
const parent = Number(process.env.OMS_PARENT_PID);
const graceSeconds = 10;
let stopping = false;

function stop() {
  if (stopping) {
    return;
  }

  stopping = true;
  setTimeout(() => process.exit(0), graceSeconds * 1000).unref();
  if (process.listenerCount('SIGTERM') > 0) {
    process.emit('SIGTERM', 'SIGTERM');
  } else {
    process.exit(0);
  }
}

if (parent > 0) {
  process.stdin.on('end', stop);
  process.stdin.on('error', stop);
  process.stdin.resume();
  const watch = setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      stop();
    }
  }, 1000);
  watch.unref();
}
