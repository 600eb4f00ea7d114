import { ContentLanguageBanner as ContentLanguageBanner_3ed6c4e302667ed8e5403fb268697244 } from '../../../../src/admin/contentLanguage/ContentLanguageBanner'
import { WorkflowLockBanner as WorkflowLockBanner_2a4fa09437ae124b37175ef1a55836fd } from '../../../../src/admin/workflow/WorkflowLockBanner'
import { DerivedOriginBanner as DerivedOriginBanner_82b825d167f30a25ad902b5fe3a8dfd9 } from '../../../../src/admin/incoming/DerivedOriginBanner'
import { WorkflowPanel as WorkflowPanel_d2749c33c85bbb171513ff5bdaa34b30 } from '../../../../src/admin/workflow/WorkflowPanel'
import { VietnameseFallbackTitleCell as VietnameseFallbackTitleCell_0eda07423982a2cbf5df88442966ef1b } from '../../../../src/admin/contentLanguage/VietnameseFallbackTitleCell'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WorkflowStatusCell as WorkflowStatusCell_c082b8ac540355549b832e7759c36a4e } from '../../../../src/admin/workflow/WorkflowStatusCell'
import { NoPublishButton as NoPublishButton_bfca9e7579472313b712e0d44094fc18 } from '../../../../src/admin/workflow/NoPublishButton'
import { WorkflowStatus as WorkflowStatus_0afc79a3967798ce91cbbfbb07696be8 } from '../../../../src/admin/workflow/WorkflowStatus'
import { NumberedRowLabel as NumberedRowLabel_7367c81c3399b2841d1cc3716966f05c } from '../../../../src/admin/NumberedRowLabel'
import { SloganProofs as SloganProofs_40baec70657b0003f39d81e41c201ef5 } from '../../../../src/admin/proofs/SloganProofs'
import { BulletinAudio as BulletinAudio_1559a66c048a5826c3dbe11f580cb33c } from '../../../../src/admin/bulletinAudio'
import { OutletFeedToken as OutletFeedToken_f9d4784ec9b5b9902ab18527a98f7fca } from '../../../../src/admin/outlets/FeedTokenPanel'
import { OutletWebhookSecret as OutletWebhookSecret_27a3d318ac822949acbd947853c304a0 } from '../../../../src/admin/outlets/WebhookSecretPanel'
import { ResendDeliveryButton as ResendDeliveryButton_704f4c3680a3d88126626e74ac669d9c } from '../../../../src/admin/deliveries/ResendButton'
import { SourceSecretsField as SourceSecretsField_fe616114cd8849038324eb4da70f5913 } from '../../../../src/admin/incoming/SourceSecretsField'
import { NguonAvatar as NguonAvatar_de0bd9f2219f10a634243084a6ea11e5 } from '../../../../src/admin/brand/Avatar'
import { NguonIcon as NguonIcon_452f04fcd2ed8162ca5fbc6c89f204f1 } from '../../../../src/admin/brand/Icon'
import { NguonLogo as NguonLogo_b231ac8248d52be15270b4d2370a5c12 } from '../../../../src/admin/brand/Logo'
import { LocaleLabelGuard as LocaleLabelGuard_f3eeb96132616e049f81c4d3d3a278df } from '../../../../src/admin/contentLanguage/LocaleLabelGuard'
import { DeskNavLink as DeskNavLink_9dac770e708ea367560e3887040d9de8 } from '../../../../src/admin/incoming/DeskNavLink'
import { AboutNavLink as AboutNavLink_7fa34092300b38aa59cd36479eec2ceb } from '../../../../src/admin/about/AboutNavLink'
import { NavHome as NavHome_5f75e0c2a932058b2b40f12916c2451f } from '../../../../src/admin/brand/NavHome'
import { GlobalSearch as GlobalSearch_8acd60ab4ec3baa77a46599e3f32855a } from '../../../../src/admin/search/GlobalSearch'
import { AboutView as AboutView_c504e1e7a25caa2dcbcade4e4c54ecdb } from '../../../../src/admin/about/AboutView'
import { HomeView as HomeView_a90957fbb971cc165f7ec0446cd44e31 } from '../../../../src/admin/home/HomeView'
import { CampaignProgressView as CampaignProgressView_eff551e58ca00ccd44a2882f842ed41b } from '../../../../src/admin/campaignProgress/CampaignProgressView'
import { CampaignPrintView as CampaignPrintView_a3756ffe0915148999bc0f5ef055645f } from '../../../../src/admin/campaignProgress/CampaignPrintView'
import { DeskView as DeskView_3975b963196b634faf8803c3799a67a2 } from '../../../../src/admin/incoming/DeskView'
import { ReviewQueueView as ReviewQueueView_ed7bfc84e83f1f5ecb059f3b3a2d8a12 } from '../../../../src/admin/workflow/ReviewQueueView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/admin/contentLanguage/ContentLanguageBanner#ContentLanguageBanner": ContentLanguageBanner_3ed6c4e302667ed8e5403fb268697244,
  "/src/admin/workflow/WorkflowLockBanner#WorkflowLockBanner": WorkflowLockBanner_2a4fa09437ae124b37175ef1a55836fd,
  "/src/admin/incoming/DerivedOriginBanner#DerivedOriginBanner": DerivedOriginBanner_82b825d167f30a25ad902b5fe3a8dfd9,
  "/src/admin/workflow/WorkflowPanel#WorkflowPanel": WorkflowPanel_d2749c33c85bbb171513ff5bdaa34b30,
  "/src/admin/contentLanguage/VietnameseFallbackTitleCell#VietnameseFallbackTitleCell": VietnameseFallbackTitleCell_0eda07423982a2cbf5df88442966ef1b,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/workflow/WorkflowStatusCell#WorkflowStatusCell": WorkflowStatusCell_c082b8ac540355549b832e7759c36a4e,
  "/src/admin/workflow/NoPublishButton#NoPublishButton": NoPublishButton_bfca9e7579472313b712e0d44094fc18,
  "/src/admin/workflow/WorkflowStatus#WorkflowStatus": WorkflowStatus_0afc79a3967798ce91cbbfbb07696be8,
  "/src/admin/NumberedRowLabel#NumberedRowLabel": NumberedRowLabel_7367c81c3399b2841d1cc3716966f05c,
  "/src/admin/proofs/SloganProofs#SloganProofs": SloganProofs_40baec70657b0003f39d81e41c201ef5,
  "/src/admin/bulletinAudio#BulletinAudio": BulletinAudio_1559a66c048a5826c3dbe11f580cb33c,
  "/src/admin/outlets/FeedTokenPanel#OutletFeedToken": OutletFeedToken_f9d4784ec9b5b9902ab18527a98f7fca,
  "/src/admin/outlets/WebhookSecretPanel#OutletWebhookSecret": OutletWebhookSecret_27a3d318ac822949acbd947853c304a0,
  "/src/admin/deliveries/ResendButton#ResendDeliveryButton": ResendDeliveryButton_704f4c3680a3d88126626e74ac669d9c,
  "/src/admin/incoming/SourceSecretsField#SourceSecretsField": SourceSecretsField_fe616114cd8849038324eb4da70f5913,
  "/src/admin/brand/Avatar#NguonAvatar": NguonAvatar_de0bd9f2219f10a634243084a6ea11e5,
  "/src/admin/brand/Icon#NguonIcon": NguonIcon_452f04fcd2ed8162ca5fbc6c89f204f1,
  "/src/admin/brand/Logo#NguonLogo": NguonLogo_b231ac8248d52be15270b4d2370a5c12,
  "/src/admin/contentLanguage/LocaleLabelGuard#LocaleLabelGuard": LocaleLabelGuard_f3eeb96132616e049f81c4d3d3a278df,
  "/src/admin/incoming/DeskNavLink#DeskNavLink": DeskNavLink_9dac770e708ea367560e3887040d9de8,
  "/src/admin/about/AboutNavLink#AboutNavLink": AboutNavLink_7fa34092300b38aa59cd36479eec2ceb,
  "/src/admin/brand/NavHome#NavHome": NavHome_5f75e0c2a932058b2b40f12916c2451f,
  "/src/admin/search/GlobalSearch#GlobalSearch": GlobalSearch_8acd60ab4ec3baa77a46599e3f32855a,
  "/src/admin/about/AboutView#AboutView": AboutView_c504e1e7a25caa2dcbcade4e4c54ecdb,
  "/src/admin/home/HomeView#HomeView": HomeView_a90957fbb971cc165f7ec0446cd44e31,
  "/src/admin/campaignProgress/CampaignProgressView#CampaignProgressView": CampaignProgressView_eff551e58ca00ccd44a2882f842ed41b,
  "/src/admin/campaignProgress/CampaignPrintView#CampaignPrintView": CampaignPrintView_a3756ffe0915148999bc0f5ef055645f,
  "/src/admin/incoming/DeskView#DeskView": DeskView_3975b963196b634faf8803c3799a67a2,
  "/src/admin/workflow/ReviewQueueView#ReviewQueueView": ReviewQueueView_ed7bfc84e83f1f5ecb059f3b3a2d8a12,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
