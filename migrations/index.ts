import * as migration_20261123_110111_initial from './20261123_110111_initial';
import * as migration_20261123_140328_slugs_and_life_events from './20261123_140328_slugs_and_life_events';
import * as migration_20261123_173008_search_outbox_and_vocabulary from './20261123_173008_search_outbox_and_vocabulary';
import * as migration_20261123_180927_decision_items from './20261123_180927_decision_items';
import * as migration_20261123_210000_rate_limits_unlogged from './20261123_210000_rate_limits_unlogged';
import * as migration_20261123_212846_decision_workflow from './20261123_212846_decision_workflow';
import * as migration_20261123_213432_audit_log from './20261123_213432_audit_log';
import * as migration_20261123_214956_staff_account_activity from './20261123_214956_staff_account_activity';
import * as migration_20261123_230117_procedure_versions from './20261123_230117_procedure_versions';
import * as migration_20261123_230510_procedure_abolished_by from './20261123_230510_procedure_abolished_by';
import * as migration_20261123_230733_payload_jobs from './20261123_230733_payload_jobs';
import * as migration_20261123_233005_staff_two_factor from './20261123_233005_staff_two_factor';
import * as migration_20261124_021240_citizens from './20261124_021240_citizens';
import * as migration_20261124_024834_calendar_days from './20261124_024834_calendar_days';
import * as migration_20261124_030248_dossiers from './20261124_030248_dossiers';
import * as migration_20261124_032330_dossier_forms from './20261124_032330_dossier_forms';
import * as migration_20261124_050804_dossier_drafts_files from './20261124_050804_dossier_drafts_files';
import * as migration_20261124_120000_notification_outbox from './20261124_120000_notification_outbox';

export const migrations = [
  {
    up: migration_20261123_110111_initial.up,
    down: migration_20261123_110111_initial.down,
    name: '20261123_110111_initial',
  },
  {
    up: migration_20261123_140328_slugs_and_life_events.up,
    down: migration_20261123_140328_slugs_and_life_events.down,
    name: '20261123_140328_slugs_and_life_events',
  },
  {
    up: migration_20261123_173008_search_outbox_and_vocabulary.up,
    down: migration_20261123_173008_search_outbox_and_vocabulary.down,
    name: '20261123_173008_search_outbox_and_vocabulary',
  },
  {
    up: migration_20261123_180927_decision_items.up,
    down: migration_20261123_180927_decision_items.down,
    name: '20261123_180927_decision_items',
  },
  {
    up: migration_20261123_210000_rate_limits_unlogged.up,
    down: migration_20261123_210000_rate_limits_unlogged.down,
    name: '20261123_210000_rate_limits_unlogged',
  },
  {
    up: migration_20261123_212846_decision_workflow.up,
    down: migration_20261123_212846_decision_workflow.down,
    name: '20261123_212846_decision_workflow',
  },
  {
    up: migration_20261123_213432_audit_log.up,
    down: migration_20261123_213432_audit_log.down,
    name: '20261123_213432_audit_log',
  },
  {
    up: migration_20261123_214956_staff_account_activity.up,
    down: migration_20261123_214956_staff_account_activity.down,
    name: '20261123_214956_staff_account_activity',
  },
  {
    up: migration_20261123_230117_procedure_versions.up,
    down: migration_20261123_230117_procedure_versions.down,
    name: '20261123_230117_procedure_versions',
  },
  {
    up: migration_20261123_230510_procedure_abolished_by.up,
    down: migration_20261123_230510_procedure_abolished_by.down,
    name: '20261123_230510_procedure_abolished_by',
  },
  {
    up: migration_20261123_230733_payload_jobs.up,
    down: migration_20261123_230733_payload_jobs.down,
    name: '20261123_230733_payload_jobs',
  },
  {
    up: migration_20261123_233005_staff_two_factor.up,
    down: migration_20261123_233005_staff_two_factor.down,
    name: '20261123_233005_staff_two_factor',
  },
  {
    up: migration_20261124_021240_citizens.up,
    down: migration_20261124_021240_citizens.down,
    name: '20261124_021240_citizens',
  },
  {
    up: migration_20261124_024834_calendar_days.up,
    down: migration_20261124_024834_calendar_days.down,
    name: '20261124_024834_calendar_days',
  },
  {
    up: migration_20261124_030248_dossiers.up,
    down: migration_20261124_030248_dossiers.down,
    name: '20261124_030248_dossiers',
  },
  {
    up: migration_20261124_032330_dossier_forms.up,
    down: migration_20261124_032330_dossier_forms.down,
    name: '20261124_032330_dossier_forms',
  },
  {
    up: migration_20261124_050804_dossier_drafts_files.up,
    down: migration_20261124_050804_dossier_drafts_files.down,
    name: '20261124_050804_dossier_drafts_files'
  },
  {
    up: migration_20261124_120000_notification_outbox.up,
    down: migration_20261124_120000_notification_outbox.down,
    name: '20261124_120000_notification_outbox',
  },
];
