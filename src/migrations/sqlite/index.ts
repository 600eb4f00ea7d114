import * as migration_20261128_024300_initial from './20261128_024300_initial';

export const migrations = [
  {
    up: migration_20261128_024300_initial.up,
    down: migration_20261128_024300_initial.down,
    name: '20261128_024300_initial'
  },
];
