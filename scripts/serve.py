#!/usr/bin/env python3
"""Serves a folder on 127.0.0.1 the way a strict host would: `.wasm` as application/wasm and the
Content-Security-Policy every embedding page may impose, so each run of the demo proves the widget
is safe to embed. Usage: serve.py [--port 8080] [--dir www] [--csp POLICY] [--quiet]
(--csp replaces the policy, for pages that need more than the widget, e.g. a site generator's
own inline scripts.)"""

import argparse
import functools
import http.server
import socketserver
import sys

CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".css": "text/css",
        ".svg": "image/svg+xml",
    }

    def end_headers(self):
        self.send_header("Content-Security-Policy", self.server.csp)
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, fmt, *args):
        if not self.server.quiet:
            super().log_message(fmt, *args)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--dir", default="www")
    parser.add_argument("--csp", default=CSP)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    handler = functools.partial(Handler, directory=args.dir)
    with Server(("127.0.0.1", args.port), handler) as server:
        server.quiet = args.quiet
        server.csp = args.csp
        print(f"Serving {args.dir}/ at http://127.0.0.1:{args.port}/ (Ctrl-C stops)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            print("\nstopped", file=sys.stderr)


if __name__ == "__main__":
    main()
