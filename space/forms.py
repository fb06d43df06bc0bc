"""Forms of the member space (accounts, application, contact, profile, portfolio, privacy)."""

from django import forms
from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.utils import timezone
from django.utils.translation import get_language, get_language_info, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from core import emails, limits
from core.forms import AccessibleFormMixin, HoneypotMixin, PortalForm, PortalModelForm
from members import auth, uploads
from members.mail_language import user_language
from members.models import (
    Canton,
    Country,
    Kind,
    MediaType,
    MembershipApplication,
    SocialLink,
    TeamSize,
    video_embed_url,
)
from taxonomy.models import Branch, Skill, SpokenLanguage

from .widgets import SkillPicker


class RateLimitedLoginMixin:
    """Counts failed sign-ins per client address and account, per account and per client address.

    Past any of the limits the password is not tried, so that guessing stops, and ``rate_limited`` holds the
    seconds until the limit's window ends. The account's owner is not locked out: the member sign-in form then
    offers a one-time sign-in link by e-mail (``LoginForm.link_offered``), which only the owner receives.
    """

    rate_limited = 0

    def _limit_keys(self, identifier):
        account = auth.account_key(identifier)
        return (
            ("login_pair", account, True),
            ("login_account", account, False),
            ("login_ip", "ip", False),
        )

    def refuse(self, wait):
        self.rate_limited = wait
        minutes = max(1, (wait + 59) // 60)
        raise ValidationError(
            ngettext(
                "Too many failed sign-in attempts. Try again in %(minutes)d minute or reset your password.",
                "Too many failed sign-in attempts. Try again in %(minutes)d minutes or reset your password.",
                minutes,
            )
            % {"minutes": minutes},
            code="rate_limited",
        )

    def clean(self):
        identifier = self.data.get(self.add_prefix("username")) or ""
        request = self.request
        keys = self._limit_keys(identifier) if request is not None and identifier.strip() else ()
        wait = max((limits.reached(request, name, key, per_address) for name, key, per_address in keys), default=0)
        if wait:
            self.refuse(wait)
        try:
            return super().clean()
        except ValidationError:
            for name, key, per_address in keys:
                limits.hit(request, name, key, per_address)
            raise


class LoginForm(RateLimitedLoginMixin, AccessibleFormMixin, auth_forms.AuthenticationForm):
    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("E-mail address")
        self.fields["username"].widget.attrs.update(autocomplete="email", inputmode="email")
        self.fields["password"].widget.attrs.update(autocomplete="current-password")
        self.error_messages["invalid_login"] = _("This e-mail address and password do not match an account.")

    def refuse(self, wait):
        self.rate_limited = wait
        minutes = max(1, (wait + 59) // 60)
        raise ValidationError(
            ngettext(
                "Too many failed sign-in attempts. We can e-mail you a link that signs you in once, "
                "or you can try your password again in %(minutes)d minute.",
                "Too many failed sign-in attempts. We can e-mail you a link that signs you in once, "
                "or you can try your password again in %(minutes)d minutes.",
                minutes,
            )
            % {"minutes": minutes},
            code="rate_limited",
        )

    @property
    def link_offered(self):
        return bool(self.rate_limited)

    @property
    def typed_username(self):
        return (self.data.get(self.add_prefix("username")) or "").strip()


class LoginLinkForm(PortalForm):
    """Asks for a one-time sign-in link, from the sign-in form once too many attempts failed."""

    username = forms.CharField(label=_("E-mail address"), max_length=254)


class AdminLoginForm(RateLimitedLoginMixin, WagtailLoginForm):
    """The Wagtail admin's sign-in form, rate limited like the member space's."""


class PasswordResetForm(AccessibleFormMixin, auth_forms.PasswordResetForm):
    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name=None
    ):
        """The portal's e-mail (``members/emails/password_reset.txt``, its layout), in the member's language and
        with a link on BASE_URL, whatever the language and host of the request."""
        user = context["user"]
        language = user_language(user, fallback=(get_language() or settings.LANGUAGE_CODE)[:2])
        emails.send("password_reset", [to_email], {"link": emails.set_password_url(user, language)}, language)


class EmailLanguageForm(PortalForm):
    language = forms.ChoiceField(
        label=_("Language of your e-mails"),
        choices=[(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES],
        widget=forms.RadioSelect,
        help_text=_("Messages from visitors, briefs, moderation and your account are written in this language."),
    )


class SetPasswordForm(AccessibleFormMixin, auth_forms.SetPasswordForm):
    pass


class BranchChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.label


class BranchMultipleChoiceField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        return obj.label


class ApplicationForm(HoneypotMixin, PortalModelForm):
    primary_branch = BranchChoiceField(queryset=Branch.objects.all(), label=_("Main branch"))
    other_branches = BranchMultipleChoiceField(queryset=Branch.objects.all(), label=_("Other branches"), required=False)
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that the cluster keeps these details.")
    )

    class Meta:
        model = MembershipApplication
        fields = [
            "business_name",
            "kind",
            "primary_branch",
            "other_branches",
            "canton",
            "country",
            "contact_name",
            "email",
            "website",
            "description",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 5, "maxlength": 1500})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs.update(autocomplete="email")
        self.fields["contact_name"].widget.attrs.update(autocomplete="name")
        self.fields["business_name"].widget.attrs.update(autocomplete="organization")
        self.fields["website"].widget.attrs.update(autocomplete="url", placeholder="https://")

    def clean_email(self):
        from django.contrib.auth import get_user_model

        email = self.cleaned_data["email"].strip().lower()
        pending = MembershipApplication.objects.filter(email__iexact=email, status=MembershipApplication.Status.PENDING)
        if get_user_model().objects.filter(email__iexact=email).exists() or pending.exists():
            raise ValidationError(
                _("An application or an account already uses this address: sign in or reset your password.")
            )
        return email


def current_year():
    return timezone.localdate().year


class ProfileForm(PortalForm):
    """The facts of a member page; the texts per language are added by ``add_text_fields``."""

    title = forms.CharField(label=_("Name"), max_length=255)
    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices)
    branches = BranchMultipleChoiceField(
        queryset=Branch.objects.all(),
        label=_("Branches"),
        required=False,
        help_text=_("The branch your page is listed under is always kept."),
    )
    skills = forms.ModelMultipleChoiceField(
        queryset=Skill.objects.none(),
        label=_("Skills and services"),
        required=False,
        widget=SkillPicker,
    )
    keywords = forms.CharField(
        label=_("Other keywords"), required=False, max_length=500, help_text=_("Separated by commas.")
    )
    languages = forms.ModelMultipleChoiceField(
        queryset=SpokenLanguage.objects.all(),
        label=_("Languages spoken"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    canton = forms.ChoiceField(label=_("Canton"), choices=[("", "—"), *Canton.choices], required=False)
    commune = forms.CharField(label=_("Commune or town"), max_length=80, required=False)
    country = forms.ChoiceField(label=_("Country"), choices=Country.choices)
    year_founded = forms.IntegerField(label=_("Year founded"), min_value=1800, required=False)
    team_size = forms.ChoiceField(label=_("Team size"), choices=[("", "—"), *TeamSize.choices], required=False)
    available_for_hire = forms.BooleanField(label=_("Available for hire"), required=False)
    open_to_collaboration = forms.BooleanField(label=_("Open to collaboration"), required=False)
    looking_for_clients = forms.BooleanField(label=_("Looking for clients"), required=False)
    looking_for_partners = forms.BooleanField(label=_("Looking for partners"), required=False)
    looking_for_talent = forms.BooleanField(label=_("Looking for talent"), required=False)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    contact_email = forms.EmailField(
        label=_("E-mail for contact requests"),
        required=False,
        help_text=_("Never shown on the site. Empty: the e-mail addresses of the page's owners."),
    )
    logo = forms.FileField(label=_("Logo"), required=False, help_text=_("JPEG, PNG, GIF, WebP or AVIF, up to 10 MB."))
    remove_logo = forms.BooleanField(label=_("Remove the logo"), required=False)
    cover = forms.FileField(
        label=_("Cover image"), required=False, help_text=_("A wide picture, at least 1280 pixels wide.")
    )
    remove_cover = forms.BooleanField(label=_("Remove the cover image"), required=False)

    def __init__(self, *args, languages=(), main_language="fr", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year_founded"].validators.append(MaxValueValidator(current_year()))
        self.fields["year_founded"].widget.attrs["max"] = current_year()
        skills = Skill.objects.select_related("branch")
        self.fields["skills"].queryset = skills
        # Grouped by branch; the field still checks the values against the queryset.
        self.fields["skills"].widget.set_skills(list(skills))
        for field in ("logo", "cover"):
            self.fields[field].widget = forms.FileInput(attrs={"accept": "image/*"})
        self.text_languages = []
        for lang in languages:
            name = dict(settings.LANGUAGES)[lang]
            main = lang == main_language
            self.fields[f"tagline_{lang}"] = forms.CharField(
                label=_("Tagline (%(language)s)") % {"language": name}, max_length=160, required=False
            )
            self.fields[f"bio_{lang}"] = forms.CharField(
                label=_("Presentation (%(language)s)") % {"language": name},
                required=False,
                max_length=8000,
                widget=forms.Textarea(attrs={"rows": 8, "lang": lang}),
                help_text=_("Leave a blank line between paragraphs.")
                if main
                else _(
                    "Empty: your page shows the text of your main language; the cluster's editors may translate it."
                ),
            )
            self.fields[f"tagline_{lang}"].widget.attrs["lang"] = lang
            self.text_languages.append((lang, name, main))

    def text_fields(self):
        return [
            (name, main, self[f"tagline_{lang}"], self[f"bio_{lang}"], lang) for lang, name, main in self.text_languages
        ]

    def fact_fields(self):
        texts = {f"{kind}_{lang}" for lang, _n, _m in self.text_languages for kind in ("tagline", "bio")}
        return [field for field in self.visible_fields() if field.name not in texts]

    def clean_logo(self):
        return uploads.check_image(self.cleaned_data.get("logo"))

    def clean_cover(self):
        return uploads.check_image(self.cleaned_data.get("cover"))


SocialLinkFormSet = forms.formset_factory(
    type(
        "SocialLinkForm",
        (PortalForm,),
        {
            "platform": forms.ChoiceField(
                label=_("Network"), choices=[("", "—"), *SocialLink.Platform.choices], required=False
            ),
            "url": forms.URLField(label=_("Address"), required=False, assume_scheme="https"),
        },
    ),
    extra=2,
    max_num=8,
    validate_max=True,
)


class PortfolioItemForm(PortalForm):
    media_type = forms.ChoiceField(label=_("Type"), choices=MediaType.choices, widget=forms.RadioSelect)
    title = forms.CharField(label=_("Title"), max_length=200)
    year = forms.IntegerField(label=_("Year"), min_value=1900, required=False)
    client = forms.CharField(label=_("Client"), max_length=200, required=False)
    credits = forms.CharField(label=_("Credits"), max_length=400, required=False)
    caption = forms.CharField(
        label=_("Caption"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    image = forms.FileField(
        label=_("Image"),
        required=False,
        help_text=_(
            "The picture, or the poster of a video, audio or PDF item. JPEG, PNG, GIF, WebP or AVIF, up to 10 MB."
        ),
        widget=forms.FileInput(attrs={"accept": "image/*"}),
    )
    alt_text = forms.CharField(
        label=_("Alternative text"),
        max_length=300,
        required=False,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    video_url = forms.URLField(
        label=_("Video link"), required=False, help_text=_("A YouTube or Vimeo address."), assume_scheme="https"
    )
    document = forms.FileField(
        label=_("Audio or PDF file"),
        required=False,
        help_text=_("MP3, Ogg, WAV, FLAC, M4A or PDF, up to 20 MB."),
        widget=forms.FileInput(attrs={"accept": "audio/*,application/pdf"}),
    )

    def __init__(self, *args, item=None, languages=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.item = item
        self.fields["year"].validators.append(MaxValueValidator(current_year() + 1))
        self.other_languages = []
        for lang in languages:
            name = dict(settings.LANGUAGES)[lang]
            for field, label in (
                ("title", _("Title")),
                ("caption", _("Caption")),
                ("credits", _("Credits")),
                ("alt_text", _("Alternative text")),
            ):
                self.fields[f"{field}_{lang}"] = forms.CharField(
                    label=f"{label} ({name})",
                    required=False,
                    max_length=2000 if field == "caption" else 300,
                    widget=forms.Textarea(attrs={"rows": 2, "lang": lang})
                    if field == "caption"
                    else forms.TextInput(attrs={"lang": lang}),
                )
            self.other_languages.append((lang, name))

    def main_fields(self):
        suffixes = tuple(f"_{lang}" for lang, _name in self.other_languages)
        return [field for field in self.visible_fields() if not suffixes or not field.name.endswith(suffixes)]

    def language_fields(self):
        return [
            (lang, name, [self[f"{field}_{lang}"] for field in ("title", "caption", "credits", "alt_text")])
            for lang, name in self.other_languages
        ]

    def clean_image(self):
        return uploads.check_image(self.cleaned_data.get("image"))

    def clean_document(self):
        return uploads.check_document(self.cleaned_data.get("document"))

    def clean(self):
        data = super().clean()
        media = data.get("media_type")
        has_image = bool(data.get("image")) or bool(self.item and self.item.image_id)
        has_document = bool(data.get("document")) or bool(self.item and self.item.document_id)
        if media == MediaType.IMAGE and not has_image:
            self.add_error("image", _("Choose the image."))
        if has_image and not (data.get("alt_text") or "").strip():
            self.add_error("alt_text", _("Describe the image for people who cannot see it."))
        if media == MediaType.VIDEO and not video_embed_url(data.get("video_url")):
            self.add_error("video_url", _("Give a YouTube or Vimeo address."))
        if media in (MediaType.AUDIO, MediaType.PDF) and not has_document:
            self.add_error("document", _("Choose the audio or PDF file."))
        document = data.get("document")
        if document and media in (MediaType.AUDIO, MediaType.PDF):
            is_pdf = uploads.is_pdf(document)
            if (media == MediaType.PDF) != is_pdf:
                self.add_error("document", _("This file does not match the type of the item."))
        return data


class OwnerForm(PortalForm):
    email = forms.EmailField(label=_("E-mail address of the new owner"))


class DeleteAccountForm(PortalForm):
    password = forms.CharField(
        label=_("Your password"), widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )
    confirm = forms.BooleanField(label=_("I understand that this cannot be undone."))

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError(_("This is not your password."))
        return password
