"""Who receives a member's messages: the contact relay, briefs and answers reach these addresses, which are
never shown on the site."""

from .models import MemberPage


def main_page(page):
    """The member's main-language page (the one with owners), where the inbox lives."""
    owned = MemberPage.objects.filter(translation_key=page.translation_key, owners__isnull=False).first()
    return owned or page


def recipients(page):
    if page.contact_email:
        return [page.contact_email]
    return sorted({email for email in page.owners.values_list("email", flat=True) if email})
