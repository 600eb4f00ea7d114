// The controlled vocabularies shared by the content model, the workflow and the feeds.
export const CONTENT_COLLECTIONS = ['articles', 'talking-points', 'briefs', 'slogans'] as const
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number]

/** Everything that goes through review: the text content above, plus loudspeaker bulletins (served by the audio feeds only). */
export const REVIEWED_COLLECTIONS = [...CONTENT_COLLECTIONS, 'bulletins'] as const
export type ReviewedCollection = (typeof REVIEWED_COLLECTIONS)[number]

/** What an incoming desk item can be adapted into (POST /api/incoming/{id}/adapt); each records where from (`derivedFrom`). */
export const DERIVABLE_COLLECTIONS = ['articles', 'talking-points', 'briefs', 'bulletins'] as const
export type DerivableCollection = (typeof DERIVABLE_COLLECTIONS)[number]

/** Loudspeaker priority: normal waits for the next slot, priority plays first in it, emergency plays at once. */
export const BROADCAST_PRIORITIES = ['normal', 'priority', 'emergency'] as const
export type BroadcastPriority = (typeof BROADCAST_PRIORITIES)[number]

export const AUDIENCES = ['public', 'cadres', 'press', 'foreign'] as const
export type Audience = (typeof AUDIENCES)[number]

export const CHANNELS = ['newspaper', 'television', 'radio', 'loudspeaker', 'web'] as const
export type Channel = (typeof CHANNELS)[number]

export const WORKFLOW_STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'scheduled',
  'published',
  'withdrawn',
] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

export const BRIEF_DISTRIBUTIONS = ['internal', 'press', 'public'] as const
export type BriefDistribution = (typeof BRIEF_DISTRIBUTIONS)[number]

export const UNIT_KINDS = ['department', 'district', 'press', 'broadcaster', 'committee'] as const
export const MEDIA_KINDS = ['photo', 'poster', 'banner', 'panel', 'leaflet', 'audio', 'video', 'document'] as const
export const SLOGAN_FORMATS = ['pano', 'poster', 'banner', 'leaflet'] as const
export const LOCALES = ['vi', 'en'] as const
export type Locale = (typeof LOCALES)[number]
