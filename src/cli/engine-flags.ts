/**
 * V8 settings for a batch run of the pipeline, set before any of its code runs (import this
 * module first). A run of a few hundred articles is over before V8's optimising compiler pays off:
 * on one core it spends more time compiling hot functions, and compiling every regular expression
 * twice (first to bytecode, then to machine code), than the compiled code saves. Measured with
 * `npm run bench:pipeline` pinned to one core: 100 articles 0.98 s → 0.61 s, 1,000 articles
 * 3.5 s → 3.2 s, 10,000 articles about 5% slower (functions there are optimised a little later).
 * Inlining less saves another 1–2% at every size.
 * The output is the same: these change how fast code runs, never what it computes.
 *
 * One more setting can only be given when Node starts, so `npm run events` and `npm run
 * bench:pipeline` pass it: `--initial-heap-size=128` (MB). The gazetteer and its name index fill
 * the default starting heap at once, and a full garbage collection in the middle of a small run
 * costs it some 30 ms (100 articles 0.60 s → 0.57 s).
 */
import { setFlagsFromString } from 'node:v8';

/** Optimise a function after about eight times as much work in it as V8's default asks. */
setFlagsFromString('--interrupt-budget=1000000');
/** Compile each regular expression straight to machine code. */
setFlagsFromString('--no-regexp-tier-up');
/** Inline smaller functions only (460 bytes of bytecode by default): cheaper optimised compiles. */
setFlagsFromString('--max-inlined-bytecode-size=100');
