"""The directory index follows content: publish, unpublish, move, delete, privacy, vocabularies."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from members.models import MemberPage, PortfolioItem
from taxonomy.models import Branch, Skill, SpokenLanguage

from . import documents
from .backends import configured_engine
from .models import IndexState, MemberDocument


@receiver(page_published, sender=MemberPage)
@receiver(page_unpublished, sender=MemberPage)
def member_changed(sender, instance, **kwargs):
    documents.refresh([instance.pk])


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    if not documents.is_paused():
        documents.refresh_descendants(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_changed(sender, instance, **kwargs):
    if not documents.is_paused():
        documents.refresh_descendants(instance.page)


@receiver(post_save, sender=PortfolioItem)
@receiver(post_delete, sender=PortfolioItem)
def portfolio_changed(sender, instance, **kwargs):
    """A portfolio item saved outside a page publication (shell, import): refresh after commit."""
    if documents.is_paused() or not instance.page_id:
        return
    page_id = instance.page_id
    transaction.on_commit(lambda: documents.refresh([page_id]))


@receiver(post_delete, sender=MemberDocument)
def document_deleted(sender, instance, **kwargs):
    """A member page deleted (its document goes with it): forget it everywhere."""
    if documents.is_paused():
        return
    IndexState.bump()
    engine = configured_engine()
    if engine is not None:
        page_id, language = instance.page_id, instance.language
        transaction.on_commit(lambda: documents.safely(engine.delete_documents, [page_id], [language]))


@receiver(post_save, sender=Skill)
def skill_changed(sender, instance, created, **kwargs):
    """A renamed skill or new synonym changes the text of every member that has it."""
    IndexState.bump()
    if not created and not documents.is_paused():
        documents.refresh(instance.members.values_list("pk", flat=True))


@receiver(post_save, sender=Branch)
@receiver(post_save, sender=SpokenLanguage)
@receiver(post_delete, sender=Skill)
@receiver(post_delete, sender=Branch)
@receiver(post_delete, sender=SpokenLanguage)
def vocabulary_changed(sender, **kwargs):
    IndexState.bump()
