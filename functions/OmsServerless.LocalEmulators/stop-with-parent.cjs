// Preloaded (node --require) into every emulator a host or test run starts. The emulator stops when that process
// closes its stdin (a normal stop) or is gone (a crash), so none outlives a crashed DevHost or a test host killed by
// its runner. It stops through its own signal handling: Azurite's LokiJS stores reach the disk only every few
// seconds, and only a graceful close writes the last changes. Data stays on disk.
'use strict';
const fs = require('fs');
const pidFile = process.env.OMS_PID_FILE;
const parent = Number(process.env.OMS_PARENT_PID);
const graceSeconds = 10;
let stopping = false;

function stop() {
  if (stopping) {
    return;
  }

  stopping = true;
  setTimeout(() => process.exit(0), graceSeconds * 1000).unref();
  // Azurite's single-service entry points save and close on SIGINT only; the Cosmos wrapper listens for SIGTERM.
  const signal = ['SIGTERM', 'SIGINT'].find((name) => process.listenerCount(name) > 0);
  if (signal) {
    process.emit(signal, signal);
  } else {
    process.exit(0);
  }
}

// Names this process as the one using the data directory until it has exited (DataDirectoryOwner.cs waits on it).
if (pidFile) {
  fs.writeFileSync(pidFile, String(process.pid));
  process.on('exit', () => {
    try {
      if (fs.readFileSync(pidFile, 'utf8') === String(process.pid)) {
        fs.rmSync(pidFile);
      }
    } catch {
      // Already gone.
    }
  });
}

if (parent > 0) {
  // The parent held the other end of stdout and stderr too: once it is gone, a write (Azurite logs while it closes)
  // fails with EPIPE, which must not kill the emulator before it has saved.
  process.stdout.on('error', () => {});
  process.stderr.on('error', () => {});
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
