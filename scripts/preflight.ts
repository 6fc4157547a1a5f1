/**
 * Fails loudly when npm scripts run on a Node older than the project needs: if node@24's
 * install step were ever skipped, scripts would silently fall back to the system Node.
 */
// Plain JavaScript on purpose: it must run on the old Node too (piped to `node --input-type=module`).
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`需要 Node ≥ 22.12，当前为 ${process.version}。请重新运行 npm install（它会安装 node@24 依赖）。\nNode ≥ 22.12 is required, found ${process.version}. Run npm install again (it installs the node@24 dependency).`);
  process.exit(1);
}
