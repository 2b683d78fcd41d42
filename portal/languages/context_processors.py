from django.conf import settings
from django.utils import translation
from django.utils.translation import get_language_info


def language_navigation(request):
    """The languages for the switcher, each named in itself, with the current one marked."""
    current = translation.get_language()
    return {
        "language_navigation": [
            {
                "code": code,
                "name": name,
                "current": code == current,
                "bidi": get_language_info(code)["bidi"],
            }
            for code, name in settings.LANGUAGES
        ]
    }
