"""Members' e-mail language and notifications (issue 30).

Each member account gets, on Wagtail's user profile, the language of its page's original version as the language
of its e-mails (the member changes it in My space), and Wagtail's approval and rejection e-mails turned off: the
portal's own moderation e-mails replace them (members.moderation_mail). Editors (staff, superusers, members of a
group with access to the admin) are left as they are.
"""

from django.conf import settings
from django.db import migrations
from django.db.models import Q

NOTIFICATIONS = ("approved_notifications", "rejected_notifications")


def forwards(apps, schema_editor):
    MemberPage = apps.get_model("members", "MemberPage")
    UserProfile = apps.get_model("wagtailusers", "UserProfile")
    Permission = apps.get_model("auth", "Permission")
    User = apps.get_model(settings.AUTH_USER_MODEL)
    admin = Permission.objects.filter(codename="access_admin", content_type__app_label="wagtailadmin")
    editors = Q(is_staff=True) | Q(is_superuser=True) | Q(groups__permissions__in=admin) | Q(user_permissions__in=admin)
    members = User.objects.filter(member_pages__isnull=False).exclude(pk__in=User.objects.filter(editors).values("pk"))
    pages = MemberPage.objects.filter(owners__in=members).select_related("locale").order_by("pk")
    original = {}
    for page in pages.prefetch_related("owners"):
        for owner in page.owners.all():
            original.setdefault(owner.pk, page.locale.language_code)
    for user_id, language in original.items():
        profile, _created = UserProfile.objects.get_or_create(user_id=user_id)
        if not profile.preferred_language:
            profile.preferred_language = language
        for name in NOTIFICATIONS:
            setattr(profile, name, False)
        profile.save()


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0004_machine_translation_mark"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
        ("auth", "0012_alter_user_first_name_max_length"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
