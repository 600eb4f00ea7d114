import * as migration_20261128_024304_initial from './20261128_024304_initial';
import * as migration_20261128_044528_emergency_bulletins from './20261128_044528_emergency_bulletins';
import * as migration_20261202_121635_reviewed_media_recall_feed_fetches from './20261202_121635_reviewed_media_recall_feed_fetches';
import * as migration_20261202_143450_user_deactivation_no_lockout from './20261202_143450_user_deactivation_no_lockout';
import * as migration_20261202_174626_podcast_settings from './20261202_174626_podcast_settings';
import * as migration_20261202_180001_search_index from './20261202_180001_search_index';
import * as migration_20261203_090001_bulletin_audio_unit from './20261203_090001_bulletin_audio_unit';
import * as migration_20261203_090101_media_object_key from './20261203_090101_media_object_key';
import * as migration_20261203_094315_scale_indexes from './20261203_094315_scale_indexes';
import * as migration_20261203_131731_campaign_report_indexes from './20261203_131731_campaign_report_indexes';
import * as migration_20261203_140001_fanouts from './20261203_140001_fanouts';
import * as migration_20261203_161726_feed_generations from './20261203_161726_feed_generations';
import * as migration_20261203_192327_version_order_tiebreak from './20261203_192327_version_order_tiebreak';
import * as migration_20261203_200001_count_generations from './20261203_200001_count_generations';
import * as migration_20261204_173907_delivery_due_index from './20261204_173907_delivery_due_index';
import * as migration_20261205_080000_sources_incoming from './20261205_080000_sources_incoming';
import * as migration_20261205_120000_ingest_push_adapt from './20261205_120000_ingest_push_adapt';
import * as migration_20261205_122500_poll_sources_task from './20261205_122500_poll_sources_task';
import * as migration_20261206_050000_search_maintenance_task from './20261206_050000_search_maintenance_task';

export const migrations = [
  {
    up: migration_20261128_024304_initial.up,
    down: migration_20261128_024304_initial.down,
    name: '20261128_024304_initial',
  },
  {
    up: migration_20261128_044528_emergency_bulletins.up,
    down: migration_20261128_044528_emergency_bulletins.down,
    name: '20261128_044528_emergency_bulletins',
  },
  {
    up: migration_20261202_121635_reviewed_media_recall_feed_fetches.up,
    down: migration_20261202_121635_reviewed_media_recall_feed_fetches.down,
    name: '20261202_121635_reviewed_media_recall_feed_fetches',
  },
  {
    up: migration_20261202_143450_user_deactivation_no_lockout.up,
    down: migration_20261202_143450_user_deactivation_no_lockout.down,
    name: '20261202_143450_user_deactivation_no_lockout',
  },
  {
    up: migration_20261202_174626_podcast_settings.up,
    down: migration_20261202_174626_podcast_settings.down,
    name: '20261202_174626_podcast_settings',
  },
  {
    up: migration_20261202_180001_search_index.up,
    down: migration_20261202_180001_search_index.down,
    name: '20261202_180001_search_index',
  },
  {
    up: migration_20261203_090001_bulletin_audio_unit.up,
    down: migration_20261203_090001_bulletin_audio_unit.down,
    name: '20261203_090001_bulletin_audio_unit',
  },
  {
    up: migration_20261203_090101_media_object_key.up,
    down: migration_20261203_090101_media_object_key.down,
    name: '20261203_090101_media_object_key',
  },
  {
    up: migration_20261203_094315_scale_indexes.up,
    down: migration_20261203_094315_scale_indexes.down,
    name: '20261203_094315_scale_indexes',
  },
  {
    up: migration_20261203_131731_campaign_report_indexes.up,
    down: migration_20261203_131731_campaign_report_indexes.down,
    name: '20261203_131731_campaign_report_indexes',
  },
  {
    up: migration_20261203_140001_fanouts.up,
    down: migration_20261203_140001_fanouts.down,
    name: '20261203_140001_fanouts',
  },
  {
    up: migration_20261203_161726_feed_generations.up,
    down: migration_20261203_161726_feed_generations.down,
    name: '20261203_161726_feed_generations',
  },
  {
    up: migration_20261203_192327_version_order_tiebreak.up,
    down: migration_20261203_192327_version_order_tiebreak.down,
    name: '20261203_192327_version_order_tiebreak'
  },
  {
    up: migration_20261203_200001_count_generations.up,
    down: migration_20261203_200001_count_generations.down,
    name: '20261203_200001_count_generations'
  },
  {
    up: migration_20261204_173907_delivery_due_index.up,
    down: migration_20261204_173907_delivery_due_index.down,
    name: '20261204_173907_delivery_due_index'
  },
  {
    up: migration_20261205_080000_sources_incoming.up,
    down: migration_20261205_080000_sources_incoming.down,
    name: '20261205_080000_sources_incoming'
  },
  {
    up: migration_20261205_120000_ingest_push_adapt.up,
    down: migration_20261205_120000_ingest_push_adapt.down,
    name: '20261205_120000_ingest_push_adapt'
  },
  {
    up: migration_20261205_122500_poll_sources_task.up,
    down: migration_20261205_122500_poll_sources_task.down,
    name: '20261205_122500_poll_sources_task'
  },
  {
    up: migration_20261206_050000_search_maintenance_task.up,
    down: migration_20261206_050000_search_maintenance_task.down,
    name: '20261206_050000_search_maintenance_task'
  },
];
