"""My space: machine drafts of a member's texts in another language (the page's texts, a portfolio item's).

A "Draft a translation" button fills one language's fields with a machine draft of the main language's texts as
typed, not saved; the drafts are kept in the session until the form is saved. A draft sent unchanged without
ticking "I have read and corrected this translation" stays marked "machine translated"
(``MemberChanges.set_machine_mark``); ticking the box, or rewriting the draft, makes it the member's own.
"""

from django.contrib import messages
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from core.machine_translation import MachineTranslationError, draft_plain_texts, failure_message


def ask(request, source_language, target_language, texts):
    """The machine drafts of ``texts`` (a list, same order), with the message saying they are not saved yet; None
    after a message saying why there is none (the service failed, or cannot translate into this language)."""
    try:
        drafts = draft_plain_texts(source_language, target_language, texts)
    except (MachineTranslationError, LookupError) as error:
        messages.error(
            request,
            failure_message(error)
            if isinstance(error, MachineTranslationError)
            else _("Machine translation is not available for this language."),
        )
        return None
    messages.info(
        request,
        _(
            "A machine draft of your texts in %(language)s is in the form below. Read and correct it, then "
            "save: it is not saved yet."
        )
        % {"language": get_language_info(target_language)["name_translated"]},
    )
    return drafts


def remembered(request, key):
    """The drafts asked for on this form and not saved yet: {language: {field: draft}}."""
    return request.session.get(key, {})


def remember(request, key, drafts, lang, texts):
    drafts = {**drafts, lang: texts}
    request.session[key] = drafts
    return drafts


def forget(request, key):
    request.session.pop(key, None)


def _same(a, b):
    return " ".join((a or "").split()) == " ".join((b or "").split())


def mark(request, lang, draft, sent):
    """Whether ``lang``'s texts as ``sent`` ({field: text}) are a machine draft nobody read (True), the member's own
    (False: the confirmation is ticked or the ``draft`` was rewritten), or neither was asked for (None)."""
    if request.POST.get(f"reviewed_{lang}") == "on":
        return False
    if draft is None:
        return None
    return all(_same(sent.get(field), text) for field, text in draft.items())
