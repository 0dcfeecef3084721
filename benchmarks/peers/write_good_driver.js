// write-good as a benchmark peer, driven from bench_engine.py over a pipe so that its runs
// interleave with the Python contestants (the machine's speed drifts; ratios need rounds).
// Usage: node write_good_driver.js TEXT_FILE; each input line "K" runs write-good K times on
// the text and answers one line with the K times in milliseconds (process.hrtime).
"use strict";
const fs = require("fs");
const path = require("path");
const readline = require("readline");

const writeGood = require(path.join(__dirname, "node_modules", "write-good"));
const text = fs.readFileSync(process.argv[2], "utf8");
for (let i = 0; i < 200; i++) writeGood(text); // let the JIT settle, as Python's memos do

readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const count = Math.max(1, parseInt(line, 10) || 1);
  const times = [];
  for (let k = 0; k < count; k++) {
    const start = process.hrtime.bigint();
    writeGood(text);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  process.stdout.write(times.join(" ") + "\n");
});
