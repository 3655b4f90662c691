import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000000Foundation } from './Migration20261122000000Foundation.js';
import { Migration20261123000000LiveQA } from './Migration20261123000000LiveQA.js';
import { Migration20261123010000SearchOutbox } from './Migration20261123010000SearchOutbox.js';
import { Migration20261123020000Deflection } from './Migration20261123020000Deflection.js';
import { Migration20261124000000TermStats } from './Migration20261124000000TermStats.js';
import { Migration20261124010000Moderation } from './Migration20261124010000Moderation.js';
import { Migration20261124020000Sla } from './Migration20261124020000Sla.js';
import { Migration20261124030000Reputation } from './Migration20261124030000Reputation.js';
import { Migration20261124040000Notifications } from './Migration20261124040000Notifications.js';
import { Migration20261130000000EventVisibility } from './Migration20261130000000EventVisibility.js';
import { Migration20261130010000AccountSafety } from './Migration20261130010000AccountSafety.js';
import { Migration20261130020000Revisions } from './Migration20261130020000Revisions.js';
import { Migration20261130030000Drafts } from './Migration20261130030000Drafts.js';
import { Migration20261130040000Uploads } from './Migration20261130040000Uploads.js';
import { Migration20261130050000RerenderImages } from './Migration20261130050000RerenderImages.js';
import { Migration20261130060000Mail } from './Migration20261130060000Mail.js';
import { Migration20261130070000SnowballStemming } from './Migration20261130070000SnowballStemming.js';
import { Migration20261130080000UploadOwners } from './Migration20261130080000UploadOwners.js';
import { Migration20261130090000SemanticSearch } from './Migration20261130090000SemanticSearch.js';
import { Migration20261201000000SignalFunctions } from './Migration20261201000000SignalFunctions.js';

/** In order of application. A new migration is added here and never edited once it has landed. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122000000Foundation', class: Migration20261122000000Foundation },
  { name: 'Migration20261123000000LiveQA', class: Migration20261123000000LiveQA },
  { name: 'Migration20261123010000SearchOutbox', class: Migration20261123010000SearchOutbox },
  { name: 'Migration20261123020000Deflection', class: Migration20261123020000Deflection },
  { name: 'Migration20261124000000TermStats', class: Migration20261124000000TermStats },
  { name: 'Migration20261124010000Moderation', class: Migration20261124010000Moderation },
  { name: 'Migration20261124020000Sla', class: Migration20261124020000Sla },
  { name: 'Migration20261124030000Reputation', class: Migration20261124030000Reputation },
  { name: 'Migration20261124040000Notifications', class: Migration20261124040000Notifications },
  { name: 'Migration20261130000000EventVisibility', class: Migration20261130000000EventVisibility },
  { name: 'Migration20261130010000AccountSafety', class: Migration20261130010000AccountSafety },
  { name: 'Migration20261130020000Revisions', class: Migration20261130020000Revisions },
  { name: 'Migration20261130030000Drafts', class: Migration20261130030000Drafts },
  { name: 'Migration20261130040000Uploads', class: Migration20261130040000Uploads },
  { name: 'Migration20261130050000RerenderImages', class: Migration20261130050000RerenderImages },
  { name: 'Migration20261130060000Mail', class: Migration20261130060000Mail },
  { name: 'Migration20261130070000SnowballStemming', class: Migration20261130070000SnowballStemming },
  { name: 'Migration20261130080000UploadOwners', class: Migration20261130080000UploadOwners },
  { name: 'Migration20261130090000SemanticSearch', class: Migration20261130090000SemanticSearch },
  { name: 'Migration20261201000000SignalFunctions', class: Migration20261201000000SignalFunctions },
];
