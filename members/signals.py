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


@receiver(page_published)
def mark_machine_translation(sender, instance, **kwargs):
    """A version published with machine-translated texts nobody reviewed shows the mark (members.translations)."""
    if not issubclass(sender, MemberPage):
        return
    MemberPage.objects.filter(pk=instance.pk).update(machine_translated=instance.has_unreviewed_machine_texts())
