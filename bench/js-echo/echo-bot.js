'use strict';

// The echo bot of the official Bot Framework JS SDK, as its samples build it: an ActivityHandler whose onMessage
// echoes the text, behind the SDK's CloudAdapter with authentication off (ConfigurationBotFrameworkAuthentication and
// no MicrosoftAppId). Served by node:http on loopback with a JSON body parser, which is what Express or Restify add in
// front of the adapter. Usage: node echo-bot.js --port 3978

const http = require('node:http');
const { parseArgs } = require('node:util');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } = require('botbuilder');

const MAX_BODY_BYTES = 256 * 1024;

class EchoBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            const replyText = `Echo: ${context.activity.text}`;
            await context.sendActivity(MessageFactory.text(replyText, replyText));
            await next();
        });
    }
}

// The adapter's Response shape (status, send, end, header) over node's ServerResponse.
function adapterResponse(res) {
    return {
        socket: res.socket,
        status(code) {
            res.statusCode = code;
        },
        header(name, value) {
            res.setHeader(name, value);
        },
        send(body) {
            if (res.writableEnded || body === undefined) {
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

function readJson(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let length = 0;
        req.on('data', (chunk) => {
            length += chunk.length;
            if (length > MAX_BODY_BYTES) {
                reject(new Error('body too large'));
                req.destroy();
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => {
            try {
                resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
            } catch (error) {
                reject(error);
            }
        });
        req.on('error', reject);
    });
}

const { values } = parseArgs({ options: { port: { type: 'string', default: '3978' } } });
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
    console.error(`turn failed: ${error.message}`);
    await context.sendActivity('The bot encountered an error.');
};
const bot = new EchoBot();

const server = http.createServer(async (req, res) => {
    if (req.url !== '/api/messages') {
        res.statusCode = 404;
        res.end();
        return;
    }
    let body;
    try {
        body = req.method === 'POST' ? await readJson(req) : undefined;
    } catch {
        res.statusCode = 400;
        res.end();
        return;
    }
    await adapter.process({ method: req.method, headers: req.headers, body }, adapterResponse(res), (context) => bot.run(context));
});
server.keepAliveTimeout = 120_000;
server.listen(Number(values.port), '127.0.0.1', () => console.log(`echo bot listening on 127.0.0.1:${values.port}`));
