import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The Slack benchmark's baseline, run as a process of its own (fork) as the bot is: a bare
 * node:http server on loopback that reads each body and answers 200. Sends its port to the parent;
 * ends when the parent disconnects.
 */
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'text/plain' }).end(''));
});
server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
process.on('disconnect', () => process.exit(0));
