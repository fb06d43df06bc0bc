from django.dispatch import receiver
from wagtail.signals import page_published, post_page_move

from .models import MemberPage
from .moderation import publish_language_versions


@receiver(post_page_move)
def keep_primary_branch_after_move(sender, instance, **kwargs):
    """A member moved under another branch page also belongs to that branch."""
    if not issubclass(sender, MemberPage):
        return
    page = MemberPage.objects.get(pk=instance.pk)
    if page.ensure_primary_branch():
        page.branches.commit()


@receiver(page_published)
def publish_member_language_versions(sender, instance, **kwargs):
    """An approved member page goes live in every language at once (see members.moderation)."""
    if not issubclass(sender, MemberPage) or not instance.owners.exists():
        return
    publish_language_versions(instance)
