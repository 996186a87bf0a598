#!/usr/bin/env python3
"""Read and extract a folder of documents on a Dask cluster, then merge the results into a library.

The heavy part (reading, OCR, extraction) runs as `lontar extract --jsonl` on the cluster's
workers, one shard of files per task; the light part (merging by SHA-256) runs once, here, as
`lontar import --results`. See docs/SCALE.md.

    python3 scripts/cluster/lontar_dask.py FOLDER --results DIR [--library DATA_DIR]
        [--scheduler tcp://HOST:8786 | --local-workers 2] [--shard-size 200] [--retries 2]
        [--lontar "node /opt/lontar/bin/lontar.mjs"]

Each shard's results go to DIR/shard-NNNNN.jsonl. A worker writes a shard to a temporary name and
renames it only once it holds exactly one complete line per file, so a shard that died mid-way is
never taken for a finished one: Dask runs it again (up to --retries times), and a rerun over a
finished shard is skipped. FOLDER and DIR must be paths every worker sees (a shared or object-store
mount); the library is only written by the final merge, on this machine.

Needs Dask distributed (Debian: apt-get install python3-distributed) and Lontar on every worker.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from distributed import Client, LocalCluster, as_completed

# The formats Lontar reads (electron/backend/import/sniff.ts SUPPORTED_EXTENSIONS).
SUPPORTED = {'.txt', '.html', '.htm', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff', '.docx'}
REPO = Path(__file__).resolve().parents[2]


class IncompleteShard(RuntimeError):
    """The extractor stopped before writing one whole line per file: Dask retries the task."""


def default_lontar() -> str:
    """`lontar` where it is installed, else this checkout's bin/lontar.mjs under node."""
    return 'lontar' if shutil.which('lontar') else f'node {shlex.quote(str(REPO / "bin" / "lontar.mjs"))}'


def list_files(folder: Path) -> list[str]:
    """Every supported file under `folder`, sorted, so shards are the same on every run."""
    return sorted(str(p) for p in folder.rglob('*') if p.is_file() and p.suffix.lower() in SUPPORTED)


def shards_of(files: list[str], size: int) -> list[list[str]]:
    return [files[i:i + size] for i in range(0, len(files), size)]


def complete_lines(path: Path) -> int:
    """Lines that end with a newline; a cut last line does not count."""
    with path.open('rb') as f:
        return sum(1 for line in f if line.endswith(b'\n'))


def run_shard(index: int, files: list[str], results: str, lontar: list[str], env: dict[str, str]) -> dict:
    """On a worker: `lontar extract --jsonl` over one shard, its paths on stdin, its lines into a file."""
    done = Path(results) / f'shard-{index:05d}.jsonl'
    if done.exists() and complete_lines(done) == len(files):
        return {'shard': index, 'file': str(done), 'lines': len(files), 'reused': True}
    part = done.with_suffix(f'.jsonl.part-{os.getpid()}')
    stdin = ''.join(json.dumps({'path': f}) + '\n' for f in files)
    with part.open('wb') as out:
        proc = subprocess.run([*lontar, 'extract', '--jsonl'], input=stdin.encode(), stdout=out,
                              stderr=subprocess.PIPE, env={**os.environ, **env}, check=False)
    lines = complete_lines(part)
    # Exit 1 means every input failed: still a whole shard of error lines. Anything else is a crash.
    if proc.returncode not in (0, 1) or lines != len(files):
        part.unlink(missing_ok=True)
        tail = proc.stderr.decode(errors='replace').strip().splitlines()[-3:]
        raise IncompleteShard(f'shard {index}: exit {proc.returncode}, {lines} of {len(files)} lines; {" / ".join(tail)}')
    os.replace(part, done)
    return {'shard': index, 'file': str(done), 'lines': lines, 'reused': False}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n', 1)[0])
    parser.add_argument('folder', type=Path)
    parser.add_argument('--results', type=Path, required=True, help='folder for the shard results (shard-NNNNN.jsonl)')
    parser.add_argument('--library', help='LONTAR_DATA_DIR of the library to merge into (default: lontar\'s own)')
    parser.add_argument('--scheduler', help='address of a running Dask scheduler (tcp://host:8786)')
    parser.add_argument('--local-workers', type=int, default=2, help='without --scheduler: a LocalCluster of this many worker processes')
    parser.add_argument('--shard-size', type=int, default=200, help='files per task')
    parser.add_argument('--retries', type=int, default=2, help='reruns of a shard that failed or was cut off')
    parser.add_argument('--lontar', default=default_lontar(), help='the command that runs lontar (on the workers and for the merge)')
    parser.add_argument('--no-merge', action='store_true', help='only extract; merge later with lontar import --results')
    args = parser.parse_args(argv)

    files = list_files(args.folder)
    if not files:
        print(f'lontar_dask: no supported files under {args.folder}', file=sys.stderr)
        return 1
    args.results.mkdir(parents=True, exist_ok=True)
    lontar = shlex.split(args.lontar)
    # What a worker's lontar needs from here: where OCR language data is cached, never the library.
    env = {k: v for k, v in os.environ.items() if k.startswith('LONTAR_') and k != 'LONTAR_DATA_DIR'}
    shards = shards_of(files, args.shard_size)
    print(f'lontar_dask: {len(files)} files in {len(shards)} shards', file=sys.stderr)

    cluster = None if args.scheduler else LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(args.scheduler or cluster)
    failed: list[str] = []
    outputs: list[str] = []
    try:
        futures = [client.submit(run_shard, i, shard, str(args.results), lontar, env, retries=args.retries, pure=False, key=f'lontar-shard-{i}')
                   for i, shard in enumerate(shards)]
        for future in as_completed(futures):
            if future.status == 'error':
                failed.append(str(future.exception()))
                continue
            done = future.result()
            outputs.append(done['file'])
            print(f"lontar_dask: shard {done['shard']} done ({done['lines']} lines{', reused' if done['reused'] else ''})", file=sys.stderr)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    for message in failed:
        print(f'lontar_dask: gave up on {message}', file=sys.stderr)
    if args.no_merge or not outputs:
        return 1 if failed or not outputs else 0
    merge_env = {**os.environ, **({'LONTAR_DATA_DIR': args.library} if args.library else {})}
    merged = subprocess.run([*lontar, 'import', '--results', *sorted(outputs), '--json'], env=merge_env, check=False)
    return merged.returncode if merged.returncode != 0 else (1 if failed else 0)


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
