'use strict';
// Builds (when needed) and starts the real bot for the client tests: its own loopback port, a fresh index folder,
// a Direct Line secret only the test knows; and stops it. Shared by the client suites.
//
//   const bot = await startBot({ name: 'directline' });
//   ... bot.baseUrl, bot.directLineSecret ...
//   await bot.stop();
//
// SUMMITBOT_DLL=<path to SummitBot.dll> uses an existing build instead of `dotnet build src/SummitBot`.

const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const outputDir = path.join(repoRoot, 'tests', 'clients', 'output');

let builtDll;

/** The bot's dll: SUMMITBOT_DLL, or an incremental `dotnet build` of src/SummitBot (once per process). */
function botDll() {
  if (process.env.SUMMITBOT_DLL) {
    return path.resolve(process.env.SUMMITBOT_DLL);
  }

  if (!builtDll) {
    const configuration = process.env.SUMMITBOT_CONFIGURATION || 'Debug';
    const build = spawnSync('dotnet', ['build', path.join('src', 'SummitBot'), '-c', configuration, '--nologo', '-v', 'q'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 10 * 60 * 1000,
    });
    if (build.status !== 0) {
      throw new Error(`dotnet build src/SummitBot failed (${build.status}):\n${build.stdout}\n${build.stderr}`);
    }

    builtDll = path.join(repoRoot, 'src', 'SummitBot', 'bin', configuration, 'net10.0', 'SummitBot.dll');
  }

  return builtDll;
}

/** A port free on 127.0.0.1 right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Starts the bot on 127.0.0.1 and resolves once it answers HTTP.
 * @param {{ name?: string, settings?: Record<string, string>, startTimeoutMs?: number }} options
 */
async function startBot({ name = 'bot', settings = {}, startTimeoutMs = 120000 } = {}) {
  const dll = botDll();
  if (!fs.existsSync(dll)) {
    throw new Error(`The bot is not built: ${dll} does not exist.`);
  }

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const indexPath = fs.mkdtempSync(path.join(os.tmpdir(), 'summitbot-client-index-'));
  const directLineSecret = crypto.randomBytes(24).toString('hex');
  fs.mkdirSync(outputDir, { recursive: true });
  const logPath = path.join(outputDir, `${name}-bot.log`);
  const log = fs.createWriteStream(logPath);

  const allSettings = {
    'Search:IndexPath': indexPath,
    'DirectLine:Secret': directLineSecret,
    'Logging:LogLevel:Default': 'Warning',
    ...settings,
  };
  const args = [dll, '--urls', baseUrl, ...Object.entries(allSettings).map(([key, value]) => `--${key}=${value}`)];

  // The repository root is the working directory, so the bot reads its appsettings.json and knowledge/ from there.
  const child = spawn('dotnet', args, {
    cwd: repoRoot,
    env: { ...process.env, DOTNET_NOLOGO: '1', ASPNETCORE_URLS: baseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  const exit = new Promise(resolve => child.on('exit', (code, signal) => {
    exited = { code, signal };
    resolve(exited);
  }));

  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
      await exit;
      clearTimeout(timer);
    }

    fs.rmSync(indexPath, { recursive: true, force: true });
  };

  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`The bot exited (${JSON.stringify(exited)}) before answering; see ${logPath}`);
    }

    try {
      const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`The bot did not answer on ${baseUrl} within ${startTimeoutMs} ms; see ${logPath}`);
      }

      await sleep(250);
    }
  }

  return { baseUrl, directLineUrl: `${baseUrl}/v3/directline`, directLineSecret, logPath, stop };
}

/** Asks the bot's Direct Line for a token with its secret, as a web page's server would. */
async function generateToken(bot, userId) {
  const response = await fetch(`${bot.directLineUrl}/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${bot.directLineSecret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(userId ? { user: { id: userId } } : {}),
  });
  if (!response.ok) {
    throw new Error(`tokens/generate answered ${response.status}: ${await response.text()}`);
  }

  return response.json();
}

module.exports = { startBot, generateToken, repoRoot, outputDir, freePort, sleep };
