"""Admin viewsets shared by apps."""

from wagtail.admin.viewsets.model import ModelViewSet


class RecordViewSet(ModelViewSet):
    """A record editors read but never write by hand (a log, an audit trail): listing and inspect views only."""

    inspect_view_enabled = True
    form_fields = []

    def get_urlpatterns(self):
        return [
            pattern for pattern in super().get_urlpatterns() if pattern.name in ("index", "index_results", "inspect")
        ]
