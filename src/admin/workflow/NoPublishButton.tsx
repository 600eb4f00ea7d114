// Stands in for Payload's Publish and Unpublish buttons: only the review workflow publishes or takes items down.
export function NoPublishButton() {
  return null
}
