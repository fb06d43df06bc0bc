from .choices import Canton, Country, Kind, MediaType, MembershipStatus, TeamSize
from .pages import (
    BranchPage,
    DirectoryPage,
    MemberPage,
    MemberTag,
    PortfolioItem,
    SocialLink,
    video_embed_url,
)
from .space import AccountDeletion, ContactMessage, MembershipApplication, MonthlyStat
from .translation import TranslationReview

__all__ = [
    "AccountDeletion",
    "ContactMessage",
    "MembershipApplication",
    "MonthlyStat",
    "BranchPage",
    "Canton",
    "Country",
    "DirectoryPage",
    "Kind",
    "MediaType",
    "MemberPage",
    "MemberTag",
    "MembershipStatus",
    "PortfolioItem",
    "SocialLink",
    "TeamSize",
    "TranslationReview",
    "video_embed_url",
]

# The receivers of page signals, connected once the models exist; the portal's own moderation e-mails to members
# (Wagtail's admin e-mails stay for editors).
from .. import moderation_mail, signals  # noqa: E402, F401
