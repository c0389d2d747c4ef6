import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dockerToolCommand } from './docker-tool.js';
import { tokens } from './tool-name.js';

const cmd = (name: string, server: string, args: Record<string, unknown>) => dockerToolCommand(tokens(name), server, args);

test('docker tools stand for the docker command of the same name, verb and object in either order', () => {
  assert.equal(cmd('docker_volume_remove', '', { volume_name: 'gitea_data' }), 'docker volume rm gitea_data');
  assert.equal(cmd('mcp_docker_remove_volume', '', { volume_name: 'pg' }), 'docker volume rm pg');
  assert.equal(cmd('container_remove', 'docker', { container: 'web', force: true }), 'docker rm -f web');
  assert.equal(cmd('remove_container', 'ops', { container_id: 'web' }), 'docker rm web');
  assert.equal(cmd('docker_system_prune', '', { all: true, volumes: true }), 'docker system prune -f -a --volumes');
  assert.equal(cmd('volume_prune', 'docker', { filters: { label: ['com.docker.compose.project=shop-test'] } }), 'docker volume prune -f --filter label=com.docker.compose.project=shop-test');
  assert.equal(cmd('compose_down', 'docker', { project: 'invoicing', volumes: true }), 'docker compose -p invoicing down -v');
  assert.equal(cmd('image_pull', 'docker', { image: 'postgres:16' }), 'docker pull postgres:16');
});

test('a command run inside or by a container is spliced quoted, and a host mount kept', () => {
  assert.equal(cmd('container_exec', 'docker', { container: 'db', command: "psql -c 'TRUNCATE t'" }), `docker exec db sh -c 'psql -c '\\''TRUNCATE t'\\'''`);
  assert.equal(cmd('docker_exec', '', { container_id: 'db', cmd: ['ls', '/app'] }), "docker exec db 'ls' '/app'");
  assert.equal(cmd('docker_container_run', '', { image: 'alpine', privileged: true, volumes: ['/:/host'] }), 'docker run --privileged -v /:/host alpine');
});

test('names that are not a docker command, and shell syntax in a name, stand for nothing', () => {
  assert.equal(cmd('list_containers', 'docker', {}), null);
  assert.equal(cmd('delete_message', 'slack', { id: 'm1' }), null);
  assert.equal(cmd('remove_old_container_images', 'ops', { image: 'x' }), null);
  assert.equal(cmd('docker_volume_remove', '', { volume_name: 'x; rm -rf /' }), null);
});
