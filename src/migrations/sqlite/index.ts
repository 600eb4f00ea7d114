import * as migration_20261128_024300_initial from './20261128_024300_initial';
import * as migration_20261128_044523_emergency_bulletins from './20261128_044523_emergency_bulletins';
import * as migration_20261202_101833_media_under_review from './20261202_101833_media_under_review';
import * as migration_20261202_102910_feed_fetches from './20261202_102910_feed_fetches';

export const migrations = [
  {
    up: migration_20261128_024300_initial.up,
    down: migration_20261128_024300_initial.down,
    name: '20261128_024300_initial',
  },
  {
    up: migration_20261128_044523_emergency_bulletins.up,
    down: migration_20261128_044523_emergency_bulletins.down,
    name: '20261128_044523_emergency_bulletins',
  },
  {
    up: migration_20261202_101833_media_under_review.up,
    down: migration_20261202_101833_media_under_review.down,
    name: '20261202_101833_media_under_review',
  },
  {
    up: migration_20261202_102910_feed_fetches.up,
    down: migration_20261202_102910_feed_fetches.down,
    name: '20261202_102910_feed_fetches',
  },
];
