// Fails early, with the version needed, when a script runs under a Node that is too old
// (the machine's own Node 20, say, outside npm's pinned one).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  console.error(
    `Lontar needs Node 22.13 or newer (24 LTS recommended); this is Node ${process.versions.node}. ` +
      'Run `npm install` (it installs the pinned Node 24 into node_modules) and use the npm scripts.',
  );
  process.exit(1);
}
