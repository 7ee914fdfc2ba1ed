'use strict';

// The smallest WebServer (the get/post/put/delete shape ChannelServiceRoutes registers on) over node:http, so the
// channel side needs nothing beyond the SDK. Path parameters are decoded per segment after splitting on '/', as
// Express and Restify do: that is how a real channel reads the ids the bot percent-encodes.

const http = require('node:http');

function compile(pattern) {
    const segments = pattern.split('/').filter(Boolean);
    return (pathname) => {
        const parts = pathname.split('/').filter(Boolean);
        if (parts.length !== segments.length) {
            return null;
        }
        const params = {};
        for (let i = 0; i < segments.length; i++) {
            if (segments[i].startsWith(':')) {
                params[segments[i].slice(1)] = decodeURIComponent(parts[i]);
            } else if (segments[i] !== parts[i]) {
                return null;
            }
        }
        return params;
    };
}

function webResponse(res) {
    return {
        status(code) {
            res.statusCode = code;
        },
        send(body) {
            if (res.writableEnded) {
                return;
            }
            const isText = typeof body === 'string';
            res.setHeader('Content-Type', isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8');
            res.end(isText ? body : JSON.stringify(body));
        },
        end() {
            if (!res.writableEnded) {
                res.end();
            }
        },
    };
}

/** Starts a server on an ephemeral loopback port; `onRequest` sees every request before routing. */
async function startRoutedServer(onRequest) {
    const routes = [];
    const add = (method) => (pattern, handler) => routes.push({ method, match: compile(pattern), pattern, handler });
    const server = http.createServer((req, res) => {
        const { pathname, searchParams } = new URL(req.url, 'http://loopback');
        onRequest({ method: req.method, path: req.url, headers: req.headers });
        // Fixed segments outrank parameters (".../activities/history" is not an activity id), as in Express.
        const candidates = routes
            .filter((route) => route.method === req.method)
            .map((route) => ({ route, params: route.match(pathname) }))
            .filter(({ params }) => params !== null)
            .sort((a, b) => Object.keys(a.params).length - Object.keys(b.params).length);
        if (candidates.length === 0) {
            res.statusCode = 404;
            res.end();
            return;
        }
        const { route, params } = candidates[0];
        req.params = params;
        req.query = Object.fromEntries(searchParams);
        route.handler(req, webResponse(res), () => undefined);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        webServer: { get: add('GET'), post: add('POST'), put: add('PUT'), delete: add('DELETE') },
        baseUrl: `http://127.0.0.1:${port}`,
        close: () =>
            new Promise((resolve) => {
                server.close(resolve);
                // The bot's HTTP client keeps connections alive; they would hold close() open.
                server.closeAllConnections();
            }),
    };
}

module.exports = { startRoutedServer };
