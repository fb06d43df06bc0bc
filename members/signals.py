from django.dispatch import receiver
from wagtail.signals import post_page_move

from .models import MemberPage


@receiver(post_page_move)
def keep_primary_branch_after_move(sender, instance, **kwargs):
    """A member moved under another branch page also belongs to that branch."""
    if not issubclass(sender, MemberPage):
        return
    page = MemberPage.objects.get(pk=instance.pk)
    if page.ensure_primary_branch():
        page.branches.commit()
