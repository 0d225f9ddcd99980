// A local Cosmos DB endpoint for development and tests: @vercel/cosmosdb-server (in memory, HTTPS, self-signed)
// made durable with an append-only journal. Every successful write is appended to <data>/journal.ndjson; on start the
// journal is replayed through the server itself before any other request is let in, so orders survive a restart.
//
//   node cosmos-emulator.cjs --port 8081 --data .local/cosmos
'use strict';
const fs = require('fs');
const path = require('path');
const https = require('https');
const { Readable } = require('stream');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && index + 1 < args.length ? args[index + 1] : fallback;
};
const port = Number(option('port', '8081'));
const dataDirectory = path.resolve(option('data', '.local/cosmos'));
const journalPath = path.join(dataDirectory, 'journal.ndjson');
const replayHeader = 'x-oms-journal-replay';
const journalledHeaders = ['content-type', 'x-ms-documentdb-partitionkey', 'x-ms-documentdb-is-upsert',
  'x-ms-documentdb-partitionkeyrangeid', 'x-ms-cosmos-is-batch-request', 'x-ms-cosmos-batch-atomic',
  'x-ms-documentdb-query-enablecrosspartition'];

fs.mkdirSync(dataDirectory, { recursive: true });
const journal = fs.openSync(journalPath, 'a');

let ready = false;
const held = [];

// The server keeps its handler private; wrapping https.createServer before loading it lets us see each request.
const createServer = https.createServer;
https.createServer = (options, handler) => createServer.call(https, options, (req, res) => {
  const replaying = req.headers[replayHeader] === '1' && req.socket.remoteAddress && req.socket.remoteAddress.includes('127.0.0.1');
  if (!ready && !replaying) {
    held.push(() => serve(req, res, handler, true));
    return;
  }
  serve(req, res, handler, !replaying);
});

// The server answers a read of a missing document with 500 (it dereferences the absent document); Cosmos DB says 404.
// Routes capture handlers when they load, so the fix must be in place before the server module is required.
const readDocument = require('@vercel/cosmosdb-server/lib/handler/read-document');
const readExistingDocument = readDocument.default;
readDocument.default = (account, req, res, params) => {
  try {
    return readExistingDocument(account, req, res, params);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    res.statusCode = 404;
    return { code: 'NotFound', message: 'Entity with the specified id does not exist in the system.' };
  }
};

const { createHttpsServer } = require('@vercel/cosmosdb-server');

function serve(req, res, handler, journalIt) {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const replayable = Object.assign(Readable.from(body.length ? [body] : []), {
      method: req.method, url: req.url, headers: req.headers, socket: req.socket, connection: req.socket,
    });
    if (journalIt && req.method !== 'GET' && req.method !== 'HEAD' && !isQuery(req)) {
      res.on('finish', () => {
        if (res.statusCode < 300) {
          const headers = {};
          for (const name of journalledHeaders) if (req.headers[name] !== undefined) headers[name] = req.headers[name];
          fs.writeSync(journal, JSON.stringify({ m: req.method, u: req.url, h: headers, b: body.toString('base64') }) + '\n');
        }
      });
    }
    handler(replayable, res);
  });
}

function isQuery(req) {
  return req.headers['x-ms-documentdb-isquery'] === 'true' || (req.headers['content-type'] || '').includes('application/query+json');
}

function replayOne(entry) {
  return new Promise((resolve, reject) => {
    const body = Buffer.from(entry.b, 'base64');
    const request = https.request({
      host: '127.0.0.1', port, method: entry.m, path: entry.u, rejectUnauthorized: false,
      headers: { ...entry.h, [replayHeader]: '1', 'content-length': body.length, 'x-ms-version': '2018-12-31' },
    }, (response) => { response.resume(); response.on('end', resolve); });
    request.on('error', reject);
    request.end(body);
  });
}

// Keep-alive: the server otherwise closes every connection, and each request pays a TLS handshake on both ends.
const server = createHttpsServer({ keepAlive: true });
server.listen(port, '127.0.0.1', async () => {
  const lines = fs.existsSync(journalPath) ? fs.readFileSync(journalPath, 'utf8').split('\n').filter(Boolean) : [];
  for (const line of lines) {
    try {
      await replayOne(JSON.parse(line));
    } catch (error) {
      console.error(`journal replay failed at an entry: ${error.message}`);
    }
  }
  ready = true;
  held.splice(0).forEach((resume) => resume());
  console.log(`cosmos emulator listening on https://127.0.0.1:${port}/ (${lines.length} journalled writes replayed from ${journalPath})`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
