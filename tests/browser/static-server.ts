import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** A URL prefix served from a folder, with extra response headers. */
export interface Mount {
  readonly prefix: string;
  readonly dir: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface StaticServer {
  readonly origin: string;
  /** Every path requested, in order (for "no 404s" checks). */
  readonly requests: readonly { readonly path: string; readonly status: number }[];
  close(): Promise<void>;
}

/**
 * A static file server on 127.0.0.1 and a free port (port 0): serves each mount's folder
 * under its prefix, `index.html` for a folder, 404 for anything else (and for paths
 * that try to leave the folder).
 */
export async function startStaticServer(mounts: readonly Mount[]): Promise<StaticServer> {
  const requests: { path: string; status: number }[] = [];
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      const mount = sorted.find((m) => path.startsWith(m.prefix));
      let status = 404;
      try {
        if (mount && req.method === "GET") {
          const root = resolve(mount.dir);
          let file = normalize(join(root, path.slice(mount.prefix.length)));
          if (file === root || file.startsWith(root + sep)) {
            if ((await stat(file)).isDirectory()) file = join(file, "index.html");
            const body = await readFile(file);
            status = 200;
            res.writeHead(200, {
              "content-type": TYPES[extname(file)] ?? "application/octet-stream",
              "cache-control": "no-store",
              "x-content-type-options": "nosniff",
              ...mount.headers,
            });
            res.end(body);
          }
        }
      } catch {
        status = 404;
      }
      if (status === 404) {
        res.writeHead(404, { "content-type": "text/plain" });
        res.end("not found");
      }
      requests.push({ path, status });
    })();
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((err) => (err ? fail(err) : done()));
      }),
  };
}
