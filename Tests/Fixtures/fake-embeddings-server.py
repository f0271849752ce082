#!/usr/bin/env python3
"""A tiny OpenAI-compatible /v1/embeddings server for Sverka's tests: misbehaves on purpose.

Listens on 127.0.0.1 on a free port and prints the port on its first line of standard output.
Vectors are 16 numbers from the text's character trigrams (hashed), so that equal texts get equal
vectors and texts sharing words get similar ones. GET /stats gives the number of POSTs answered.

Modes (--mode):
  ok          answers every request
  slow        waits --delay seconds before answering
  429-once    answers the first POST with 429 (Retry-After: 0), then as `ok`
  malformed   answers 200 with a body that is not the embeddings JSON
  wrong-count answers one vector fewer than asked
  wrong-dim   answers the second text of each request with 8 numbers instead of 16
  die-after   answers --after POSTs, then stops listening and exits
"""
import argparse
import hashlib
import json
import math
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DIM = 16


def vector(text):
    values = [0.0] * DIM
    padded = f"  {text.lower()}  "
    for k in range(len(padded) - 2):
        digest = hashlib.md5(padded[k:k + 3].encode("utf-8")).digest()
        values[digest[0] % DIM] += 1.0 if digest[1] % 2 else -1.0
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return [v / norm for v in values]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    posts = 0
    lock = threading.Lock()

    def log_message(self, *args):
        pass

    def reply(self, code, body, headers=()):
        data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        self.reply(200, {"posts": Handler.posts})

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        request = json.loads(self.rfile.read(length) or b"{}")
        texts = request.get("input", [])
        texts = [texts] if isinstance(texts, str) else texts
        with Handler.lock:
            Handler.posts += 1
            count = Handler.posts
        mode = self.server.args.mode
        if mode == "slow":
            threading.Event().wait(self.server.args.delay)
        if mode == "429-once" and count == 1:
            return self.reply(429, {"error": {"message": "rate limited", "type": "rate_limit"}}, [("Retry-After", "0")])
        if mode == "malformed":
            return self.reply(200, b'{"object": "list", "data": "no vectors here"}')
        vectors = [vector(t) for t in texts]
        if mode == "wrong-count":
            vectors = vectors[:-1]
        if mode == "wrong-dim" and len(vectors) > 1:
            vectors[1] = vectors[1][:8]
        self.reply(200, {"object": "list", "model": "fake",
                         "data": [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)]})
        if mode == "die-after" and count >= self.server.args.after:
            threading.Thread(target=self.server.shutdown, daemon=True).start()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", default="ok")
    parser.add_argument("--delay", type=float, default=5.0)
    parser.add_argument("--after", type=int, default=1)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.args = args
    print(server.server_address[1], flush=True)
    # Ends with the test process that started it, whatever happens to that.
    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            threading.Event().wait(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()
    server.serve_forever()
    server.server_close()


if __name__ == "__main__":
    main()
