"""DeepL as wagtail-localize's machine translator, with its endpoint configurable.

wagtail-localize's ``DeepLTranslator`` picks DeepL's free API for keys ending in ":fx" and the pro API
otherwise. ``OPTIONS["URL"]`` (the ``DEEPL_URL`` environment variable) overrides both: a proxy, or the
fake DeepL server the tests run on 127.0.0.1 (``core.tests.deepl_server``).
"""

from wagtail_localize.machine_translators.deepl import DeepLTranslator as LocalizeDeepLTranslator

FREE_ENDPOINT = "https://api-free.deepl.com/v2/translate"
PRO_ENDPOINT = "https://api.deepl.com/v2/translate"


class DeepLTranslator(LocalizeDeepLTranslator):
    display_name = "DeepL"

    def get_api_endpoint(self):
        if self.options.get("URL"):
            return self.options["URL"]
        return FREE_ENDPOINT if self.options.get("AUTH_KEY", "").endswith(":fx") else PRO_ENDPOINT
