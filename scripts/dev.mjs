// Development: backend recompiles and restarts on change; Vite serves the frontend with HMR and
// proxies /api and /socket.io to the backend.
import { spawn } from 'node:child_process';

const children = [];
const run = (cmd, args, env = {}) => {
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => {
    if (code) stop(code);
  });
};
const stop = (code = 0) => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(code);
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

const port = process.env.PORT ?? '3000';
run('npx', ['tsc', '-b', 'shared', 'backend', '--watch', '--preserveWatchOutput']);
setTimeout(() => {
  run('node', ['--watch-path=backend/dist', 'backend/dist/main.js'], { PORT: port, SERVE_FRONTEND: 'false' });
  run('npm', ['run', 'dev', '-w', '@musubi/frontend'], { BACKEND_PORT: port });
}, 8000);
