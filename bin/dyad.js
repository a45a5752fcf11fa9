#!/usr/bin/env node
// The `dyad` command: runs the compiled CLI (built by `npm run build`, which `npm ci` runs in `prepare`).
import { main } from '../dist/interfaces/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
